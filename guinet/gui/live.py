"""Live training in the main window: the Train menu and tool bar buttons, the plot panels, the
status-bar read-outs, and the controller that runs a TrainingWorker and draws what it reports.

``LiveTraining(window)`` installs itself into a MainWindow (its ``menus["train"]``, ``toolbar``,
status bar and bottom dock area) and follows the window's project. Only the worker touches the
trainer while a session runs; this controller reads the snapshots the worker hands over and draws
the newest one.

A session is one run of the worker thread: it starts with Train (or Step), can pause, resume and
step, and ends when the planned epochs are done, on Stop, when the loss diverges, or when the
network or the data is edited (after asking). The trainer (the model and its weights) outlives
sessions: Train after Stop continues where it stopped; Reset starts again from new weights.
"""

from __future__ import annotations

import json
import math
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Project
from ..core.settings import DEVICES
from ..core.snapshot import DIVERGED, FINISHED, STOPPED, Snapshot
from . import theme
from .deferred import after_first_paint
from .i18n import device_text, engine_text

if TYPE_CHECKING:
    from .worker import TrainingWorker   # imported when training starts: it loads numpy

# Session states as the controller reports them.
IDLE, RUNNING, PAUSED_STATE, FINISHED_STATE, STOPPED_STATE, DIVERGED_STATE = (
    "idle", "running", "paused", "finished", "stopped", "diverged")

# Training settings that a running session takes on the fly (Trainer.request_setting); others need
# a new trainer (new weights).
LIVE_KEYS = ("learning_rate", "l1", "l2", "clip_norm", "epochs", "batch_size", "optimizer", "threads")
# The decision boundary's grid: 100 x 100 is smooth enough for a live view and costs ~10^4 forward
# passes per snapshot; per-neuron tiles get a thinned copy (worker.display_neuron_grids).
GRID_SIZE = 100
NEURON_GRID_SIZE = 32
MAX_DRAWS_PER_SECOND = 25
# The plots' read-out lines (loss, accuracy, gradient norms) change at most this often while training.
HEADER_INTERVAL_S = 0.25
# How often views other than the loss curve may be redrawn at most (seconds), and so how often the
# trainer computes what they show. The canvas repaints a node and what lies under it for new neuron
# tiles; the status bar's numbers are read, not watched.
VIEW_INTERVALS_S = {"boundary": 0.08, "gradflow": 0.08, "neurons": 0.25, "status": 0.25, "histograms": 0.25}
# Per-neuron heatmaps only for networks this small (hidden units in all), as TensorFlow Playground.
MAX_NEURON_UNITS = 64
# Runs planned for at most this many epochs get every epoch's loss and accuracy on their curves
# (the trainer evaluates after each epoch); longer runs are sampled at each snapshot.
RECORD_EVERY_EPOCH_UP_TO = 5000
# The speed control's stops, in epochs per second; 0 is full speed. TensorFlow Playground shows
# about one epoch per frame; one a second lets a learner follow XOR's boundary epoch by epoch.
SPEEDS = (1, 2, 5, 10, 30, 100, 0)


def _model_key(project: Project) -> str:
    """The network (without node positions) and the data settings: what a session trains on."""
    graph = project.graph.to_dict()
    nodes = sorted((n["id"], n["kind"], json.dumps(n["params"], sort_keys=True)) for n in graph["nodes"])
    return json.dumps([nodes, graph["edges"], project.data], sort_keys=True, default=str)


def _trainer_key(project: Project) -> str:
    """What a trainer is built from, less what it can change on the fly (LIVE_KEYS)."""
    training = project.training_settings()
    fixed = {k: v for k, v in training.items() if k not in LIVE_KEYS and not k.startswith("optimizer.")}
    fixed["perceptron"] = training["optimizer"] == "perceptron"
    return _model_key(project) + json.dumps(fixed, sort_keys=True, default=str)


def _copy_project(project: Project, **training: Any) -> Project:
    """An independent copy for a trainer built on the worker thread while the user keeps editing."""
    return Project(project.graph.copy(), dict(project.data), {**project.training, **training},
                   name=project.name)


def format_eta(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# The bottom row holds Problems and three plots beside the right column at 1024 pixels wide.
PLOT_MINIMUM_WIDTH = 170
PLOT_MINIMUM_HEIGHT = 160


def _release(worker: TrainingWorker) -> None:
    """Cut a finished worker loose so it, its thread and the trainer it held can be freed.

    The connections made for a session (lambdas holding the worker, the thread's start calling the
    worker's run, the worker's end quitting the thread) are references Qt keeps in C++, where Python's
    garbage collector cannot see them: each session's worker, thread, trainer and model stayed alive
    for good (about 1 MiB a session). The controller keeps the trainer it wants in ``self.trainer``."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "failed to disconnect": nothing was connected
        for signal in (worker.relay.snapshot_ready, worker.relay.state_changed, worker.relay.finished,
                       worker.relay.failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        thread = worker.thread
        if thread is not None:
            for signal in (thread.started, worker._finished_posted):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
    # The worker, its relay and its thread have no Qt parent: Python frees them with the last reference.
    worker._factory = None


class OptionsRow(QWidget):
    """The row of options over a plot (Draw Points, Discretize, Log scale...). Where the panel is too
    narrow for the buttons' words, its tool buttons show their icons only (the words stay their
    tooltips), so no option is cut off at the panel's edge."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("plot_options")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 0)
        row.addStretch(1)

    def needed_width(self, icons_only: bool) -> int:
        row = self.layout()
        margins = row.contentsMargins()
        widths = []
        for i in range(row.count()):
            widget = row.itemAt(i).widget()
            if widget is None or widget.isHidden():
                continue
            if isinstance(widget, QToolButton):
                widths.append(widget.iconSize().width() + 12 if icons_only else
                              widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                              + widget.iconSize().width() + 20)
            else:
                widths.append(widget.sizeHint().width())
        return margins.left() + margins.right() + sum(widths) + row.spacing() * max(0, len(widths) - 1)

    def fit(self) -> None:
        icons_only = self.needed_width(False) > self.width()
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if icons_only else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in self.findChildren(QToolButton):
            if button.parent() is self and button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit()

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self.fit)
        return super().event(event)


class LiveTraining(QObject):
    """Installs live training into ``window`` (a MainWindow) and runs it."""

    state_changed = Signal(str)        # idle, running, paused, finished, stopped, diverged
    snapshot_drawn = Signal(object)    # a Snapshot, after the plots took it
    session_ended = Signal(object)     # the last Snapshot of a session (None when it failed early)
    failed = Signal(str)               # a session could not run: the message shown to the user
    plots_ready = Signal()             # the plot widgets exist (just after the first paint; see build_plots)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("live_training")
        self.window = window
        self.project: Project = window.project
        self.trainer = None
        self.worker: TrainingWorker | None = None
        self.state = IDLE
        self.last_snapshot: Snapshot | None = None
        self.device_label_text = ""
        self._trainer_key: str | None = None
        self._load_saved_weights = True
        self._edit_prompt_queued = False
        self._undoing_edit = False
        self._session_model_key: str | None = None
        # The network (and data) that the views' contents belong to; None while they are empty.
        self._views_model_key: str | None = None
        self._sized = False
        # Views waiting for their turn to be redrawn (name -> newest snapshot) and when each was last.
        self._pending_views: dict[str, Snapshot] = {}
        self._view_shown_at: dict[str, float] = {}
        # What each view shows now, and what the views showed before an edit cleared them: an undo
        # back to that network (which the idle trainer still holds) shows it again, and a data set
        # rebuilt the same (Save As to another folder) does not blank the boundary.
        self._shown_views: dict[str, Snapshot] = {}
        self._cleared_views: tuple[str, Snapshot, dict[str, Snapshot]] | None = None
        self._last_draw_at = 0.0
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw_timer_fired)
        self.divergence_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.cannot_train_box: QMessageBox | None = None

        self._build_docks()
        self._build_actions()
        self._build_speed_control()
        self._build_status_widgets()
        self._connect_window()
        self._connect_project(self.project)
        self._update_actions()
        self._show_device_setting()
        canvas = getattr(window, "canvas", None)
        after_first_paint(canvas.viewport() if canvas is not None else window, self.build_plots)

    # The plot widgets (pyqtgraph) are built just after the window's first paint: importing pyqtgraph
    # and building its plots costs more than everything else on the way to the first picture. Until
    # then their docks hold empty bodies of the same size; anything that asks for a plot earlier (a
    # test, the screenshot mode, training) gets it built on the spot, through __getattr__.
    PLOT_ATTRIBUTES = frozenset({"loss_plot", "boundary_plot", "gradflow_plot", "histogram_plot",
                                 "log_scale_box", "epochs_axis_box", "discretize_box"})

    def __getattr__(self, name: str):
        # Only reached for attributes not set yet: the plots before build_plots().
        if name in LiveTraining.PLOT_ATTRIBUTES and not self.__dict__.get("_building_plots"):
            self.build_plots()
            return self.__dict__[name]
        raise AttributeError(name)

    @property
    def plots_built(self) -> bool:
        return "loss_plot" in self.__dict__

    # ================================================================== building

    def tr(self, text: str) -> str:  # noqa: D401 - Qt's name
        return QApplication.translate("LiveTraining", text)

    def _dock(self, name: str, title: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"dock_{name}")
        placeholder = QWidget()
        # As tall as the body to come (a row of check boxes over a plot), so nothing moves when it does.
        placeholder.setMinimumSize(PLOT_MINIMUM_WIDTH + 4, PLOT_MINIMUM_HEIGHT + 4 + QCheckBox("Xy").sizeHint().height())
        dock.setWidget(placeholder)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    @staticmethod
    def _dock_body(plot, options: list[QWidget]) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 0, 2, 2)
        layout.setSpacing(0)
        if options:
            row = OptionsRow()
            for widget in options:
                row.layout().addWidget(widget)
            layout.addWidget(row)
        layout.addWidget(plot, 1)
        # Plots squeezed below this height show axes and nothing else.
        plot.setMinimumSize(PLOT_MINIMUM_WIDTH, PLOT_MINIMUM_HEIGHT)
        return body

    def _check(self, text: str, tip: str, slot, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setToolTip(tip)
        box.setChecked(checked)
        box.toggled.connect(slot)
        return box

    def _build_docks(self) -> None:
        window = self.window
        self.loss_dock = self._dock("loss", self.tr("Loss"))
        self.boundary_dock = self._dock("boundary", self.tr("Decision boundary"))
        self.gradflow_dock = self._dock("gradflow", self.tr("Gradient flow"))
        self.histogram_dock = self._dock("histograms", self.tr("Weights and activations"))
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        window.addDockWidget(bottom, self.loss_dock, Qt.Orientation.Horizontal)
        window.splitDockWidget(self.loss_dock, self.boundary_dock, Qt.Orientation.Horizontal)
        window.splitDockWidget(self.boundary_dock, self.gradflow_dock, Qt.Orientation.Horizontal)
        window.tabifyDockWidget(self.gradflow_dock, self.histogram_dock)
        self.gradflow_dock.raise_()
        self.docks = {"loss": self.loss_dock, "boundary": self.boundary_dock, "gradflow": self.gradflow_dock,
                      "histograms": self.histogram_dock}
        self._default_sizes()
        if getattr(window, "dock_layout", None) is not None:
            window.dock_layout.sizes_reset.connect(self._default_sizes)
        panels_menu = getattr(window, "panels_menu", None)
        if panels_menu is not None:
            # Beside the window's own panels, before the separator that precedes "Reset Layout".
            separators = [a for a in panels_menu.actions() if a.isSeparator()]
            before = separators[-1] if separators else None
            for dock in self.docks.values():
                panels_menu.insertAction(before, dock.toggleViewAction())
        # Snapshots carry grids and histograms only while someone can see them.
        for dock in (self.boundary_dock, self.histogram_dock):
            dock.visibilityChanged.connect(self._plot_visibility_changed)
        self.histogram_dock.visibilityChanged.connect(self._histograms_shown)

    def build_plots(self) -> None:
        """Builds the plot widgets into their docks (once; see PLOT_ATTRIBUTES)."""
        if self.plots_built or self.__dict__.get("_building_plots"):
            return
        self._building_plots = True
        from .plots.boundary import DecisionBoundaryPlot
        from .plots.gradflow import GradientFlowPlot
        from .plots.histograms import HistogramPlot
        from .plots.loss import LossPlot

        loss_plot = LossPlot()
        boundary_plot = DecisionBoundaryPlot()
        gradflow_plot = GradientFlowPlot()
        histogram_plot = HistogramPlot()
        for plot in (loss_plot, gradflow_plot):
            plot.live_header_interval_s = HEADER_INTERVAL_S
        self.log_scale_box = self._check(self.tr("Log scale"), self.tr("Loss on a logarithmic axis"),
                                         loss_plot.set_log_scale)
        self.epochs_axis_box = self._check(self.tr("Epochs"), self.tr("Count epochs instead of steps on the "
                                                                      "horizontal axis"), loss_plot.use_epochs)
        self.discretize_box = self._check(self.tr("Discretize"), self.tr("Show only the predicted class "
                                                                         "instead of the network's confidence"),
                                          boundary_plot.set_discretize)
        boundary_plot.discretize_action.toggled.connect(self.discretize_box.setChecked)
        self.loss_dock.setWidget(self._dock_body(loss_plot, [self.log_scale_box, self.epochs_axis_box]))
        self.boundary_dock.setWidget(self._dock_body(boundary_plot, [self.discretize_box]))
        self.gradflow_dock.setWidget(self._dock_body(gradflow_plot, []))
        self.histogram_dock.setWidget(self._dock_body(histogram_plot, []))
        self.boundary_plot, self.gradflow_plot, self.histogram_plot = boundary_plot, gradflow_plot, histogram_plot
        self.loss_plot = loss_plot   # last: plots_built turns True with it
        self._building_plots = False
        boundary_plot.set_dataset(self.window.dataset())
        self._update_steps_per_epoch()
        canvas = getattr(self.window, "canvas", None)
        selected = canvas.selected_ids() if canvas is not None else []
        histogram_plot.set_layer(selected[0] if selected else None)
        self.plots_ready.emit()

    def _default_sizes(self) -> None:
        """The plots share the bottom with the window's Problems list, which needs little room."""
        window = self.window
        problems = getattr(window, "problems_dock", None)
        docks = [self.loss_dock, self.boundary_dock, self.gradflow_dock]
        layout = getattr(window, "dock_layout", None)
        shares = layout.sizes() if layout is not None else None
        sizes = list(shares.plots) if shares is not None else [520, 400, 520]
        if problems is not None and window.dockWidgetArea(problems) == Qt.DockWidgetArea.BottomDockWidgetArea:
            docks.insert(0, problems)
            sizes.insert(0, shares.problems if shares is not None else 240)
        window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
        window.resizeDocks([self.loss_dock], [shares.bottom if shares is not None else 340], Qt.Orientation.Vertical)

    def _sizes_after_show(self) -> None:
        # Only where the window did not restore the user's own layout.
        from . import settings

        if not getattr(self.window, "persist", False) or settings.get(settings.WINDOW_STATE).isEmpty():
            self._default_sizes()

    def _action(self, name: str, text: str, icon: str, keys: tuple[str, ...], tip: str, slot) -> QAction:
        action = QAction(theme.icon(icon), text, self.window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key_text = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{text.replace('&', '')} ({key_text})")
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        window = self.window
        self.train_action = self._action("train", self.tr("&Train"), "media-train", ("Ctrl+Return", "F5"),
                                         self.tr("Train the network, pause, or resume"), self.toggle)
        self.step_action = self._action("step", self.tr("&Step"), "media-step", ("F10",),
                                        self.tr("Take one optimizer step (one batch) and show it"), self.step)
        self.stop_action = self._action("stop", self.tr("St&op"), "media-stop", ("Shift+F5",),
                                        self.tr("Stop training; Train continues from here"), self.stop)
        self.reset_action = self._action("reset", self.tr("&Reset"), "media-reset", ("Ctrl+R",),
                                         self.tr("New weights from the seed; the last run's curves stay faint"),
                                         self.reset)
        self.actions = {"train": self.train_action, "step": self.step_action, "stop": self.stop_action,
                        "reset": self.reset_action}
        menu = window.menus["train"]
        for action in self.actions.values():
            menu.addAction(action)
        window.toolbar.addSeparator()
        for action in self.actions.values():
            window.toolbar.addAction(action)
        # The tool bar shows the Train button with its word: it is the one to find first.
        button = window.toolbar.widgetForAction(self.train_action)
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # As wide as its widest label, so Step, Stop and Reset stay where the mouse expects them
            # when the label changes to Pause or Resume.
            widths = []
            for text in (self.tr("&Train"), self.tr("&Pause"), self.tr("Res&ume")):
                self.train_action.setText(text)
                widths.append(button.sizeHint().width())
            button.setFixedWidth(max(widths))
            self.train_action.setText(self.tr("&Train"))

    def _build_speed_control(self) -> None:
        """A slider in the tool bar from one epoch a second to full speed, so a short run (XOR in
        under a second) can be watched as it learns. Fixed width: nothing beside it moves."""
        from PySide6.QtWidgets import QSlider

        box = QWidget()
        box.setObjectName("speed_control")
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 0, 4, 0)
        row.setSpacing(4)
        title = QLabel(self.tr("Speed"))
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speed_slider")
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setFixedWidth(90)
        self.speed_label = QLabel()
        self.speed_label.setObjectName("speed_label")
        metrics = self.speed_label.fontMetrics()
        self.speed_label.setFixedWidth(max(metrics.horizontalAdvance(self._speed_text(v)) for v in SPEEDS) + 6)
        tip = self.tr("Training speed: slow it down to watch every epoch (from 1 epoch a second), "
                      "or train at full speed. Applies at once, also while training.")
        for widget in (title, self.speed_slider, self.speed_label):
            widget.setToolTip(tip)
            row.addWidget(widget)
        self.speed_slider.valueChanged.connect(self._speed_changed)
        self.window.toolbar.addWidget(box)
        self._speed_changed(self.speed_slider.value())

    def _speed_text(self, speed: float) -> str:
        if not speed:
            return self.tr("full speed")
        return self.tr("1 epoch/s") if speed == 1 else self.tr("{0:g} epochs/s").format(speed)

    @property
    def epochs_per_second(self) -> float:
        """The speed control's setting; 0 for full speed."""
        return float(SPEEDS[self.speed_slider.value()])

    def set_speed(self, epochs_per_second: float) -> None:
        """Moves the speed control to the nearest stop (0: full speed)."""
        index = min(range(len(SPEEDS)), key=lambda i: abs((SPEEDS[i] or 1e9) - (epochs_per_second or 1e9)))
        self.speed_slider.setValue(index)

    def _speed_changed(self, _index: int) -> None:
        self.speed_label.setText(self._speed_text(self.epochs_per_second))
        if self.worker is not None:
            self.worker.update_run_options(epochs_per_second=self.epochs_per_second)

    def _build_status_widgets(self) -> None:
        bar = self.window.statusBar()
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("status_epoch")
        self.progress = QProgressBar()
        self.progress.setObjectName("status_progress")
        self.progress.setFixedWidth(100)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.rate_label = QLabel()
        self.rate_label.setObjectName("status_rate")
        self.eta_label = QLabel()
        self.eta_label.setObjectName("status_eta")
        self.device_label = QLabel()
        self.device_label.setObjectName("status_device")
        # Train and test loss and accuracy, readable whatever the plots' panels show or hide.
        self.metrics_label = QLabel()
        self.metrics_label.setObjectName("status_metrics")
        self.metrics_label.setToolTip(self.tr("Loss and accuracy on the training and the test split, "
                                              "evaluated at the last snapshot"))
        bar.addPermanentWidget(self.metrics_label)
        for widget in (self.epoch_label, self.progress, self.rate_label, self.eta_label, self.device_label):
            if isinstance(widget, QLabel):
                # Side by side they ran together ("1,643 steps/s done").
                widget.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(widget)
        # A narrow window (1024 pixels) shows the device as "CPU" and a shorter progress bar, so the
        # message beside them ("Finished after 400 epochs.") is not cut; the whole text is the tooltip.
        self._compact_status = False
        self._device_texts = ("", "", "")
        bar.installEventFilter(self)
        self._update_status(None)

    COMPACT_STATUS_WIDTH = 1280

    def _fit_status(self) -> None:
        bar = self.window.statusBar()
        compact = bar.width() < self.COMPACT_STATUS_WIDTH
        self._compact_status = compact
        self.progress.setFixedWidth(80 if compact else 140)
        full, short, tip = self._device_texts
        if full:
            self.device_label.setText(short if compact else full)
            self.device_label.setToolTip(f"{full}\n{tip}" if compact and tip != full else tip)

    def _connect_window(self) -> None:
        w = self.window
        for name, slot in (("project_replaced", self._project_replaced), ("dataset_changed", self._dataset_changed),
                           ("closing", self.shutdown), ("about_to_save", self._store_weights)):
            signal = getattr(w, name, None)
            if signal is not None:
                signal.connect(slot)
        w.canvas.selection_changed.connect(self._selection_changed)
        # Closing the window (or quitting) while training stops and joins the thread first, with no
        # prompt: the window's own close handling has already asked about unsaved work.
        w.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _connect_project(self, project: Project) -> None:
        project.graph.changed.connect(self._structure_edited)
        project.data_changed.connect(self._data_edited)
        project.training_changed.connect(self._training_setting_changed)

    def _disconnect_project(self, project: Project) -> None:
        project.graph.changed.disconnect(self._structure_edited)
        project.data_changed.disconnect(self._data_edited)
        project.training_changed.disconnect(self._training_setting_changed)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize and obj is self.window.statusBar():
            self._fit_status()
            return False
        if obj is self.window and event.type() == QEvent.Type.Show and not self._sized:
            # Dock sizes only hold once the window has its size; the window restores a saved layout
            # after this (its own showEvent), which then wins.
            self._sized = True
            self._default_sizes()
            QTimer.singleShot(0, self._sizes_after_show)
        # A hide that is not the window system's (a minimize is) means the window was closed.
        if obj is self.window and event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.shutdown()
        return False

    # ================================================================== commands

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def toggle(self) -> None:
        """Train, Pause or Resume, whichever fits now (the Train button and Ctrl+Return)."""
        if self.state == RUNNING:
            self.pause()
        elif self.state == PAUSED_STATE:
            self.resume()
        else:
            self.start()

    def start(self) -> bool:
        """Starts training (a new session). Returns False, having said why, when it cannot."""
        if self.worker is not None:
            self.resume()
            return True
        return self._start_session(paused=False, steps=0)

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()

    def resume(self) -> None:
        if self.worker is not None:
            self.worker.resume()

    def step(self) -> bool:
        """One optimizer step (pausing a running session first)."""
        if self.worker is not None:
            self.worker.step(1)
            return True
        return self._start_session(paused=True, steps=1)

    def stop(self) -> None:
        """Ends the session; the final snapshot arrives through the worker."""
        if self.worker is not None:
            self.worker.stop()

    def stop_and_wait(self) -> None:
        """Ends the session now, waiting for its thread, and draws its last snapshot."""
        worker = self.worker
        if worker is None:
            return
        worker.join()
        self._session_finished(worker)

    def reset(self) -> None:
        """New weights from the seed; the current curves become the faint "previous run"."""
        self.stop_and_wait()
        self._load_saved_weights = False
        if self.trainer is not None and not self._trainer_stale():
            self.trainer.reset()
        else:
            self.trainer = None
        self._clear_views(keep_previous=True)
        self._set_state(IDLE)
        if self.trainer is not None:
            self._sync_idle_trainer()
            self._draw(self._for_display(self.trainer.snapshot(**self._run_options())))
        self.window.show_status(self.tr("Reset: new weights from the seed."))

    def shutdown(self) -> None:
        """Stops and joins the training thread (window closing, application quitting)."""
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.join()
            if worker.trainer is not None and self.trainer is None:
                self.trainer = worker.trainer
            _release(worker)
            self._set_state(IDLE)

    def train_blocking(self, epochs: int) -> Snapshot | None:
        """Trains ``epochs`` epochs in the calling (GUI) thread from new weights and draws the result:
        for screenshot mode and scripts. Returns the last snapshot, or None when training cannot run."""
        self.stop_and_wait()
        prepared = self._prepare_project(epochs=int(epochs))
        if prepared is None:
            return None
        project, dataset = prepared
        try:
            trainer = self._make_trainer(project, dataset)
        except Exception as exc:  # noqa: BLE001 - shown to the user, as the worker would
            self._report_failure(str(exc))
            return None
        self._install_trainer(trainer, keep_previous=True)
        self._show_device(trainer)
        self._set_state(RUNNING)
        last = None
        for snap in trainer.run(snapshot_every_s=0.05, record_epochs=self._record_epochs(), **self._run_options()):
            self._draw(self._for_display(snap))
            last = snap
        self._end_state(last)
        return last

    # ================================================================== for other features

    def idle_trainer(self):
        """The trainer for reading and changing the weights in the GUI thread (the step-through), or
        None, having said why, while a session runs or when the network cannot be built. Builds one
        (with the project's saved weights) when there is none yet or the network has changed."""
        if self.worker is not None:
            self._say(self.tr("Stop training first (Shift+F5): its thread owns the weights while it runs."))
            return None
        if self.trainer is not None and not self._trainer_stale():
            self._sync_idle_trainer()
            return self.trainer
        prepared = self._prepare_project()
        if prepared is None:
            return None
        project, dataset = prepared
        try:
            trainer = self._make_trainer(project, dataset)
            if self._load_saved_weights and self.project.weights:
                try:
                    trainer.load_weights(self.project.weights)
                except ValueError:
                    pass   # the saved weights belong to another network: start from new ones
        except Exception as exc:  # noqa: BLE001 - shown to the user, as the worker would
            self._report_failure(str(exc))
            return None
        self._install_trainer(trainer, keep_previous=self.loss_plot.last_snapshot is not None)
        self._show_device(trainer)
        self._draw(self._for_display(trainer.snapshot(**self._run_options())))
        return trainer

    def redraw_idle(self) -> None:
        """Redraw the views from the idle trainer now (its weights were changed outside a session)."""
        if self.worker is None and self.trainer is not None:
            self._draw(self._for_display(self.trainer.snapshot(**self._run_options())))

    # ================================================================== sessions

    def _prepare_project(self, **training: Any) -> tuple[Project, Any] | None:
        dataset = self.window.dataset()
        if dataset is None:
            error = getattr(self.window, "dataset_error", lambda: None)() or self.tr("the data cannot be made")
            self._say(self.tr("Cannot train: {0}").format(error))
            return None
        problems = self.window.problems() if hasattr(self.window, "problems") else self.project.problems()
        if problems:
            self._cannot_train(problems)
            return None
        return _copy_project(self.project, **training), dataset

    def _make_trainer(self, project: Project, dataset):
        from ..core.trainer import Trainer

        # One core stays with the event loop: the automatic thread count never takes it.
        return Trainer(project, dataset, reserve_cores=1)

    def _start_session(self, *, paused: bool, steps: int) -> bool:
        reuse = self.trainer is not None and not self._trainer_stale() and self.trainer.state != DIVERGED
        if reuse and self.trainer.finished and self.project.training_settings()["epochs"] <= self.trainer.epoch \
                and not steps:
            # Done with its planned epochs: Train again means a new run from new weights.
            self.trainer.reset()
            self._clear_views(keep_previous=True)
        if reuse:
            self._sync_idle_trainer()
            from .worker import TrainingWorker

            worker = TrainingWorker(self.trainer, start_paused=paused, steps=steps, **self._worker_options())
        else:
            prepared = self._prepare_project()
            if prepared is None:
                return False
            project, dataset = prepared
            weights = self.project.weights if self._load_saved_weights else None
            key = _trainer_key(self.project)

            def factory():
                # Runs on the worker thread: importing torch and building the model do not freeze
                # the window.
                trainer = self._make_trainer(project, dataset)
                if weights:
                    try:
                        trainer.load_weights(weights)
                    except ValueError:
                        pass   # the saved weights belong to another network: start from new ones
                return trainer

            had_trainer = self.trainer is not None or self.loss_plot.last_snapshot is not None
            self.trainer = None
            self._trainer_key = key
            self._load_saved_weights = False
            self._clear_views(keep_previous=had_trainer)
            from .worker import TrainingWorker

            worker = TrainingWorker(factory=factory, start_paused=paused, steps=steps, **self._worker_options())
            # The first Train of a session loads PyTorch and builds the model on the worker thread,
            # which takes a few seconds on a slow machine: say so until the first snapshot arrives.
            self._say(self.tr("Starting: loading PyTorch and building the network…"))
        self.worker = worker
        self._session_model_key = _model_key(self.project)
        worker.snapshot_ready.connect(lambda w=worker: self._snapshot_ready(w))
        worker.state_changed.connect(lambda state, w=worker: self._worker_state(w, state))
        worker.failed.connect(lambda message, w=worker: self._worker_failed(w, message))
        worker.finished.connect(lambda w=worker: self._session_finished(w))
        self._set_state(PAUSED_STATE if paused else RUNNING)
        worker.start()
        return True

    def _worker_options(self) -> dict[str, Any]:
        # Grids and histograms only as often as their views are redrawn (the trainer pays for them).
        return {**self._run_options(), "neuron_grid_size": NEURON_GRID_SIZE,
                "grid_every_s": VIEW_INTERVALS_S["boundary"], "histograms_every_s": VIEW_INTERVALS_S["histograms"],
                "record_epochs": self._record_epochs(), "epochs_per_second": self.epochs_per_second}

    def _record_epochs(self) -> bool:
        return self.project.training_settings()["epochs"] <= RECORD_EVERY_EPOCH_UP_TO

    def _plot_wanted(self, dock: QDockWidget) -> bool:
        """Is the panel on screen (not closed, not a tab behind another)? Before the window is shown
        (screenshot mode, scripts) every panel that is not closed counts."""
        if self.window.isVisible():
            # A tab behind another dock still says isVisible(); what it shows on screen does not lie.
            return dock.isVisible() and not dock.visibleRegion().isEmpty()
        return not dock.isHidden()

    def _run_options(self) -> dict[str, Any]:
        neurons = self._neuron_images_wanted()
        return {"grid_size": GRID_SIZE if neurons or self._plot_wanted(self.boundary_dock) else None,
                "neuron_grids": neurons, "histograms": self._plot_wanted(self.histogram_dock)}

    def _neuron_images_wanted(self) -> bool:
        """Per-neuron heatmaps are drawn for networks with at most MAX_NEURON_UNITS hidden units."""
        from ..core.check import infer_widths

        try:
            widths = infer_widths(self.project.graph, self.window.task_info())
        except Exception:  # noqa: BLE001 - an unfinished network has no widths yet: no tiles
            return False
        hidden = [w or 0 for node_id, w in widths.items()
                  if node_id in self.project.graph.nodes
                  and self.project.graph.nodes[node_id].kind not in ("input", "output")]
        return 0 < sum(hidden) <= MAX_NEURON_UNITS

    def _plot_visibility_changed(self, _visible: bool) -> None:
        if self.worker is not None:
            self.worker.update_run_options(**self._run_options())

    def _histograms_shown(self, visible: bool) -> None:
        """Opened after a run, Weights and activations shows the trained network at once: while it was
        hidden the snapshots carried no histograms, and it said "press Train" over a trained network."""
        if not visible or self.worker is not None or self.trainer is None or self.last_snapshot is None \
                or self._trainer_stale() or not self.plots_built:
            return
        import dataclasses

        try:
            histograms = self.trainer.histograms_now()
        except (RuntimeError, ValueError):   # a view's extra: never an error dialog
            return
        self.histogram_plot.show_snapshot(dataclasses.replace(self.last_snapshot, histograms=histograms))

    def _install_trainer(self, trainer, keep_previous: bool) -> None:
        self.trainer = trainer
        self._trainer_key = _trainer_key(self.project)
        self._load_saved_weights = False
        self._clear_views(keep_previous=keep_previous)

    def _trainer_stale(self) -> bool:
        return self._trainer_key != _trainer_key(self.project)

    def _sync_idle_trainer(self) -> None:
        """Hands an idle trainer the live settings changed since it was built (no thread runs)."""
        trainer = self.trainer
        settings = self.project.training_settings()
        for key, value in settings.items():
            if (key in LIVE_KEYS or key.startswith("optimizer.")) and trainer.settings.get(key) != value:
                try:
                    trainer.request_setting(key, value)
                except ValueError as exc:
                    self._say(str(exc))
                    continue
                if key == "epochs":
                    # run() checks the plan before it applies requests; an idle trainer can be told.
                    trainer.settings["epochs"] = value

    # ------------------------------------------------------------------ worker news (GUI thread)

    def _snapshot_ready(self, worker: TrainingWorker) -> None:
        if worker is not self.worker:
            return
        # At most MAX_DRAWS_PER_SECOND: a frame costs the GUI thread ~10-20 ms (paint included), and
        # every millisecond it holds the GIL is one the trainer waits. The snapshot stays with the
        # worker meanwhile, merging newer ones into it.
        wait_ms = int((self._last_draw_at + 1.0 / MAX_DRAWS_PER_SECOND - time.monotonic()) * 1000)
        if wait_ms > 0:
            if not self._draw_timer.isActive():
                self._draw_timer.start(wait_ms)
            return
        snap = worker.take_snapshot()
        if snap is not None:
            if self.trainer is None and worker.trainer is not None:
                self.trainer = worker.trainer
                self._show_device(worker.trainer)
            self._draw(snap)

    def _draw_timer_fired(self) -> None:
        if self.worker is not None:
            self._snapshot_ready(self.worker)

    def _worker_state(self, worker: TrainingWorker, state: str) -> None:
        from .worker import PAUSED, RUNNING_STATE

        if worker is self.worker:
            self._set_state(PAUSED_STATE if state == PAUSED else RUNNING if state == RUNNING_STATE else state)
            if state == PAUSED:
                # Replaces "Training on CPU." and the like, which no longer hold.
                self._say(self.tr("Paused: Step takes one batch, Resume goes on."))

    def _worker_failed(self, worker: TrainingWorker, message: str) -> None:
        if worker is self.worker:
            if worker.trainer is None:
                self._trainer_key = None   # it was never built: the next Train tries again
            self._report_failure(message)

    def _session_finished(self, worker: TrainingWorker) -> None:
        if worker is not self.worker:
            return
        self._draw_timer.stop()
        snap = worker.take_snapshot()
        if worker.trainer is not None and self.trainer is None:
            self.trainer = worker.trainer
            self._show_device(worker.trainer)
        if snap is not None:
            self._draw(snap)
        worker.join()
        self.worker = None
        last = snap or worker.last_snapshot
        _release(worker)
        if worker.error:
            self._set_state(IDLE)
        else:
            self._end_state(last if last is not None and last.done else None)
        self.session_ended.emit(last)

    def _end_state(self, last: Snapshot | None) -> None:
        if last is None or last.state == STOPPED:
            self._set_state(STOPPED_STATE)
            self._say(self.tr("Training stopped; Train continues, Reset starts again."), keep=True)
        elif last.state == FINISHED:
            self._set_state(FINISHED_STATE)
            # Only the epochs: the loss and accuracy of both splits stand in the read-out beside it,
            # and a longer message was cut off against that read-out in a window of ordinary width.
            self._say(self.tr("Finished after {0} epochs.").format(last.epoch), keep=True)
        elif last.state == DIVERGED:
            self._set_state(DIVERGED_STATE)
            self._show_divergence(last)

    # ================================================================== drawing

    def _draw(self, snap: Snapshot) -> None:
        self._last_draw_at = now = time.monotonic()
        self.last_snapshot = snap
        if self._views_model_key is None:
            self._views_model_key = self._session_model_key if self.worker is not None else _model_key(self.project)
        # A full snapshot (a Step, a pause, the end) is the model at rest: every view shows it now.
        everything = snap.done or snap.full or snap.step == 0 or self.worker is None
        # The loss curve takes every frame (every step's loss); the gradient norms' history takes
        # every snapshot too. The other views wait for their turn (see _next_view).
        self.loss_plot.show_snapshot(snap)
        self.gradflow_plot.show_snapshot(snap, draw=False)
        pending = self._pending_views
        if snap.grid is not None:
            pending["boundary"] = snap
        pending["gradflow"] = snap
        if snap.histograms is not None:
            pending["histograms"] = snap
        if snap.neuron_grids is not None:
            pending["neurons"] = snap
        pending["status"] = snap
        if everything:
            for name in list(pending):
                self._show_view(name, pending.pop(name), now)
        else:
            name = self._next_view(now)
            if name is not None:
                self._show_view(name, pending.pop(name), now)
        if snap.message and snap.state != DIVERGED:
            self._say(engine_text(snap.message))   # the device note at step 0
        self.snapshot_drawn.emit(snap)

    def _next_view(self, now: float) -> str | None:
        """Beside the loss curve, a frame redraws at most one other view: the one waiting longest
        among those with news and due (the canvas tiles, status bar and histograms a few times a
        second). Each redraw is Python running in the GUI thread, and so time the trainer waits for
        the GIL; several in one frame also make one long wait for the event loop."""
        best, best_at = None, math.inf
        for name in self._pending_views:
            shown_at = self._view_shown_at.get(name, 0.0)
            if now - shown_at >= VIEW_INTERVALS_S.get(name, 0.0) and shown_at < best_at:
                best, best_at = name, shown_at
        return best

    def _show_view(self, name: str, snap: Snapshot, now: float) -> None:
        self._view_shown_at[name] = now
        self._shown_views[name] = snap
        if name == "boundary":
            self.boundary_plot.show_snapshot(snap)
        elif name == "gradflow":
            self.gradflow_plot.show_snapshot(snap, record=False)
            self._show_diagnosis(snap.diagnosis)
        elif name == "histograms":
            self.histogram_plot.show_snapshot(snap)
        elif name == "neurons":
            self.window.canvas.set_neuron_images(snap.neuron_grids)
        elif name == "status":
            self._update_status(snap)

    @staticmethod
    def _for_display(snap: Snapshot) -> Snapshot:
        """A snapshot made in the GUI thread, prepared as the worker prepares its own."""
        if snap.neuron_grids:
            from .worker import display_neuron_grids

            snap.neuron_grids = display_neuron_grids(snap.neuron_grids, NEURON_GRID_SIZE)
        return snap

    def _show_diagnosis(self, diagnosis) -> None:
        """The gradient-flow verdict in the Problems list while it is a problem."""
        panel = getattr(self.window, "problems_panel", None)
        if panel is None or not hasattr(panel, "set_training_note"):
            return
        if diagnosis is not None and diagnosis.is_problem:
            layer = diagnosis.first_layer if diagnosis.verdict == "vanishing" else None
            panel.set_training_note(engine_text(diagnosis.message), layer)
        else:
            panel.set_training_note(None)

    def _clear_views(self, keep_previous: bool) -> None:
        """Every view back to empty: what they showed belongs to weights (or a network) now gone.
        The loss curves become the faint previous run with ``keep_previous``."""
        if self.plots_built:   # (plots built later start empty)
            self.loss_plot.new_run(keep_previous=keep_previous)
            # No layers until a snapshot of the network now on screen names them: the old
            # network's bars and labels must not stay.
            self.gradflow_plot.set_layers([])
            self.histogram_plot.clear_data()
            self.boundary_plot.clear_output()
        self.window.canvas.set_neuron_images(None)
        self._show_diagnosis(None)
        self.last_snapshot = None
        self._views_model_key = None
        self._shown_views = {}
        self._cleared_views = None
        self._pending_views.clear()
        self._update_status(None)
        self._update_steps_per_epoch()

    def _update_steps_per_epoch(self) -> None:
        dataset = self.window.dataset()
        if dataset is None or not self.plots_built:
            return
        batch = self.project.training_settings()["batch_size"]
        n = len(dataset.x_train)
        self.loss_plot.set_steps_per_epoch(1 if batch == 0 or batch >= n else math.ceil(n / batch))
        self.loss_plot.show_accuracy(dataset.task == "classification")

    def _metrics_text(self, snap: Snapshot | None) -> str:
        """"train 0.0123, 100% · test 0.0150, 97.5%": loss, then accuracy when there is one."""
        if snap is None or snap.train_loss is None:
            return ""

        def one(name, loss, acc):
            text = f"{name} {loss:.3g}" if loss is not None and math.isfinite(loss) else f"{name} –"
            return text + (f", {acc:.1%}" if acc is not None else "")

        parts = [one(self.tr("train"), snap.train_loss, snap.train_accuracy)]
        if snap.test_loss is not None:
            parts.append(one(self.tr("test"), snap.test_loss, snap.test_accuracy))
        return " · ".join(parts)

    def _update_status(self, snap: Snapshot | None) -> None:
        self.metrics_label.setText(self._metrics_text(snap))
        if snap is None:
            epochs = self.project.training_settings()["epochs"]
            self.epoch_label.setText(self.tr("epoch {0}/{1}").format(0, epochs))
            self.progress.setRange(0, max(1, epochs))
            self.progress.setValue(0)
            self.rate_label.setText("")
            self.eta_label.setText("")
            return
        self.epoch_label.setText(self.tr("epoch {0}/{1}").format(snap.epoch, snap.epochs))
        self.progress.setRange(0, max(1, snap.epochs))
        self.progress.setValue(min(snap.epoch, snap.epochs))
        per_epoch = getattr(self.trainer, "steps_per_epoch", None) or 1
        at_rest = snap.full and not snap.done
        if per_epoch > 1 and at_rest:
            # Stepping moves a batch at a time: say where in the epoch the model is.
            self.epoch_label.setText(self.tr("epoch {0}/{1} · step {2}").format(snap.epoch, snap.epochs, snap.step))
        # Paused or stepping, a rate and an ETA would count the time the model stood still.
        self.rate_label.setText("" if at_rest else self.tr("{0:,.0f} steps/s").format(snap.steps_per_second))
        if snap.state == FINISHED or snap.epoch >= snap.epochs:
            self.eta_label.setText(self.tr("done"))
        elif at_rest:
            self.eta_label.setText("")
        elif snap.steps_per_second > 0:
            left = (snap.epochs - snap.epoch) * per_epoch / snap.steps_per_second
            self.eta_label.setText(self.tr("ETA {0}").format(format_eta(left)))
        else:
            self.eta_label.setText("")

    def _show_device_setting(self) -> None:
        """Before torch is loaded: the Device setting; after: the device itself."""
        name = self.project.training_settings()["device"]
        if "torch" in sys.modules:
            from ..core.devices import device_label, resolve_device

            device, note = resolve_device(name)
            self._set_device_text(device_label(device), note)
        else:
            self._set_device_text(QApplication.translate("params", DEVICES[name].label), "")

    def _show_device(self, trainer) -> None:
        from ..core.devices import device_label

        choice = trainer.thread_choice
        label = device_label(trainer.device)
        threads = ""
        if trainer.device.type == "cpu":
            threads = self.tr("1 thread") if choice.threads == 1 else self.tr("{0} threads").format(choice.threads)
        self._set_device_text(label, trainer.device_note, threads=threads,
                              tooltip=self.tr("{threads}: {reason}").format(threads=threads, reason=engine_text(choice.reason))
                              if threads else "")
        # Replaces the "Starting…" message: the device note when the asked-for device is missing.
        self._say(engine_text(trainer.device_note) or self.tr("Training on {0}.").format(
            device_text(self.device_label_text)))

    def _set_device_text(self, label: str, note: str, tooltip: str = "", threads: str = "") -> None:
        self.device_label_text = label
        shown = device_text(label)
        if threads:   # the torch threads this run uses (guinet.core.threads)
            # On the CPU the status bar names only "CPU": "(x86_64, 2 cores)" beside the threads left
            # no room for the messages at 1024 px, and the tooltip has it.
            shown = shown.split(" (")[0] + " · " + threads
            tooltip = device_text(label) + "\n" + tooltip
        text = self.tr("device: {0}").format(shown)
        if note:
            text += " ⚠"
        short = self.tr("device: {0}").format(device_text(label).split(" (")[0]) + (" ⚠" if note else "")
        self._device_texts = (text, short, engine_text(note) or tooltip or device_text(label))
        self._fit_status()

    # ================================================================== messages

    def _say(self, text: str, keep: bool = False) -> None:
        try:
            self.window.show_status(text, keep=keep)
        except TypeError:   # a window without kept messages
            self.window.show_status(text)

    def _cannot_train(self, problems) -> None:
        """Train with problems left: say which, with the layers' names, where it cannot be missed
        (the status bar alone cut it short, and named the layer by its internal id)."""
        graph = self.project.graph

        def where(problem) -> str:
            node = graph.nodes.get(problem.node_id) if problem.node_id else None
            return node.label if node is not None else self.tr("Network")

        lines = [f"{where(p)}: {p.message}" for p in problems]
        self._say(self.tr("Cannot train yet: {0}").format(lines[0]), keep=True)
        if self.cannot_train_box is not None:
            self.cannot_train_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot train yet"),
                          self.tr("Fix this first:") if len(lines) == 1
                          else self.tr("Fix these {0} problems first:").format(len(lines)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("cannot_train_message")
        shown = lines[:8] + ([self.tr("… and {0} more (see the Problems panel)").format(len(lines) - 8)]
                             if len(lines) > 8 else [])
        box.setInformativeText("\n".join(f"• {line}" for line in shown))
        first = next((p.node_id for p in problems if p.node_id in graph.nodes), None)
        show = box.addButton(self.tr("Select the Layer"), QMessageBox.ButtonRole.AcceptRole) if first else None
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        if show is not None:
            box.setDefaultButton(show)

            def clicked(button, node_id=first):
                if button is show and node_id in self.project.graph.nodes:
                    self.window.canvas.select_nodes([node_id])
                    self.window.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            box.buttonClicked.connect(clicked)
        dock = getattr(self.window, "problems_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._cannot_train_box_closed)
        box.show()
        self.cannot_train_box = box

    def _cannot_train_box_closed(self, *_args) -> None:
        self.cannot_train_box = None

    def _report_failure(self, message: str) -> None:
        self._say(self.tr("Training could not run: {0}").format(message), keep=True)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training could not run"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.error_box = box

    def _show_divergence(self, snap: Snapshot) -> None:
        layer = snap.diverged_layer
        # The session has ended (Train then starts again from new weights): "paused" here beside a
        # button that offers Train, not Resume, read as a contradiction.
        short = (self.tr("Training diverged at step {0} (exploding gradient in {1}) and stopped.").format(
                     snap.step, layer)
                 if layer else self.tr("Training diverged at step {0} and stopped.").format(snap.step))
        self._say(short, keep=True)
        message = engine_text(snap.message) or self.tr(
            "The loss stopped being a finite number: the gradients exploded. Lower the learning rate, turn on "
            "gradient clipping, or add batch or layer normalization, then Reset and train again.")
        if self.divergence_box is not None:
            self.divergence_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training diverged"), short,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("divergence_message")
        box.setInformativeText(message + "\n\n" + self.tr("Train starts again from new weights."))
        # Not modal: the plots stay usable to look at what went wrong.
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._divergence_box_closed)
        box.show()
        self.divergence_box = box

    def _divergence_box_closed(self, *_args) -> None:
        self.divergence_box = None

    def confirm_stop_for_edit(self) -> bool:
        """Asks whether to stop training so that an edit to the network or data can stand."""
        from .dialogs import Button, ask

        answer = ask(
            self.window, self.tr("Stop training?"),
            self.tr("The network is training. Stop training to change the network?"),
            [(Button.Yes, self.tr("Stop Training")), (Button.No, self.tr("Keep Training"))], Button.Yes,
            informative=self.tr("Stop Training keeps the change (training then starts again from new "
                                "weights); Keep Training undoes it."))
        return answer == Button.Yes

    # ================================================================== state

    def _set_state(self, state: str) -> None:
        changed = state != self.state
        self.state = state
        self._update_actions()
        if changed:
            self.state_changed.emit(state)

    def _update_actions(self) -> None:
        state = self.state
        if state == RUNNING:
            self.train_action.setText(self.tr("&Pause"))
            self.train_action.setIcon(theme.icon("media-pause"))
        elif state == PAUSED_STATE:
            self.train_action.setText(self.tr("Res&ume"))
            self.train_action.setIcon(theme.icon("media-train"))
        else:
            self.train_action.setText(self.tr("&Train"))
            self.train_action.setIcon(theme.icon("media-train"))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.train_action.shortcuts())
        self.train_action.setToolTip(f"{self.train_action.text().replace('&', '')} ({keys})")
        self.stop_action.setEnabled(state in (RUNNING, PAUSED_STATE))

    # ================================================================== the model's news

    def _project_replaced(self, project: Project) -> None:
        self.shutdown()
        self._disconnect_project(self.project)
        self.project = project
        self._connect_project(project)
        self.trainer = None
        self._trainer_key = None
        self._load_saved_weights = True
        self._clear_views(keep_previous=False)
        self._set_state(IDLE)
        self._show_device_setting()

    def _dataset_changed(self, dataset) -> None:
        if self.plots_built:   # otherwise build_plots() takes the window's dataset
            self.boundary_plot.set_dataset(dataset)
            self._update_steps_per_epoch()
            shown = self._shown_views.get("boundary")
            if shown is not None and self.worker is None and self._views_model_key == _model_key(self.project):
                # The same data made again (Save As to another folder): the boundary is still true.
                self.boundary_plot.show_snapshot(shown)

    def _selection_changed(self, node_ids: list) -> None:
        if self.plots_built:
            self.histogram_plot.set_layer(node_ids[0] if node_ids else None)

    def _structure_edited(self, *_args) -> None:
        self._edit_during_session()
        self._clear_stale_views()

    def _data_edited(self, _key: str) -> None:
        self._edit_during_session()
        self._clear_stale_views()

    def _clear_stale_views(self) -> None:
        """Idle, after an edit to the network or the data (a deleted layer, new units, another data
        set): the views showed the network as it was, so they are emptied; the loss curves stay as
        the faint previous run to compare with."""
        if self.worker is not None:
            return
        if self._views_model_key is None:
            self._restore_cleared_views()
            return
        if self._views_model_key != _model_key(self.project):
            cleared = (self._views_model_key, self.last_snapshot, dict(self._shown_views)) \
                if self.last_snapshot is not None else None
            self._clear_views(keep_previous=True)
            self._cleared_views = cleared

    def _restore_cleared_views(self) -> None:
        """An edit undone (or made back by hand): the network is again the one the views showed and
        the idle trainer holds, so they show its state again (the loss stays the faint earlier run)."""
        cleared = self._cleared_views
        if cleared is None or not self.plots_built or cleared[0] != _model_key(self.project):
            return
        if self.trainer is None or self._trainer_stale():
            return
        key, last, shown = cleared
        self._cleared_views = None
        self.last_snapshot = last
        self._views_model_key = key
        now = time.monotonic()
        for name, snap in shown.items():
            self._show_view(name, snap, now)
        self.snapshot_drawn.emit(last)

    def _session_edited(self) -> bool:
        return self._session_model_key is not None and self._session_model_key != _model_key(self.project)

    def _edit_during_session(self) -> None:
        if self.worker is None or self._undoing_edit or self._edit_prompt_queued:
            return
        if not self._session_edited():
            return   # a move, or an edit undone: what is training is still what is shown
        # Asked after the edit's own signal handling has finished (the undo stack is mid-push now).
        self._edit_prompt_queued = True
        QTimer.singleShot(0, self._ask_about_edit)

    def _ask_about_edit(self) -> None:
        self._edit_prompt_queued = False
        if self.worker is None or not self._session_edited():
            return
        if not self.confirm_stop_for_edit():
            self._undoing_edit = True
            try:
                stack = self.window.undo_stack
                if stack.canUndo():
                    stack.undo()
            finally:
                self._undoing_edit = False
            if not self._session_edited():
                self._say(self.tr("Change undone: training goes on."))
                return
        # Confirmed, or the edit could not be undone in one step: the session cannot go on.
        self.stop_and_wait()
        self._clear_stale_views()
        self._say(self.tr("Training stopped for the change; Train starts from new weights."))

    def _training_setting_changed(self, key: str) -> None:
        settings = self.project.training_settings()
        if key == "epochs" and self.worker is None:
            self._update_status(self.last_snapshot)
        if key == "device" and self.worker is None:
            self._show_device_setting()
        live = key in LIVE_KEYS or key.startswith("optimizer.")
        if self.worker is None or key not in settings:
            return
        if live:
            try:
                self.worker.request_setting(key, settings[key])
            except ValueError as exc:
                self._say(str(exc))
        else:
            self._say(self.tr("This setting applies when training starts again from new weights (Reset)."))

    def _store_weights(self) -> None:
        """Before saving: the trained weights go into the project (when they fit its network and no
        thread is changing them)."""
        if self.trainer is None or self._trainer_stale() or self.state == RUNNING:
            return
        from .worker import PAUSED

        if self.worker is not None and self.worker.state != PAUSED:
            return
        from ..core.project import ProjectError

        try:
            self.project.weights = self.trainer.export_weights()
        except ProjectError as exc:  # NaN weights after a divergence: the network is saved without them
            self._say(self.tr("The trained weights are not saved: {0}").format(str(exc)))
