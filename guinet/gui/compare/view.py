"""The comparison window: overlaid loss and accuracy curves (a colour per variant), small multiples of
the decision boundaries, gradient flow per variant and a sortable results table.

It only draws what the controller hands it (CompareFrames' snapshots, plain numpy data) and asks the
controller for what the buttons do; it never touches a trainer.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.compare import VariantResult, best_result
from ...core.snapshot import DIVERGED, RUNNING, Snapshot
from .. import theme
from ..i18n import engine_text
from ..plots.base import FollowRange, LiveCurve, PlotPanel, Series
from ..plots.boundary import DecisionBoundaryPlot
from ..plots.gradflow import short_name

# Small multiples: at most this many decision boundaries (the table and curves show every variant).
MAX_BOUNDARIES = 16
# A palette of clearly different colours for up to ten variants (Tableau 10); more get evenly spaced hues.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf")

# Marked for the catalogue (packaging/translation_sources.py reads QT_TRANSLATE_NOOP); tr() where shown.
COLUMNS = (QT_TRANSLATE_NOOP("CompareWindow", "Variant"), QT_TRANSLATE_NOOP("CompareWindow", "Train loss"),
           QT_TRANSLATE_NOOP("CompareWindow", "Test loss"), QT_TRANSLATE_NOOP("CompareWindow", "Train acc."),
           QT_TRANSLATE_NOOP("CompareWindow", "Test acc."),
           QT_TRANSLATE_NOOP("CompareWindow", "Reached target (epoch)"),
           QT_TRANSLATE_NOOP("CompareWindow", "Seconds"), QT_TRANSLATE_NOOP("CompareWindow", "Steps/s"),
           QT_TRANSLATE_NOOP("CompareWindow", "State"))
# A variant's or the comparison's state (guinet.core.snapshot's names, and the controller's "paused").
STATES = {"running": QT_TRANSLATE_NOOP("CompareWindow", "running"),
          "finished": QT_TRANSLATE_NOOP("CompareWindow", "finished"),
          "stopped": QT_TRANSLATE_NOOP("CompareWindow", "stopped"),
          "diverged": QT_TRANSLATE_NOOP("CompareWindow", "diverged"),
          "paused": QT_TRANSLATE_NOOP("CompareWindow", "paused")}


def state_text(state: str) -> str:
    return tr(STATES[state]) if state in STATES else state


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareWindow", text)


def fitting_size(window: QWidget, width: int, height: int) -> QSize:
    """The size asked for, or less where the screen is smaller: on a 1024x640 screen the window's
    table and boundaries fell off the bottom edge."""
    screen = (window.parentWidget().screen() if window.parentWidget() is not None
              else QGuiApplication.primaryScreen())
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    # Leave room for the frame the window manager adds (title bar and borders).
    return QSize(min(width, room.width() - 16), min(height, room.height() - 48))


def variant_color(i: int, n: int) -> QColor:
    if n <= len(PALETTE):
        return QColor(PALETTE[i])
    return pg.intColor(i, hues=n, values=1, maxValue=220, minValue=150)


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


class _NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number (missing values last)."""

    def __init__(self, text: str, value: float | None) -> None:
        super().__init__(text)
        self.value = math.inf if value is None or not math.isfinite(value) else float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


def outside_legend(panel: PlotPanel, col: int) -> pg.LegendItem:
    """A legend in a layout column of its own, right of the plots, so no name covers a curve."""
    c = theme.colors()
    legend = pg.LegendItem(labelTextSize="8pt", verSpacing=-4)
    panel.ci.addItem(legend, row=1, col=col, rowspan=2)
    panel.ci.layout.setColumnStretchFactor(col, 0)
    theme.restyle_legend(legend, c.plot_foreground, c.plot_background, alpha=0)
    panel._legends.append(legend)    # re-coloured with the theme, as the panel's own legends
    return legend


class CompareCurves(PlotPanel):
    """Per-step training loss (log scale) and the accuracy at each snapshot, one colour per variant."""

    export_name = "comparison-curves"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_plot = self.new_plot(0, 0)
        self.acc_plot = self.new_plot(0, 1)
        self.set_pair(self.loss_plot, self.acc_plot, (3, 2))
        self.csv_item = self.loss_plot
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.setLabel("left", tr("training loss"))
        # Epochs, not steps: variants with other batch sizes take other numbers of steps per epoch.
        self.loss_plot.setLabel("bottom", tr("epoch (each step's mini-batch loss)"))
        self.acc_plot.setLabel("left", tr("training accuracy"))
        self.acc_plot.setLabel("bottom", tr("epoch"))
        self.acc_plot.setYRange(0, 1.02, padding=0)
        self.loss_range = FollowRange(self.loss_plot)
        # The legend stands in a column of its own, right of both plots: inside the loss plot, eight
        # variants' names covered the curves the learner is comparing.
        self.legend = outside_legend(self, col=2)
        self.loss_series: list[Series] = []
        self.acc_series: list[Series] = []
        self.loss_curves: list[LiveCurve] = []
        self.acc_curves: list[LiveCurve] = []

    def set_variants(self, labels: list[str], colors: list[QColor]) -> None:
        for curve in self.loss_curves:
            self.loss_plot.removeItem(curve)
            self.legend.removeItem(curve)
        for curve in self.acc_curves:
            self.acc_plot.removeItem(curve)
        self.loss_series = [Series() for _ in labels]
        self.acc_series = [Series() for _ in labels]
        self.loss_curves, self.acc_curves = [], []
        for label, color, ls, acc in zip(labels, colors, self.loss_series, self.acc_series):
            curve = LiveCurve(ls, name=label, pen=pg.mkPen(color, width=1.6))
            self.loss_plot.addItem(curve)
            self.legend.addItem(curve, label)
            self.loss_curves.append(curve)
            a = LiveCurve(acc, pen=pg.mkPen(color, width=1.6))
            self.acc_plot.addItem(a)
            self.acc_curves.append(a)
        self.legend.setVisible(len(labels) <= 12)
        self.loss_range.reset()

    def add(self, i: int, snap: Snapshot, steps_per_epoch: int = 1) -> None:
        if len(snap.new_losses):
            losses = np.asarray(snap.new_losses, np.float64)
            keep = np.isfinite(losses) & (losses > 0)
            if keep.any():
                epochs = np.asarray(snap.new_steps, np.float64)[keep] / max(1, steps_per_epoch)
                self.loss_series[i].append(epochs, losses[keep])
        if snap.train_accuracy is not None and math.isfinite(snap.train_accuracy):
            series = self.acc_series[i]
            if not len(series) or snap.epoch >= series.x_last:
                series.append([float(snap.epoch)], [float(snap.train_accuracy)])

    def redraw(self) -> None:
        for curve in self.loss_curves + self.acc_curves:
            curve.refresh()
        kept = [s for s in self.loss_series if len(s)]
        if kept:
            self.loss_range.update(max(s.x_last for s in kept), min(s.y_min for s in kept),
                                   max(s.y_max for s in kept), log_y=True)
        acc = [s for s in self.acc_series if len(s)]
        if acc:
            self.acc_plot.setXRange(0, max(1.0, max(s.x_last for s in acc)), padding=0.02)
        self.draw_count += 1


class CompareGradients(PlotPanel):
    """The gradient's L2 norm per layer (input to output, log scale), one line per variant."""

    export_name = "comparison-gradient-flow"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.new_plot(0, 0)
        self.csv_item = self.plot
        self.plot.setLogMode(y=True)
        self.plot.setLabel("left", tr("‖grad‖₂ (last step)"))
        self.set_header(tr("gradient flow: each line is a variant, input layer on the left; a line that falls "
                           "steeply to the left means vanishing gradients"))
        self.legend = outside_legend(self, col=1)
        self.items: list[pg.PlotDataItem] = []
        self.layer_names: list[str] = []

    def set_variants(self, labels: list[str], colors: list[QColor]) -> None:
        for item in self.items:
            self.plot.removeItem(item)
            self.legend.removeItem(item)
        self.items = []
        for label, color in zip(labels, colors):
            item = pg.PlotDataItem([], [], name=label, pen=pg.mkPen(color, width=1.6), symbol="o", symbolSize=5,
                                   symbolBrush=pg.mkBrush(color), symbolPen=None)
            self.plot.addItem(item)
            self.legend.addItem(item, label)
            self.items.append(item)
        self.legend.setVisible(len(labels) <= 12)
        self.layer_names = []

    def show(self, i: int, snap: Snapshot) -> None:  # noqa: A003 - reads as "show this snapshot"
        if not snap.grad_norms:
            return
        names = list(snap.layer_names)
        if len(names) > len(self.layer_names):
            self.layer_names = names
            self.plot.getAxis("bottom").setTicks([[(k, short_name(n, len(names))) for k, n in enumerate(names)]])
        norms = np.array([snap.grad_norms.get(n, np.nan) for n in names], np.float64)
        ok = np.isfinite(norms) & (norms > 0)
        self.items[i].setData(np.arange(len(names))[ok], norms[ok])


class CompareWindow(QMainWindow):
    """A window of its own beside the main window (like an experiment manager)."""

    pause_requested = Signal()
    resume_requested = Signal()
    stop_requested = Signal()
    promote_requested = Signal(int)      # variant index
    restart_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compare_window")
        self.setWindowTitle(tr("Compare Runs"))
        self.labels: list[str] = []
        self.colors: list[QColor] = []
        self.results: list[VariantResult] = []
        self.target = 0.95
        self.state = "idle"

        self.curves = CompareCurves()
        self.curves.setObjectName("compare_curves")
        self.gradients = CompareGradients()
        self.gradients.setObjectName("compare_gradients")
        self.boundary_area = QScrollArea()
        self.boundary_area.setObjectName("compare_boundaries")
        self.boundary_area.setWidgetResizable(True)
        self.boundary_grid_host = QWidget()
        self.boundary_grid = QGridLayout(self.boundary_grid_host)
        self.boundary_grid.setContentsMargins(2, 2, 2, 2)
        self.boundary_area.setWidget(self.boundary_grid_host)
        self.boundaries: list[DecisionBoundaryPlot] = []
        self.boundary_titles: list[QLabel] = []
        self.views = QTabWidget()
        self.views.setObjectName("compare_views")
        self.views.addTab(self.boundary_area, tr("Decision boundaries"))
        self.views.addTab(self.gradients, tr("Gradient flow"))

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.promote_selected())

        self.leader = QLabel()
        self.leader.setObjectName("compare_leader")
        font = self.leader.font()
        font.setBold(True)
        self.leader.setFont(font)
        self.leader.setWordWrap(True)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(4, 4, 4, 0)
        top_box.addWidget(self.leader)
        top_box.addWidget(self.curves, 1)
        # Curves across the top; below them the table (sorted by training loss: the winner on top)
        # beside the decision boundaries and the gradient flow.
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("compare_bottom_splitter")
        bottom.addWidget(self.table)
        bottom.addWidget(self.views)
        bottom.setStretchFactor(0, 5)
        bottom.setStretchFactor(1, 4)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("compare_splitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_actions()
        self.resize(fitting_size(self, 1000, 720))

    # ------------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        toolbar = self.addToolBar(tr("Comparison"))
        toolbar.setObjectName("compare_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name, text, icon, keys, tip, slot) -> QAction:
            a = QAction(theme.icon(icon), text, self)
            a.setObjectName(f"compare_{name}")
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
            shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            a.setToolTip(f"{tip} ({shown})" if keys else tip)
            a.triggered.connect(slot)
            toolbar.addAction(a)
            return a

        self.pause_action = action("pause", tr("&Pause All"), "media-pause", ("Space",),
                                   tr("Pause every variant; press again to resume"), self._pause_clicked)
        self.stop_action = action("stop", tr("&Stop All"), "media-stop", ("Shift+F5",),
                                  tr("Stop every variant where it is"), self.stop_requested.emit)
        self.restart_action = action("restart", tr("&Train Again"), "media-train", ("Ctrl+Return",),
                                     tr("Train the same variants again from their initial weights"),
                                     self.restart_requested.emit)
        toolbar.addSeparator()
        self.promote_action = action("promote", tr("&Use This Variant"), "ok", ("Ctrl+U",),
                                     tr("Make the selected variant's settings the project's (undoable in the "
                                        "main window)"), self.promote_selected)
        self.export_action = action("export", tr("&Export Table…"), "document-save-as", ("Ctrl+E",),
                                    tr("Save the results table as CSV"), self.ask_export_csv)
        self._update_actions()

    def _pause_clicked(self) -> None:
        (self.resume_requested if self.state == "paused" else self.pause_requested).emit()

    def set_state(self, state: str) -> None:
        self.state = state
        self.pause_action.setText(tr("&Resume All") if state == "paused" else tr("&Pause All"))
        self.pause_action.setIcon(theme.icon("media-train" if state == "paused" else "media-pause"))
        self._update_actions()
        self._update_leader()

    def _update_actions(self) -> None:
        active = self.state in ("running", "paused")
        self.pause_action.setEnabled(active)
        self.stop_action.setEnabled(active)
        self.restart_action.setEnabled(not active and bool(self.labels))
        self.promote_action.setEnabled(self.selected_index() is not None)
        self.export_action.setEnabled(bool(self.results))

    # ------------------------------------------------------------------ content

    def set_variants(self, labels: list[str], dataset, title: str, target: float) -> None:
        self.labels = [engine_text(label) for label in labels]   # in the window's language
        self.target = target
        n = len(labels)
        self.colors = [variant_color(i, n) for i in range(n)]
        self.setWindowTitle(tr("Compare Runs — {0}").format(title))
        self.curves.set_variants(self.labels, self.colors)
        self.gradients.set_variants(self.labels, self.colors)
        for widget in self.boundaries + self.boundary_titles:
            self.boundary_grid.removeWidget(widget)
            widget.deleteLater()
        self.boundaries, self.boundary_titles = [], []
        shown = min(n, MAX_BOUNDARIES) if dataset is not None and dataset.has_plane else 0
        columns = max(1, min(4, math.ceil(math.sqrt(shown)))) if shown else 1
        for i in range(shown):
            title_label = QLabel(f"<span style='color:{self.colors[i].name()}'>■</span> {self.labels[i]}")
            title_label.setObjectName(f"compare_boundary_title_{i}")
            plot = DecisionBoundaryPlot()
            plot.setObjectName(f"compare_boundary_{i}")
            plot.setMinimumSize(150, 140)
            plot.set_dataset(dataset)
            plot.set_header("")
            plot.plot.hideAxis("left")
            plot.plot.hideAxis("bottom")
            r, c = divmod(i, columns)
            self.boundary_grid.addWidget(title_label, 2 * r, c)
            self.boundary_grid.addWidget(plot, 2 * r + 1, c)
            self.boundaries.append(plot)
            self.boundary_titles.append(title_label)
        self.views.setTabEnabled(0, shown > 0)
        if not shown:
            self.views.setCurrentIndex(1)
        self.results = []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        headers = [tr(c) for c in COLUMNS]
        headers[5] = tr("Epoch to {0:.0%}").format(target)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeaderItem(5).setToolTip(tr(
            "The first epoch at which a snapshot (several a second) showed this training accuracy or more."))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)   # lowest training loss first
        self._update_actions()
        self._update_leader()

    def show_snapshot(self, i: int, snap: Snapshot, result: VariantResult, *, draw_views: bool) -> None:
        self.curves.add(i, snap, result.steps_per_epoch if result is not None else 1)
        if draw_views:
            if i < len(self.boundaries) and snap.grid is not None:
                self.boundaries[i].show_snapshot(snap)
            self.gradients.show(i, snap)

    def finish_frame(self, results: list[VariantResult]) -> None:
        self.curves.redraw()
        self.results = list(results)
        self._fill_table()
        self._update_leader()
        self._update_actions()

    def _fill_table(self) -> None:
        selected = self.selected_index()
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.results))
        best = best_result(self.results)
        for row, r in enumerate(self.results):
            cells = [
                QTableWidgetItem(_swatch(self.colors[r.index]), self._label(r)),
                _NumberItem(_num(r.train_loss), r.train_loss), _NumberItem(_num(r.test_loss), r.test_loss),
                _NumberItem(_pct(r.train_accuracy), None if r.train_accuracy is None else -r.train_accuracy),
                _NumberItem(_pct(r.test_accuracy), None if r.test_accuracy is None else -r.test_accuracy),
                _NumberItem("–" if r.reached_epoch is None else str(r.reached_epoch), r.reached_epoch),
                _NumberItem(f"{r.seconds:.2f}", r.seconds),
                _NumberItem(f"{r.steps_per_second:,.0f}", -r.steps_per_second),
                QTableWidgetItem(state_text(r.state)),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, r.index)
            cells[0].setToolTip(", ".join(f"{k} = {v}" for k, v in r.settings.items()))
            if r.state == DIVERGED:
                cells[-1].setToolTip(r.message)
                cells[-1].setForeground(QColor("#d62728"))
            if best is not None and r.index == best.index:
                font = QFont(cells[0].font())
                font.setBold(True)
                for cell in cells:
                    cell.setFont(font)
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
        table.setSortingEnabled(True)
        if selected is not None:
            for row in range(table.rowCount()):
                if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == selected:
                    table.selectRow(row)
                    break

    def _update_leader(self) -> None:
        if not self.results:
            self.leader.setText(tr("Training {0} variants…").format(len(self.labels)) if self.labels else "")
            return
        best = best_result(self.results)
        running = sum(1 for r in self.results if r.state == RUNNING)
        diverged = [self._label(r) for r in self.results if r.diverged]
        if best is None:
            text = tr("No variant has a finite loss yet.")
        else:
            lead = tr("finished best") if not running and self.state not in ("running", "paused") else tr("leads")
            reached = (tr(", reached {0:.0%} training accuracy at epoch {1}").format(self.target, best.reached_epoch)
                       if best.reached_epoch is not None else "")
            text = tr("{0} {1}: training loss {2}{3}").format(self._label(best), lead, _num(best.train_loss),
                                                              reached)
            fastest = [r for r in self.results if r.reached_epoch is not None]
            if fastest:
                quick = min(fastest, key=lambda r: r.reached_epoch)
                if best.reached_epoch is None or quick.reached_epoch < best.reached_epoch:
                    text += tr(" · first to {0:.0%}: {1} (epoch {2})").format(self.target, self._label(quick),
                                                                              quick.reached_epoch)
        if diverged:
            text += tr(" · diverged: {0}").format(", ".join(diverged))
        self.leader.setText(text)

    def _label(self, result) -> str:
        """A variant's label in the window's language (as set_variants was given it)."""
        return self.labels[result.index] if 0 <= result.index < len(self.labels) else engine_text(result.label)

    def selected_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def promote_selected(self) -> None:
        index = self.selected_index()
        if index is not None:
            self.promote_requested.emit(index)

    # ------------------------------------------------------------------ export

    def ask_export_csv(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export results"), "comparison.csv", tr("CSV table (*.csv)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        return self.export_csv(path)

    def export_csv(self, path: str | Path) -> Path:
        path = Path(path)
        keys = sorted({k for r in self.results for k in r.settings})
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["variant", *keys, "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                             f"epoch_reached_{self.target:g}", "seconds", "steps_per_second", "epochs", "steps",
                             "state"])
            for r in self.results:
                writer.writerow([r.label, *(r.settings.get(k, "") for k in keys), _csv(r.train_loss),
                                 _csv(r.test_loss), _csv(r.train_accuracy), _csv(r.test_accuracy),
                                 "" if r.reached_epoch is None else r.reached_epoch, f"{r.seconds:.4f}",
                                 f"{r.steps_per_second:.1f}", r.epoch, r.step, r.state])
        return path


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    if not math.isfinite(x):
        return "NaN" if x != x else "∞"
    return f"{x:.4g}"


def _pct(x: float | None) -> str:
    return "–" if x is None or not math.isfinite(x) else f"{x:.1%}"


def _csv(x: float | None) -> str:
    return "" if x is None else repr(float(x))
