"""The Data panel's scatter preview of the points: training points filled, test points hollow.

A pyqtgraph widget, so it is built after the window's first paint (guinet.gui.deferred); it needs only
numpy and pyqtgraph, never torch.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from .. import theme
from ..i18n import engine_text
from .menus import own_menus

# Drawing more points than this tells nothing new and slows the panel down.
MAX_PREVIEW_POINTS = 2000

theme.configure_pyqtgraph()


class DataPreview(pg.PlotWidget):
    """Training points filled, test points hollow, coloured by class (or by target for regression)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(190)
        self.setMaximumHeight(320)
        item = self.getPlotItem()
        own_menus(self, item, enabled=False)
        item.hideButtons()
        item.setAspectLocked(False)
        self.train_points = pg.ScatterPlotItem(size=6, pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=6, pxMode=True)
        item.addItem(self.train_points)
        item.addItem(self.test_points)
        self.dataset = None
        self.apply_theme()
        # A bound method (not a lambda holding self) so Qt drops the connection when the plot is deleted.
        theme.notifier().changed.connect(self._theme_changed)

    def _theme_changed(self, _name: str) -> None:
        self.apply_theme()

    def apply_theme(self) -> None:
        theme.style_plot(self)
        self.show_dataset(self.dataset)

    def show_dataset(self, dataset) -> None:
        self.dataset = dataset
        item = self.getPlotItem()
        if dataset is None:
            self.train_points.clear()
            self.test_points.clear()
            item.setLabel("bottom", "")
            item.setLabel("left", "")
            return
        (xy_train, xy_test), (xname, yname) = _plot_coordinates(dataset)
        c = theme.colors()
        rng = np.random.default_rng(0)
        for scatter, xy, targets, hollow in ((self.train_points, xy_train, dataset.y_train, False),
                                             (self.test_points, xy_test, dataset.y_test, True)):
            if len(xy) > MAX_PREVIEW_POINTS:
                keep = np.sort(rng.choice(len(xy), MAX_PREVIEW_POINTS, replace=False))
                xy, targets = xy[keep], targets[keep]
            colors = _point_colors(dataset, targets, c)
            if hollow:
                pens = [pg.mkPen(col, width=1.5) for col in colors]
                scatter.setData(x=xy[:, 0], y=xy[:, 1], pen=pens, brush=pg.mkBrush(0, 0, 0, 0), symbol="o")
            else:
                edge = QColor(c.plot_background)
                scatter.setData(x=xy[:, 0], y=xy[:, 1], pen=pg.mkPen(edge, width=0.8),
                                brush=[pg.mkBrush(col) for col in colors], symbol="o")
        item.setLabel("bottom", xname)
        item.setLabel("left", yname)
        extent = dataset.extent if dataset.points_train is not None else None
        if extent is not None:
            item.setXRange(extent[0], extent[1], padding=0)
            item.setYRange(extent[2], extent[3], padding=0)
        else:
            item.enableAutoRange()

    def point_count(self) -> int:
        return len(self.train_points.data) + len(self.test_points.data)


def _plot_coordinates(dataset) -> tuple[tuple[np.ndarray, np.ndarray], tuple[str, str]]:
    """Where each sample sits in the preview: its plane point, else its first two inputs, else its only
    input against the target."""
    if dataset.points_train is not None:
        return (dataset.points_train, dataset.points_test), \
            tuple(engine_text(a) for a in getattr(dataset, "plane_axes", ("x1", "x2")))
    names = dataset.feature_names
    if dataset.x_train.shape[1] >= 2:
        return (dataset.x_train[:, :2], dataset.x_test[:, :2]), (names[0], names[1])
    train = np.column_stack([dataset.x_train[:, 0], dataset.y_train.astype(np.float32)])
    test = np.column_stack([dataset.x_test[:, 0], dataset.y_test.astype(np.float32)])
    return (train, test), (names[0] if names else "x", "target")


def _point_colors(dataset, targets: np.ndarray, c: theme.Colors) -> list[QColor]:
    if dataset.task == "classification":
        palette = [QColor(h) for h in c.classes]
        return [palette[int(t) % len(palette)] for t in targets]
    # Regression: orange for low targets through neutral to blue for high ones.
    lo, hi = float(np.min(dataset.y_train)), float(np.max(dataset.y_train))
    span = hi - lo if hi > lo else 1.0
    cmap = pg.ColorMap([0.0, 0.5, 1.0], [QColor(c.classes[0]), QColor(c.muted), QColor(c.classes[1])])
    return list(cmap.map(np.clip((np.asarray(targets, float) - lo) / span, 0, 1), mode="qcolor"))
