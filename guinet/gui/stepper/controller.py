"""The step-through controller: one training step, phase by phase, on the canvas and in a side panel.

``StepThrough(window)`` installs itself into a MainWindow: a checkable Train ▸ Step Through action
(F11, also on the tool bar), Next/Back actions (the arrow keys while the mode is on), a dock with the
numbers (``StepPanel``), badges of values under the canvas cards (``overlay``) and a ring around the
chosen sample plus a perceptron's decision line on the decision-boundary view (``plane``).

The numbers come from ``guinet.core.stepper.record_step`` on the live trainer's weights (the trainer
is not changed until "Take step"). Public API, for the lessons and for tests::

    st = window.stepper
    st.start(sample=2)          # or st.start(batch=True); False (having said why) when it cannot
    st.next(); st.back(); st.go_to(3)
    st.phase                    # Phase(kind="forward" | "loss" | "backward" | "update", layer=node id | None)
    st.phase_changed            # Signal(int): the phase index, after the views show it
    st.record                   # the StepRecord shown
    st.take_step()              # apply the recorded update to the network
    st.stop()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
import sys
import threading
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea

from guinet.core import steptext
from guinet.core.steptext import format_number

from .. import theme
from ..i18n import engine_text, label_text
from .commands import SetWeightCommand
from .overlay import BadgeContent, BadgeRow, ValuesBadge
from .panel import StepPanel
from .weights import MAX_FAN_WEIGHTS, WeightFan

if TYPE_CHECKING:  # guinet.core.stepper imports torch: the window opens without it
    from guinet.core.stepper import StepRecord

PHASE_FORWARD, PHASE_LOSS, PHASE_BACKWARD, PHASE_UPDATE = "forward", "loss", "backward", "update"


def neuron_formula(*args, **kwargs) -> str:
    """guinet.core.steptext.neuron_formula in the window's language ("… (8 more: 0.1)")."""
    return engine_text(steptext.neuron_formula(*args, **kwargs))


@dataclass(frozen=True)
class Phase:
    kind: str
    layer: str | None = None


def phases_for(record: StepRecord) -> list[Phase]:
    """Forward through each layer with weights, the loss, backward from the output, the update."""
    names = [layer.name for layer in record.layers]
    return ([Phase(PHASE_FORWARD, n) for n in names] + [Phase(PHASE_LOSS)]
            + [Phase(PHASE_BACKWARD, n) for n in reversed(names)] + [Phase(PHASE_UPDATE)])


def _warm_torch() -> None:
    import torch

    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def _structure_key(project) -> str:
    """The network and its data, without positions or training settings: what the weights belong to."""
    graph = project.graph.to_dict()
    nodes = sorted((n["id"], n["kind"], json.dumps(n["params"], sort_keys=True)) for n in graph["nodes"])
    return json.dumps([nodes, graph["edges"], project.data], sort_keys=True, default=str)


def _network_key(project) -> str:
    graph = project.graph.to_dict()
    nodes = sorted((n["id"], n["kind"], json.dumps(n["params"], sort_keys=True)) for n in graph["nodes"])
    return json.dumps([nodes, graph["edges"], project.data, project.training], sort_keys=True, default=str)


class _LazyPlane:
    """The decision-boundary overlay (``plane.PlaneOverlay``), made once the live plots exist: they are
    built just after the window's first paint so that pyqtgraph loads late. Until then this remembers
    what the overlay should show; asking it for anything else builds the plots at once."""

    def __init__(self, live, on_pick) -> None:
        self._live = live
        self._on_pick = on_pick
        self._overlay = None
        self._dataset = None
        self._samples: list[int] = []
        self._line = None
        self._picking = False
        if live.plots_built:
            self.build()
        else:
            live.plots_ready.connect(self.build)

    def build(self) -> None:
        if self._overlay is not None:
            return
        from .plane import PlaneOverlay

        self._overlay = PlaneOverlay(self._live.boundary_plot, self._on_pick)
        self._overlay.set_dataset(self._dataset)
        self._overlay.show_samples(self._samples)
        self._overlay.show_line(self._line)
        self._overlay.picking = self._picking

    @property
    def picking(self) -> bool:
        return self._picking

    @picking.setter
    def picking(self, on: bool) -> None:
        self._picking = bool(on)
        if self._overlay is not None:
            self._overlay.picking = self._picking

    def set_dataset(self, dataset) -> None:
        self._dataset, self._samples, self._line = dataset, [], None
        if self._overlay is not None:
            self._overlay.set_dataset(dataset)

    def show_samples(self, indices) -> None:
        self._samples = list(indices)
        if self._overlay is not None:
            self._overlay.show_samples(self._samples)

    def show_line(self, weights) -> None:
        self._line = weights
        if self._overlay is not None:
            self._overlay.show_line(weights)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        self.build()
        return getattr(self._overlay, name)


class StepThrough(QObject):
    phase_changed = Signal(int)
    record_changed = Signal(object)
    active_changed = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("step_through")
        self.window = window
        self.live = window.live
        self.project = window.project
        self.active = False
        self.record: StepRecord | None = None
        self.phases: list[Phase] = []
        self.index = -1
        self.sample = 0
        self.batch = False
        self._update_layer: str | None = None
        self._badges: dict[str, ValuesBadge] = {}
        self._fans: dict[tuple[str, str], WeightFan] = {}
        self._fan_weights: dict | None = None
        self._fan_places: dict[tuple[str, str], tuple] = {}
        self._fan_key: str | None = None
        self._edge_tips: dict[tuple[str, str], str] = {}
        self._key: str | None = None
        self._refresh_queued = False
        self._warm_thread: threading.Thread | None = None
        self._pending_start: dict | None = None
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(100)
        self._warm_timer.timeout.connect(self._warm_check)

        self.panel = StepPanel()
        self.dock = QDockWidget(self.tr("Step Through"), window)
        self.dock.setObjectName("dock_step")
        scroll = QScrollArea()
        scroll.setObjectName("step_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.dock.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # A tab beside Properties: the tallest place on the right, and the numbers need the room.
        properties = getattr(window, "properties_dock", None)
        if properties is not None:
            window.tabifyDockWidget(properties, self.dock)
        self.dock.hide()
        if hasattr(window, "panels_menu"):
            window.panels_menu.addAction(self.dock.toggleViewAction())
        self.plane = _LazyPlane(self.live, self._picked)
        self.plane.set_dataset(window.dataset())
        self.panel.set_samples(window.dataset())   # a row to click even before the mode is on
        self._build_actions()
        self._connect()
        self._show_perceptron(self._current_weights())

    def tr(self, text: str) -> str:  # noqa: D401 - Qt's name
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("stepper", text)

    # ================================================================== building

    def _build_actions(self) -> None:
        w = self.window
        self.toggle_action = QAction(theme.icon("step-through"), self.tr("Step T&hrough"), w)
        self.toggle_action.setObjectName("action_step_through")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("F11"))
        self.toggle_action.setToolTip(self.tr("Step Through (F11): one training step, number by number"))
        self.toggle_action.setStatusTip(self.tr("Go through one training step on one sample: forward, loss, "
                                                "backward (the chain rule) and the update"))
        self.toggle_action.toggled.connect(self._toggled)
        self.next_action = QAction(self.tr("Next Phase"), w)
        self.next_action.setObjectName("action_step_next")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.next_action.setStatusTip(self.tr("The next phase of the step (Right arrow)"))
        self.next_action.triggered.connect(lambda _c=False: self.next())
        self.back_action = QAction(self.tr("Previous Phase"), w)
        self.back_action.setObjectName("action_step_back")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Left))
        self.back_action.setStatusTip(self.tr("The previous phase of the step (Left arrow)"))
        self.back_action.triggered.connect(lambda _c=False: self.back())
        for action in (self.next_action, self.back_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)   # off: the arrow keys move the selected cards as usual
            w.addAction(action)
        self.fans_action = QAction(self.tr("&Weights on Connections"), w)
        self.fans_action.setObjectName("action_weight_lines")
        self.fans_action.setCheckable(True)
        self.fans_action.setChecked(True)
        self.fans_action.setStatusTip(self.tr("Draw each weight of a small network as its own line: width for "
                                              "its size, blue positive, orange negative; live while training"))
        self.fans_action.toggled.connect(lambda _on: self._show_fans(self._fan_weights))
        menu = w.menus["train"]
        menu.addSeparator()
        menu.addAction(self.fans_action)
        menu.addAction(self.toggle_action)
        menu.addAction(self.back_action)
        menu.addAction(self.next_action)
        w.toolbar.addAction(self.toggle_action)

    def _connect(self) -> None:
        w = self.window
        self.panel.sample_chosen.connect(lambda i: self.start_soon(sample=i))
        self.panel.batch_toggled.connect(self._batch_toggled)
        self.panel.next_clicked.connect(self.next)
        self.panel.back_clicked.connect(self.back)
        self.panel.weight_edited.connect(self.set_weight)
        self.panel.update_layer_chosen.connect(self._update_layer_chosen)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        for name, slot in (("project_replaced", self._project_replaced), ("dataset_changed", self._dataset_changed)):
            signal = getattr(w, name, None)
            if signal is not None:
                signal.connect(slot)
        self.live.state_changed.connect(self._live_state_changed)
        self.live.snapshot_drawn.connect(self._snapshot_drawn)
        self._watch_project(self.project)
        scene = getattr(w.canvas, "network_scene", None)
        if scene is not None:
            scene.changed.connect(self._follow_cards)

    def _watch_project(self, project) -> None:
        project.graph.changed.connect(self._model_edited)
        project.data_changed.connect(self._setting_edited)
        project.training_changed.connect(self._setting_edited)

    def _unwatch_project(self, project) -> None:
        project.graph.changed.disconnect(self._model_edited)
        project.data_changed.disconnect(self._setting_edited)
        project.training_changed.disconnect(self._setting_edited)

    # ================================================================== public API

    @property
    def phase(self) -> Phase | None:
        return self.phases[self.index] if 0 <= self.index < len(self.phases) else None

    def start(self, sample: int | None = None, batch: bool | None = None, phase: int = 0) -> bool:
        """Record a step on training sample ``sample`` (default: the one chosen last) or, with ``batch``,
        on a (mini-)batch starting there, and show phase ``phase``. False, having said why, when the
        network cannot step now (training runs, the network has problems)."""
        if sample is not None:
            self.sample = int(sample)
        if batch is not None:
            self.batch = bool(batch)
            if self.panel.batch_box.isChecked() != self.batch:
                self.panel.batch_box.blockSignals(True)
                self.panel.batch_box.setChecked(self.batch)
                self.panel.batch_box.blockSignals(False)
        trainer = self.live.idle_trainer()
        if trainer is None:
            self.panel.show_idle(self.tr("Step-through needs a network that can train and no training running: "
                                         "see the status bar."))
            return False
        from guinet.core.stepper import StepError, record_step

        n = len(trainer.x_train)
        if not 0 <= self.sample < n:
            self.sample = 0
        try:
            record = record_step(trainer, batch=self._batch_indices(trainer)) if self.batch else \
                record_step(trainer, sample=self.sample)
        except (StepError, RuntimeError, ValueError) as exc:
            self.window.show_status(self.tr("Cannot step: {0}").format(exc))
            return False
        self._key = _network_key(self.project)
        self.record = record
        self.phases = phases_for(record)
        self.index = max(0, min(int(phase), len(self.phases) - 1))
        if not self.active:
            self.active = True
            self.plane.picking = True
            for action in (self.next_action, self.back_action):
                action.setEnabled(True)
            if not self.toggle_action.isChecked():
                self.toggle_action.blockSignals(True)
                self.toggle_action.setChecked(True)
                self.toggle_action.blockSignals(False)
            self.dock.show()
            self.dock.raise_()
            self.panel.set_samples(self.window.dataset())
            self.active_changed.emit(True)
        self.panel.select_sample(self.sample)
        self.panel.set_predictions(self._predictions(trainer))
        self.record_changed.emit(record)
        self._show()
        return True

    def start_soon(self, **kwargs) -> None:
        """``start(**kwargs)`` once PyTorch is loaded: the first optimizer a process makes imports
        torch's compiler stack (seconds on a slow machine), so that happens on a short-lived thread
        while the window stays responsive and the panel says what is going on."""
        if "torch._dynamo" in sys.modules and self._warm_thread is None:
            self.start(**kwargs)
            return
        self._pending_start = kwargs
        if self._warm_thread is not None:
            return
        self.panel.show_idle(self.tr("Loading PyTorch… (the first step-through takes a few seconds)"))
        self.window.show_status(self.tr("Step Through: loading PyTorch…"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._warm_thread = threading.Thread(target=_warm_torch, name="guinet-load-torch", daemon=True)
        self._warm_thread.start()
        self._warm_timer.start()

    def _warm_check(self) -> None:
        thread = self._warm_thread
        if thread is None or thread.is_alive():
            return
        thread.join()
        self._warm_thread = None
        self._warm_timer.stop()
        QApplication.restoreOverrideCursor()
        kwargs, self._pending_start = self._pending_start or {}, None
        if self.toggle_action.isChecked() or self.dock.isVisible():
            if not self.start(**kwargs) and self.toggle_action.isChecked():
                self._uncheck()

    def _uncheck(self) -> None:
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(False)
        self.toggle_action.blockSignals(False)

    def next(self) -> bool:
        """The next phase; after the update, take the step and start on the next sample."""
        if not self.active or self.record is None:
            return False
        if self.index < len(self.phases) - 1:
            self.go_to(self.index + 1)
            return True
        if not self.take_step():
            return False
        n = len(self.live.trainer.x_train) if self.live.trainer is not None else 1
        step = len(self.record.samples) if self.batch else 1
        return self.start(sample=(self.sample + step) % max(n, 1))

    def back(self) -> bool:
        if not self.active or self.index <= 0:
            return False
        self.go_to(self.index - 1)
        return True

    def go_to(self, index: int) -> None:
        if not self.active or not self.phases:
            return
        self.index = max(0, min(int(index), len(self.phases) - 1))
        self._show()

    def take_step(self) -> bool:
        """Apply the recorded step to the network (the trainer's weights and optimizer state)."""
        trainer = self.live.idle_trainer()
        if trainer is None or self.record is None:
            return False
        if _network_key(self.project) != self._key:
            self.window.show_status(self.tr("The network changed since this step was recorded; recording again."))
            self.start(phase=self.index)
            return False
        from guinet.core.stepper import commit_step

        commit_step(trainer, self.record)
        self.live.redraw_idle()
        self._show_fans(self._trainer_weights())
        self._show_perceptron(self._current_weights())
        self.window.show_status(self.tr("Step taken: the weights changed as the update showed."))
        return True

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.plane.picking = False
        self.record = None
        self.phases = []
        self.index = -1
        for action in (self.next_action, self.back_action):
            action.setEnabled(False)
        if self.toggle_action.isChecked():
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(False)
            self.toggle_action.blockSignals(False)
        self.plane.show_samples([])
        self._clear_badges()
        self._restore_edge_tips()
        self._show_perceptron(self._current_weights())
        self.panel.show_idle()
        self.active_changed.emit(False)

    def set_weight(self, node_id: str, row: int, col: int, value: float) -> bool:
        """Type ``value`` into W[row, col] (col -1: the bias b[row]) of layer ``node_id``: an undoable edit."""
        trainer = self.live.idle_trainer()
        if trainer is None:
            return False
        try:
            label = label_text(trainer.graph.nodes[node_id].label)
            command = SetWeightCommand(trainer, node_id, int(row), None if col < 0 else int(col), float(value),
                                       self._weights_changed, label)
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            self.window.show_status(self.tr("Cannot change that weight: {0}").format(exc))
            return False
        self.window.undo_stack.push(command)
        return True

    # ================================================================== showing

    def _batch_indices(self, trainer) -> list[int]:
        n = len(trainer.x_train)
        size = trainer.settings["batch_size"]
        if size == 0 or size >= n:
            return list(range(n))
        return [(self.sample + k) % n for k in range(size)]

    def _predictions(self, trainer) -> np.ndarray | None:
        import torch

        model = trainer.model
        was = model.training
        model.eval()
        try:
            with torch.no_grad():
                return model.predict(model(trainer.x_train[:500])).cpu().numpy()
        finally:
            model.train(was)

    def _show(self) -> None:
        record, phase = self.record, self.phase
        if record is None or phase is None:
            return
        editable = self.live.worker is None
        self.panel.show_phase(record, phase, self.index, len(self.phases), self._update_layer, editable)
        self.plane.show_samples(record.samples)
        self._show_badges()
        self._set_edge_tips()
        self.phase_changed.emit(self.index)

    def _badge(self, node_id: str) -> ValuesBadge | None:
        view = self.window.canvas
        item = view.network_scene.layers.get(node_id) if hasattr(view, "network_scene") else None
        if item is None:
            return None
        badge = self._badges.get(node_id)
        if badge is None or badge.parentItem() is not item:
            badge = ValuesBadge(item, node_id, self._badge_clicked)
            self._badges[node_id] = badge
        return badge

    def _clear_badges(self) -> None:
        for badge in self._badges.values():
            if badge.scene() is not None:
                badge.scene().removeItem(badge)
        self._badges.clear()

    def _contents(self) -> dict[str, BadgeContent]:
        """What each card's badge shows in the current phase."""
        record, phase = self.record, self.phase
        contents: dict[str, BadgeContent] = {}
        if record is None or phase is None:
            return contents
        order = [layer.name for layer in record.layers]
        row = 0
        f = format_number
        input_id = record.order[0]
        contents[input_id] = BadgeContent([BadgeRow("x", "x", record.inputs[row],
                                                    tips=[f"x{i + 1} = {f(v, 6)}" for i, v in enumerate(record.inputs[row])])])
        if phase.kind == PHASE_FORWARD:
            reached = order[:order.index(phase.layer) + 1]
        else:
            reached = order
        for name in reached:
            layer = record.layer(name)
            active = phase.kind == PHASE_FORWARD and name == phase.layer
            tips = [neuron_formula(layer, j, row) for j in range(layer.units)]
            rows = [BadgeRow("z", "z", layer.z[row], tips=tips), BadgeRow("a", "a", layer.a[row], tips=tips)]
            if active and layer.bias is not None:
                rows.append(BadgeRow("b", "b", layer.bias, editable=True,
                                     tips=[f"b{j + 1} = {f(v, 6)}" for j, v in enumerate(layer.bias)]))
            contents[name] = BadgeContent(rows, active=active)
        if phase.kind in (PHASE_LOSS, PHASE_BACKWARD, PHASE_UPDATE):
            out = record.layers[-1]
            title = self.tr("L = {0}  (y = {1})").format(f(record.loss), f(record.targets[row]))
            contents[out.name].title = title
            contents[out.name].active = phase.kind == PHASE_LOSS
        if phase.kind == PHASE_BACKWARD:
            back = list(reversed(order))
            for name in back[:back.index(phase.layer) + 1]:
                layer = record.layer(name)
                active = name == phase.layer
                gz = layer.grad_z[row] if not record.batch else layer.grad_z.mean(axis=0)
                chain = []
                for j in range(layer.units):
                    if layer.grad_a is not None and layer.fprime is not None:
                        chain.append(f"dL/dz{j + 1} = dL/da · f'(z) = {f(layer.grad_a[row, j])} · "
                                     f"{f(layer.fprime[row, j])} = {f(layer.grad_z[row, j])}")
                    else:
                        chain.append(f"dL/dz{j + 1} = {f(layer.grad_z[row, j])}")
                rows = []
                if active and layer.grad_a is not None:
                    rows.append(BadgeRow("grad_a", "dL/da", layer.grad_a[row], tips=chain))
                if active and layer.fprime is not None:
                    rows.append(BadgeRow("fprime", "f'(z)", layer.fprime[row], tips=chain))
                rows.append(BadgeRow("grad_z", "dL/dz", gz, tips=chain))
                content = contents.setdefault(name, BadgeContent())
                content.rows = [r for r in content.rows if r.key == "a"][:0 if active else 1] + rows
                content.active = active
            for node in record.nodes:
                if node.kind in ("add", "concat") and node.grad is not None:
                    consumers_done = all(n in back[:back.index(phase.layer)] or n not in order
                                         for n in self._consumers(record, node.name))
                    if consumers_done:
                        contents[node.name] = BadgeContent([BadgeRow("grad", "dL/d", node.grad[row],
                                                                     tips=[node.note] * len(node.grad[row]))])
        elif phase.kind in (PHASE_FORWARD, PHASE_LOSS):
            for node in record.nodes:
                if node.kind in ("add", "concat", "activation", "batchnorm", "layernorm", "dropout"):
                    feeds_reached = all(s in reached or s == input_id or s not in order for s in node.inputs)
                    if feeds_reached and (phase.kind == PHASE_LOSS or self._before(record, node.name, phase.layer)):
                        contents[node.name] = BadgeContent([BadgeRow("out", "out", node.value[row],
                                                                     tips=[node.note] * len(node.value[row]))])
        if phase.kind == PHASE_UPDATE:
            for layer in record.layers:
                rows = []
                if layer.update_bias is not None:
                    rows.append(BadgeRow("update_bias", "Δb", layer.update_bias,
                                         tips=[f"b{j + 1}: {f(layer.bias[j])} → {f(layer.bias[j] + layer.update_bias[j])}"
                                               for j in range(layer.units)]))
                biggest = np.abs(layer.update_weight).max(axis=1)
                rows.append(BadgeRow("update_weight", "|ΔW|", biggest,
                                     tips=[self.tr("largest change of unit {0}'s weights").format(j + 1)
                                           for j in range(layer.units)]))
                contents[layer.name] = BadgeContent(rows, active=True, title=contents.get(layer.name, BadgeContent()).title)
        return contents

    @staticmethod
    def _consumers(record: StepRecord, node_id: str) -> list[str]:
        return [n.name for n in record.nodes if node_id in n.inputs]

    @staticmethod
    def _before(record: StepRecord, node_id: str, layer: str | None) -> bool:
        if layer is None:
            return True
        return record.order.index(node_id) < record.order.index(layer)

    def _show_badges(self) -> None:
        contents = self._contents()
        perceptron = self._perceptron_row()
        if perceptron is not None:
            node_id, row = perceptron
            content = contents.setdefault(node_id, BadgeContent())
            content.rows = [row] + content.rows
        for node_id in list(self._badges):
            if node_id not in contents:
                self._badges[node_id].set_content(BadgeContent())
        for node_id, content in contents.items():
            badge = self._badge(node_id)
            if badge is not None:
                badge.set_content(content)

    def _set_edge_tips(self) -> None:
        record = self.record
        view = self.window.canvas
        scene = getattr(view, "network_scene", None)
        if record is None or scene is None:
            return
        f = format_number
        for (src, dst), item in scene.edge_items.items():
            if (src, dst) not in self._edge_tips:
                self._edge_tips[(src, dst)] = item.toolTip()
            try:
                layer = record.layer(dst)
            except KeyError:
                layer = None
            if layer is not None:
                lines = [self.tr("Weights from {0} into {1}: W is {2}×{3}").format(src, dst, *layer.weight.shape)]
                for r in range(min(layer.units, 6)):
                    lines.append("  " + ", ".join(f"w{r + 1},{c + 1} = {f(layer.weight[r, c], 3)} "
                                                  f"(dL/dw {f(layer.grad_weight[r, c], 3)})"
                                                  for c in range(min(layer.weight.shape[1], 4))))
                if layer.units > 6 or layer.weight.shape[1] > 4:
                    lines.append(self.tr("  … all of them in the Step Through panel"))
                item.setToolTip("\n".join(lines))
            else:
                try:
                    node = record.node(dst)
                except KeyError:
                    continue
                if node.input_grads and src in node.inputs:
                    k = node.inputs.index(src)
                    item.setToolTip(self.tr("{0}\nSent back to {1}: {2}").format(
                        node.note, src, ", ".join(f(v, 3) for v in node.input_grads[k][0][:8])))

    def _restore_edge_tips(self) -> None:
        scene = getattr(self.window.canvas, "network_scene", None)
        if scene is not None:
            for key, tip in self._edge_tips.items():
                item = scene.edge_items.get(key)
                if item is not None:
                    item.setToolTip(tip)
        self._edge_tips.clear()

    # ================================================================== the perceptron, visible

    def _perceptron_node(self) -> str | None:
        """The Output's id when the network is one neuron on two inputs (input → output, one unit)."""
        graph = self.project.graph
        outs = graph.nodes_of_kind("output")
        ins = graph.nodes_of_kind("input")
        if len(outs) != 1 or len(ins) != 1 or graph.inputs_of(outs[0].id) != [ins[0].id] or len(graph.nodes) != 2:
            return None
        dataset = self.window.dataset()
        if dataset is None or dataset.n_features != 2 or dataset.points_train is None:
            return None
        if dataset.plane_features not in (None, ("x1", "x2")):
            return None
        return outs[0].id

    def _current_weights(self):
        trainer = self.live.trainer
        node_id = self._perceptron_node()
        if trainer is None or node_id is None or self.live.worker is not None:
            return None
        try:
            return trainer.weights_now().get(node_id)
        except Exception:  # noqa: BLE001 - a trainer for another network: nothing to show
            return None

    def _perceptron_row(self) -> tuple[str, BadgeRow] | None:
        node_id = self._perceptron_node()
        weights = self._shown_weights
        if node_id is None or weights is None:
            return None
        w, b = weights
        w = np.asarray(w).reshape(-1)
        values = np.concatenate([w, np.asarray([0.0 if b is None else float(np.asarray(b).reshape(-1)[0])])])
        names = ["w1", "w2", "b"]
        tips = [f"{n} = {format_number(v, 6)}" for n, v in zip(names, values)]
        tips[-1] += "\n" + self.tr("The decision line w1·x1 + w2·x2 + b = 0 is drawn on the decision boundary.")
        return node_id, BadgeRow("perceptron", "w, b", values, names=names, tips=tips, editable=True)

    _shown_weights = None

    def _show_perceptron(self, weights) -> None:
        """The perceptron's w1, w2, b on its card and its line on the boundary view (None: hide)."""
        node_id = self._perceptron_node()
        if node_id is None or weights is None:
            self._shown_weights = None
            self.plane.show_line(None)
        else:
            self._shown_weights = weights
            w, b = weights
            bias = 0.0 if b is None else float(np.asarray(b).reshape(-1)[0])
            self.plane.show_line((np.asarray(w).reshape(-1), bias))
        if self.active:
            self._show_badges()
            return
        for badge in self._badges.values():
            badge.set_content(BadgeContent())
        perceptron = self._perceptron_row()
        if perceptron is not None:
            node_id, row = perceptron
            badge = self._badge(node_id)
            if badge is not None:
                badge.set_content(BadgeContent([row]))

    # ================================================================== weights as lines

    def _show_fans(self, weights: dict | None) -> None:
        """Each connection into a Dense/Output layer drawn as its weights (``weights``: node id -> (W, b))."""
        if weights is not self._fan_weights:
            self._fan_key = _structure_key(self.project)
        self._fan_weights = weights
        scene = getattr(self.window.canvas, "network_scene", None)
        if scene is None:
            return
        wanted = {}
        if weights and self.fans_action.isChecked():
            for (src, dst), _edge in scene.edge_items.items():
                pair = weights.get(dst)
                if pair is None or src not in scene.layers or dst not in scene.layers:
                    continue
                matrix = np.asarray(pair[0])
                if matrix.ndim == 2 and matrix.size <= MAX_FAN_WEIGHTS:
                    wanted[(src, dst)] = matrix
        for key in list(self._fans):
            fan = self._fans[key]
            if key not in wanted or fan.src_item is not scene.layers.get(key[0]) \
                    or fan.dst_item is not scene.layers.get(key[1]):
                if fan.scene() is not None:
                    fan.scene().removeItem(fan)
                del self._fans[key]
                self._fan_places.pop(key, None)
        for key, matrix in wanted.items():
            fan = self._fans.get(key)
            if fan is None:
                fan = self._fans[key] = WeightFan(scene.layers[key[0]], scene.layers[key[1]])
                scene.addItem(fan)
            fan.set_weights(matrix)
            self._fan_places[key] = self._place_of(fan)

    @staticmethod
    def _place_of(fan: WeightFan) -> tuple:
        s, d = fan.src_item, fan.dst_item
        return (s.scenePos().x(), s.scenePos().y(), s.height, d.scenePos().x(), d.scenePos().y(), d.height)

    def _follow_cards(self, _regions=None) -> None:
        for key, fan in self._fans.items():
            place = self._place_of(fan)
            if self._fan_places.get(key) != place:
                self._fan_places[key] = place
                fan.follow()

    def _trainer_weights(self) -> dict | None:
        trainer = self.live.trainer
        if trainer is None or self.live.worker is not None:
            return None
        return trainer.weights_now()

    # ================================================================== reactions

    def _toggled(self, on: bool) -> None:
        if on:
            self.dock.show()   # the panel says what happens, or why it cannot
            self.dock.raise_()
            self.start_soon()
        else:
            self.stop()
            self.dock.hide()

    def _dock_visibility(self, visible: bool) -> None:
        if not visible and self.active and not self.dock.isVisible() and self.window.isVisible():
            # closing the panel ends the mode (a tab behind another dock is still "visible")
            if self.dock.isHidden():
                self.stop()

    def _batch_toggled(self, on: bool) -> None:
        self.batch = bool(on)
        if self.active:
            self.start(batch=on)

    def _update_layer_chosen(self, name: str) -> None:
        self._update_layer = name
        self._show()

    def _picked(self, index: int) -> None:
        self.start_soon(sample=index)

    def _badge_clicked(self, node_id: str, unit: int, key: str) -> None:
        if key == "perceptron":
            if not self.active and not self.start():
                return
            out = [i for i, p in enumerate(self.phases) if p.kind == PHASE_FORWARD and p.layer == node_id]
            if out:
                self.go_to(out[0])
            self.panel.edit_weight(0, -1 if unit == 2 else unit)
        elif key == "b":
            self.panel.edit_weight(unit, -1)
        elif key in ("z", "a") and self.active:
            self.panel.values.selectRow(unit)

    def _weights_changed(self) -> None:
        """A weight was typed in, or that edit undone or redone: every view that shows weights follows."""
        self.live.redraw_idle()
        self._show_fans(self._trainer_weights())
        self._show_perceptron(self._current_weights())
        if self.active:
            self._queue_refresh()

    def _queue_refresh(self) -> None:
        if not self._refresh_queued:
            self._refresh_queued = True
            QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        self._refresh_queued = False
        if self.active and self.live.worker is None:
            if not self.start(phase=self.index):
                self.stop()

    def _model_edited(self, *_args) -> None:
        # The weights shown belong to the network as it was: after a change of structure they go
        # (new ones come with the next snapshot); a moved card only moves its lines.
        if self._fan_weights is not None and _structure_key(self.project) != self._fan_key:
            self._show_fans(None)
        else:
            self._follow_cards()
        if self.active and _network_key(self.project) != self._key:
            self._queue_refresh()
        elif not self.active:
            self._show_perceptron(self._current_weights())

    def _setting_edited(self, _key: str) -> None:
        self._model_edited()

    def _live_state_changed(self, state: str) -> None:
        if state in ("running", "paused"):
            if self.active:
                self.panel.show_idle(self.tr("Training is running: the step-through goes on when it stops."))
                for action in (self.next_action, self.back_action):
                    action.setEnabled(False)
        elif self.active:
            for action in (self.next_action, self.back_action):
                action.setEnabled(True)
            self._queue_refresh()
        else:
            self._show_perceptron(self._current_weights())

    def _snapshot_drawn(self, snap) -> None:
        """Live while training: the weight lines, the perceptron's w, b and its line follow the
        snapshots' weights."""
        if getattr(snap, "weights", None) is not None:
            self._show_fans(snap.weights)
        node_id = self._perceptron_node()
        if node_id is None:
            return
        weights = (snap.weights or {}).get(node_id) if getattr(snap, "weights", None) else None
        if weights is None and self.live.worker is None:
            weights = self._current_weights()
        if weights is not None:
            self._show_perceptron(weights)

    def _dataset_changed(self, dataset) -> None:
        self.plane.set_dataset(dataset)
        self.panel.set_samples(dataset)
        if self.active:
            self._queue_refresh()

    def _project_replaced(self, project) -> None:
        self.stop()
        self._show_fans(None)
        self._unwatch_project(self.project)
        self.project = project
        self._watch_project(project)
        self._clear_badges()
        self.plane.set_dataset(self.window.dataset())
        self.panel.set_samples(self.window.dataset())
        self._show_perceptron(None)
