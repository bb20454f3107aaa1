"""The Metrics panel: how well the network on screen classifies or predicts, updated live.

Classification: the confusion matrix of the training or the test split (rows: true class, columns:
predicted class, each cell its count and its share of the true class, shaded by that share) and a
per-class table of precision, recall, F1 and support, with accuracy and balanced accuracy above them.
Regression: predicted against actual targets with the y = x line, and RMSE, MAE and R².

The numbers come from the trainer's snapshots (``Snapshot.confusion_train`` / ``confusion_test`` and
``actual`` / ``predicted``) and go through ``guinet.core.metrics``, the module the command line uses.
``guinet.gui.metrics_dock.MetricsController`` docks it beside the gradient flow and feeds it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import metrics
from .. import theme
from .base import tr
from .menus import own_menus

# The scatter shows at most this many points (snapshots carry at most 2,000).
MAX_SCATTER_POINTS = 2000


def _table(parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class MetricsPanel(QWidget):
    """See the module docstring. ``show_snapshot`` takes a Snapshot; ``set_dataset`` the data on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_panel")
        self.dataset = None
        self.snapshot = None
        self.split = "test"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.summary, 1)
        self.split_buttons = QButtonGroup(self)
        self.test_button = QRadioButton(tr("Test"))
        self.test_button.setToolTip(tr("The held-out test split: how well the network generalizes"))
        self.train_button = QRadioButton(tr("Train"))
        self.train_button.setToolTip(tr("The training split: what the network learned from"))
        self.test_button.setChecked(True)
        for button in (self.test_button, self.train_button):
            self.split_buttons.addButton(button)
            top.addWidget(button)
        self.split_buttons.buttonToggled.connect(self._split_toggled)
        layout.addLayout(top)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.pages.addWidget(self.empty)

        classes = QWidget()
        class_layout = QVBoxLayout(classes)
        class_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix_title = QLabel(tr("Confusion matrix · rows: true class, columns: predicted class"))
        self.matrix_title.setProperty("role", "hint")
        self.matrix_title.setWordWrap(True)   # a narrow bottom row wraps it rather than widening the window
        class_layout.addWidget(self.matrix_title)
        self.matrix = _table()
        self.matrix.setObjectName("confusion_matrix")
        self.matrix.setToolTip(tr("Each cell: how many samples of the row's class the network put in the "
                                  "column's class, and their share of the row's class. The diagonal is right."))
        class_layout.addWidget(self.matrix, 3)
        self.per_class = _table()
        self.per_class.setObjectName("per_class_table")
        self.per_class.setColumnCount(4)
        self.per_class.setHorizontalHeaderLabels([tr("Precision"), tr("Recall"), tr("F1"), tr("Support")])
        self.per_class.horizontalHeaderItem(0).setToolTip(tr("Of the samples predicted as this class, the "
                                                             "share that truly are"))
        self.per_class.horizontalHeaderItem(1).setToolTip(tr("Of the samples of this class, the share the "
                                                             "network found"))
        self.per_class.horizontalHeaderItem(2).setToolTip(tr("The harmonic mean of precision and recall"))
        self.per_class.horizontalHeaderItem(3).setToolTip(tr("How many samples of this class the split holds"))
        class_layout.addWidget(self.per_class, 2)
        self.pages.addWidget(classes)
        self.classes_page = classes

        self.scatter_widget = pg.PlotWidget()
        self.scatter_widget.setObjectName("predicted_vs_actual")
        self.scatter_widget.setMinimumHeight(160)
        plot = self.scatter_widget.getPlotItem()
        own_menus(self.scatter_widget, plot, enabled=False)
        plot.hideButtons()
        plot.setLabel("bottom", tr("actual"))
        plot.setLabel("left", tr("predicted"))
        self.identity = pg.PlotCurveItem(pen=pg.mkPen(QColor(theme.colors().muted), width=1,
                                                      style=Qt.PenStyle.DashLine))
        plot.addItem(self.identity)
        self.scatter = pg.ScatterPlotItem(size=5, pxMode=True)
        plot.addItem(self.scatter)
        self.pages.addWidget(self.scatter_widget)
        theme.style_plot(self.scatter_widget)
        theme.notifier().changed.connect(self._theme_changed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.clear()

    # ------------------------------------------------------------------ inputs

    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self.clear()

    def clear(self) -> None:
        self.snapshot = None
        regression = self.dataset is not None and self.dataset.task == "regression"
        self.train_button.setEnabled(not regression)
        self.test_button.setEnabled(not regression)
        if self.dataset is None:
            self.empty.setText(tr("Metrics appear once there is data to learn from."))
        else:
            self.empty.setText(tr("Train the network to see its confusion matrix and per-class scores here.")
                               if not regression else
                               tr("Train the network to see its predictions against the actual targets here."))
        self.summary.setText("")
        self.pages.setCurrentWidget(self.empty)

    def show_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap is None or self.dataset is None:
            self.clear()
            return
        if self.dataset.task == "classification":
            self._show_classes(snap)
        else:
            self._show_regression(snap)

    def _split_toggled(self, button, checked: bool) -> None:
        if checked:
            self.split = "train" if button is self.train_button else "test"
            if self.snapshot is not None:
                self.show_snapshot(self.snapshot)

    def _theme_changed(self, _name: str) -> None:
        theme.style_plot(self.scatter_widget)
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    # ------------------------------------------------------------------ classification

    def _show_classes(self, snap) -> None:
        cm = snap.confusion_test if self.split == "test" else snap.confusion_train
        if cm is None and self.split == "test" and snap.confusion_train is not None:
            self.summary.setText(tr("There is no test split (the training share is 1); showing the training "
                                    "split."))
            cm, split = snap.confusion_train, "train"
        else:
            split = self.split
        if cm is None:
            self.pages.setCurrentWidget(self.empty)
            return
        names = list(self.dataset.class_names or [str(k) for k in range(cm.shape[0])])
        if len(names) != cm.shape[0]:
            names = [str(k) for k in range(cm.shape[0])]
        report = metrics.classification_report(cm, names)
        total = int(cm.sum())
        sampled = (tr(" (a sample of {n:,})").format(n=total)
                   if total < len(self.dataset.y_test if split == "test" else self.dataset.y_train) else "")
        if report.accuracy is not None:
            self.summary.setText(tr("{split} split, {n:,} samples{sampled}: accuracy {acc:.1%}, balanced "
                                    "accuracy {bal:.1%}").format(
                split=tr("Test") if split == "test" else tr("Training"), n=total, sampled=sampled,
                acc=report.accuracy, bal=report.balanced_accuracy or 0.0))
        self._fill_matrix(cm, names)
        self._fill_per_class(report)
        self.pages.setCurrentWidget(self.classes_page)

    def _fill_matrix(self, cm: np.ndarray, names: list[str]) -> None:
        k = cm.shape[0]
        table = self.matrix
        if table.rowCount() != k or [table.verticalHeaderItem(i).text() if table.verticalHeaderItem(i) else ""
                                     for i in range(k)] != names:
            table.setRowCount(k)
            table.setColumnCount(k)
            table.setVerticalHeaderLabels(names)
            table.setHorizontalHeaderLabels(names)
        rows = cm.sum(axis=1)
        c = theme.colors()
        good, bad = QColor(c.classes[1 % len(c.classes)]), QColor(c.classes[0])
        base = QColor(c.plot_background)
        for i in range(k):
            for j in range(k):
                count = int(cm[i, j])
                share = count / rows[i] if rows[i] else 0.0
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(i, j, item)
                item.setText(f"{count:,}\n{share:.0%}")
                tint = good if i == j else bad
                item.setBackground(QBrush(_mix(base, tint, 0.15 + 0.7 * share if count else 0.0)))
                item.setToolTip(tr("{count:,} samples of class {true} predicted as {pred} ({share:.1%} of "
                                   "{true})").format(count=count, true=names[i], pred=names[j], share=share))

    def _fill_per_class(self, report: metrics.ClassificationReport) -> None:
        table = self.per_class
        names = report.class_names
        if table.rowCount() != len(names):
            table.setRowCount(len(names))
        table.setVerticalHeaderLabels(names)
        for i in range(len(names)):
            values = (f"{report.precision[i]:.3f}", f"{report.recall[i]:.3f}", f"{report.f1[i]:.3f}",
                      f"{int(report.support[i]):,}")
            for j, text in enumerate(values):
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(i, j, item)
                item.setText(text)

    # ------------------------------------------------------------------ regression

    def _show_regression(self, snap) -> None:
        if snap.actual is None or snap.predicted is None or not len(snap.actual):
            self.pages.setCurrentWidget(self.empty)
            return
        actual = np.asarray(snap.actual, np.float64)[:MAX_SCATTER_POINTS]
        predicted = np.asarray(snap.predicted, np.float64)[:MAX_SCATTER_POINTS]
        report = metrics.regression_report(actual, predicted)
        r2 = f"{report.r2:.3f}" if report.r2 is not None else "–"
        split = tr("Test") if snap.predicted_split == "test" else tr("Training")
        self.summary.setText(tr("{split} split, {n:,} samples: RMSE {rmse:.4g}, MAE {mae:.4g}, R² {r2}").format(
            split=split, n=report.n, rmse=report.rmse or 0.0, mae=report.mae or 0.0, r2=r2))
        finite = np.isfinite(predicted)
        color = QColor(theme.colors().classes[1 % len(theme.colors().classes)])
        self.scatter.setData(x=actual[finite], y=predicted[finite], pen=None, brush=pg.mkBrush(color))
        lo = float(min(actual.min(), predicted[finite].min() if finite.any() else actual.min()))
        hi = float(max(actual.max(), predicted[finite].max() if finite.any() else actual.max()))
        self.identity.setData([lo, hi], [lo, hi])
        self.pages.setCurrentWidget(self.scatter_widget)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor(int(a.red() + (b.red() - a.red()) * t), int(a.green() + (b.green() - a.green()) * t),
                  int(a.blue() + (b.blue() - a.blue()) * t))
