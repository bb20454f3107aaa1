"""The decision boundary: the network's output over the 2-D input plane, with the data on top.

Two classes: the probability of class 1 as an orange-white-blue heatmap (TensorFlow Playground's
colours). More classes: each pixel mixes the class colours by their probabilities (or shows the
winning class only, with "discretize"). Regression: the predicted surface on the target's colour
scale. Training points are filled, test points hollow, coloured by class (or by target value).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QColor, QImage, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

from ...core.snapshot import Snapshot
from .. import theme
from ..i18n import engine_text
from .base import PlotPanel, cache_static, class_color, class_rgb, tr

# At most this many points per split are drawn: enough to see the data, cheap to repaint 30x/s.
MAX_POINTS = 1500
# How much of each class colour the heatmap uses (the rest is white), so the points stand out.
HEAT_STRENGTH = 0.55


def _lighten(rgb: np.ndarray, strength: float = HEAT_STRENGTH) -> np.ndarray:
    return 1.0 - strength * (1.0 - rgb)


def binary_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8: class-0 orange at 0, white at 0.5, class-1 blue at 1."""
    c0, c1 = _lighten(class_rgb(2))
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)[:, None]
    lower = c0 + (1.0 - c0) * np.clip(t * 2.0, 0, 1)          # orange -> white
    upper = 1.0 + (c1 - 1.0) * np.clip(t * 2.0 - 1.0, 0, 1)   # white -> blue
    rgb = np.where(t < 0.5, lower, upper)
    return (rgb * 255).round().astype(np.uint8)


def regression_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 for regression targets: low values orange, high values blue (as the classes)."""
    return binary_lut(n)


def _subsample(n: int, limit: int) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.linspace(0, n - 1, limit).round().astype(np.int64)


class HeatmapItem(QGraphicsPixmapItem):
    """The network's output over the plane as an image that Qt draws by itself. pyqtgraph's
    ImageItem paints in Python (colour lookup, then a scaled drawImage), so every repaint of the
    boundary held the GIL the training thread needs; this item's paint is Qt's own (C++), and the
    colours are looked up once per new grid. ``image`` keeps pyqtgraph's (x1, x2) order."""

    def __init__(self) -> None:
        super().__init__()
        self.image: np.ndarray | None = None
        self.levels: tuple[float, float] | None = None
        self._rect: QRectF | None = None

    def setImage(self, image: np.ndarray, levels=(0.0, 1.0), lut: np.ndarray | None = None,  # noqa: N802
                 autoLevels: bool = False) -> None:  # noqa: N803 - pyqtgraph's names
        """``image``: (x1, x2) values mapped through ``lut`` ((n, 3) uint8) over ``levels``, or
        (x1, x2, 3) uint8 colours."""
        image = np.asarray(image)
        self.image = image
        if image.ndim == 3:
            self.levels = None
            rgb = image.astype(np.uint8, copy=False)
        else:
            lo, hi = self.levels = tuple(float(v) for v in levels)
            n = len(lut)
            index = np.clip((image - lo) * (n / (hi - lo if hi > lo else 1.0)), 0, n - 1).astype(np.intp)
            rgb = lut[index]
        rows = np.ascontiguousarray(rgb.transpose(1, 0, 2))   # a row per x2 value
        height, width = rows.shape[:2]
        qimage = QImage(rows.data, width, height, 3 * width, QImage.Format.Format_RGB888)
        self.setPixmap(QPixmap.fromImage(qimage))   # a copy: rows may go
        self._place()

    def setRect(self, rect: QRectF) -> None:  # noqa: N802 - pyqtgraph's name
        self._rect = QRectF(rect)
        self._place()

    def _place(self) -> None:
        pixmap = self.pixmap()
        if self._rect is None or pixmap.isNull():
            return
        r = self._rect
        self.setPos(r.x(), r.y())
        self.setTransform(QTransform.fromScale(r.width() / pixmap.width(), r.height() / pixmap.height()))

    def clear(self) -> None:
        self.image = None
        self.levels = None
        self.setPixmap(QPixmap())


class DecisionBoundaryPlot(PlotPanel):
    export_name = "decision-boundary"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.new_plot(0, 0, grid=False)
        self.csv_item = self.plot
        self.plot.setLabel("bottom", "x1")
        self.plot.setLabel("left", "x2")
        self.dataset = None
        self.image = HeatmapItem()
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.message = pg.TextItem("", color=self._foreground, anchor=(0.5, 0.5))
        # Not cached (cache_static): in a real window the cached box kept its empty first picture and
        # the one-class hint showed as a blank box. It is one item, shown only with a message.
        self.plot.addItem(self.message, ignoreBounds=True)
        # Messages wrap inside the plot, whatever its size (a narrow dock cut them at both edges).
        self.plot.vb.sigResized.connect(self._wrap_message)
        self.point_items: list[pg.PlotDataItem] = []
        self.discretize = False
        self.task = "classification"
        self.n_classes = 2
        self.target_range = (0.0, 1.0)
        self.extent: tuple[float, float, float, float] | None = None
        self.last_grid: np.ndarray | None = None
        self.last_grid_extent = None
        self._lut = binary_lut()
        self._class_lut = None
        self._image_rect_key = None
        self._one_class_shown = False

        self.discretize_action = QAction(tr("Discretize output"), self)
        self.discretize_action.setCheckable(True)
        self.discretize_action.setToolTip(tr("Show only the predicted class (or value bands) instead of the "
                                             "network's confidence."))
        self.discretize_action.toggled.connect(self.set_discretize)
        self.plot.vb.menu.addAction(self.discretize_action)

    # ------------------------------------------------------------------ data set

    def set_dataset(self, dataset) -> None:
        """Draws the data points (built once per data set) and frames the input plane."""
        self.dataset = dataset
        for item in self.point_items:
            self.plot.removeItem(item)
        self.point_items.clear()
        self.clear_output()
        if dataset is None or dataset.points_train is None or dataset.extent is None:
            self.extent = None
            self.set_header("")
            self.message.setText(tr("The decision boundary needs a 2-D data set\n(logic gates or toy sets)."))
            self._wrap_message()
            self.message.setPos(0.5, 0.5)
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            return
        self.message.setText("")
        axes = tuple(engine_text(a) for a in getattr(dataset, "plane_axes", ("x1", "x2")))
        self.plot.setLabel("bottom", axes[0])
        self.plot.setLabel("left", axes[1])
        if getattr(dataset, "plane_basis", None) is not None:
            # More than two inputs: the plane is a projection (guinet.core.data._add_projection).
            self.set_header(tr("plane of the first two principal components of the {n} inputs").format(
                n=dataset.n_features) + self.HEADER_SEPARATOR + tr("● training   ○ test"))
        else:
            # Short, so that it fits a narrow panel; what the colours are is the tooltip.
            self.set_header(tr("● training   ○ test"))
        self.setToolTip(tr("The colours are the network's output over the input plane; filled points are "
                           "the training data, hollow points the test data."))
        self.task = dataset.task
        self.n_classes = dataset.n_classes
        self.extent = tuple(float(v) for v in dataset.extent)
        if self.task == "regression":
            targets = np.concatenate([np.asarray(dataset.y_train, np.float64), np.asarray(dataset.y_test, np.float64)])
            lo, hi = (float(targets.min()), float(targets.max())) if len(targets) else (0.0, 1.0)
            self.target_range = (lo, hi if hi > lo else lo + 1.0)
            self._lut = regression_lut()
            self._add_regression_points(dataset)
        else:
            self._lut = binary_lut()
            rgb = _lighten(class_rgb(self.n_classes))
            self._class_lut = rgb.astype(np.float32)
            self._add_class_points(dataset)
        x0, x1, y0, y1 = self.extent
        self.plot.vb.setLimits(xMin=x0 - (x1 - x0), xMax=x1 + (x1 - x0), yMin=y0 - (y1 - y0), yMax=y1 + (y1 - y0))
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.plot.vb.disableAutoRange()

    def show_empty_plane(self, extent: tuple[float, float, float, float], message: str) -> None:
        """No data yet, but a plane to draw on (drawn points, none so far): frame it and say what to do."""
        self.set_dataset(None)
        self.extent = tuple(float(v) for v in extent)
        x0, x1, y0, y1 = self.extent
        self.plot.setLabel("bottom", "x1")
        self.plot.setLabel("left", "x2")
        self.message.setText(message)
        self.message.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        self.plot.vb.setLimits(xMin=x0 - (x1 - x0), xMax=x1 + (x1 - x0), yMin=y0 - (y1 - y0), yMax=y1 + (y1 - y0))
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.plot.vb.disableAutoRange()

    def _add_class_points(self, dataset) -> None:
        for split, points, labels, filled in (("train", dataset.points_train, dataset.y_train, True),
                                              ("test", dataset.points_test, dataset.y_test, False)):
            if points is None or not len(points):
                continue
            keep = _subsample(len(points), MAX_POINTS)
            points, labels = np.asarray(points)[keep], np.asarray(labels)[keep]
            for k in range(self.n_classes):
                mask = labels == k
                if not mask.any():
                    continue
                color = class_color(k)
                if filled:
                    style = dict(symbolBrush=pg.mkBrush(color), symbolPen=pg.mkPen("w", width=0.8))
                else:
                    style = dict(symbolBrush=None, symbolPen=pg.mkPen(color, width=1.6))
                names = getattr(dataset, "class_names", None) or []
                label = names[k] if k < len(names) else f"class {k}"
                item = pg.PlotDataItem(points[mask, 0], points[mask, 1], pen=None, symbol="o", symbolSize=7,
                                       name=f"{split} {label}", **style)
                self.plot.addItem(item)
                cache_static(item)
                self.point_items.append(item)

    def _add_regression_points(self, dataset) -> None:
        lo, hi = self.target_range
        lut = regression_lut()
        for split, points, values, filled in (("train", dataset.points_train, dataset.y_train, True),
                                              ("test", dataset.points_test, dataset.y_test, False)):
            if points is None or not len(points):
                continue
            keep = _subsample(len(points), MAX_POINTS)
            points, values = np.asarray(points)[keep], np.asarray(values, np.float64)[keep]
            idx = np.clip(((values - lo) / (hi - lo) * 255).astype(int), 0, 255)
            # Saturated versions of the surface colours so points stand out on it.
            colors = [QColor(*(int(c) for c in (255 - (255 - lut[i]) / HEAT_STRENGTH).clip(0, 255))) for i in idx]
            if filled:
                style = dict(symbolBrush=[pg.mkBrush(c) for c in colors], symbolPen=pg.mkPen("w", width=0.8))
            else:
                style = dict(symbolBrush=None, symbolPen=[pg.mkPen(c, width=1.6) for c in colors])
            item = pg.PlotDataItem(points[:, 0], points[:, 1], pen=None, symbol="o", symbolSize=7,
                                   name=f"{split} points", **style)
            self.plot.addItem(item)
            cache_static(item)
            self.point_items.append(item)

    def restyle(self) -> None:
        self.message.setColor(self._foreground)
        if self.dataset is not None:
            grid, extent = self.last_grid, self.last_grid_extent
            self.set_dataset(self.dataset)
            if grid is not None:
                self.last_grid, self.last_grid_extent = grid, extent
                self._draw_grid(grid, extent)

    # ------------------------------------------------------------------ output

    def set_discretize(self, on: bool) -> None:
        self.discretize = bool(on)
        if self.discretize_action.isChecked() != self.discretize:
            self.discretize_action.setChecked(self.discretize)
        if self.last_grid is not None:
            self._draw_grid(self.last_grid, self.last_grid_extent)

    def show_snapshot(self, snap: Snapshot) -> None:
        if snap.grid is None:
            return
        self.last_grid = snap.grid
        self.last_grid_extent = snap.grid_extent
        self._draw_grid(snap.grid, snap.grid_extent)
        self.draw_count += 1

    def _draw_grid(self, grid: np.ndarray, extent) -> None:
        grid = np.asarray(grid)
        if grid.ndim == 3:
            # K classes: mix the class colours by probability, or take the winner's colour.
            probs = np.nan_to_num(grid.astype(np.float32, copy=False), nan=0.0)
            lut = self._class_lut if self._class_lut is not None and len(self._class_lut) == probs.shape[2] \
                else _lighten(class_rgb(probs.shape[2]))
            if self.discretize:
                rgb = lut[probs.argmax(axis=2)]
            else:
                rgb = probs @ lut
            image = (np.clip(rgb, 0, 1) * 255).astype(np.uint8)
            # Image order is (x2, x1); pyqtgraph's default axis order wants (x1, x2).
            self.image.setImage(image.transpose(1, 0, 2), levels=(0, 255), lut=None, autoLevels=False)
        else:
            values = np.nan_to_num(grid.astype(np.float32, copy=False), nan=0.5)
            if self.task == "regression":
                lo, hi = self.target_range
                if self.discretize:
                    bands = 8
                    values = lo + (np.floor((values - lo) / (hi - lo) * bands).clip(0, bands - 1) + 0.5) \
                        * (hi - lo) / bands
                levels = (lo, hi)
            else:
                if self.discretize:
                    values = (values >= 0.5).astype(np.float32)
                levels = (0.0, 1.0)
            self.image.setImage(values.T, levels=levels, lut=self._lut, autoLevels=False)
        extent = extent or self.extent
        if extent is not None:
            x0, x1, y0, y1 = (float(v) for v in extent)
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
            key = (x0, x1, y0, y1, grid.shape[:2])
            if self._image_rect_key != key:   # the transform depends on the image size too
                self.image.setRect(rect)
                self._image_rect_key = key
        self._say_one_class(grid, extent)

    def one_class(self, grid: np.ndarray) -> int | None:
        """The class a classifier predicts at every point of the grid, or None."""
        if self.task == "regression" or grid.size == 0:
            return None
        if grid.ndim == 3:
            winners = np.nan_to_num(grid, nan=0.0).argmax(axis=2)
        else:
            winners = (np.nan_to_num(grid, nan=0.5) >= 0.5).astype(np.int64)
        first = int(winners.flat[0])
        return first if bool((winners == first).all()) else None

    def _say_one_class(self, grid: np.ndarray, extent) -> None:
        # One colour everywhere (often near white: every output about 0.5) says nothing by itself.
        cls = self.one_class(grid)
        if cls is None or extent is None:
            if self._one_class_shown:
                self._hide_one_class()
            return
        names = list(getattr(self.dataset, "class_names", None) or [])
        name = names[cls] if cls < len(names) else str(cls)
        self.message.setText(tr("The network predicts class {0} everywhere").format(name))
        x0, x1, y0, y1 = (float(v) for v in extent)
        # On a box of the plot's own colours above the points: readable on any plane, in any theme.
        self.message.fill = pg.mkBrush(theme.colors().plot_background)
        self.message.border = pg.mkPen(self._foreground)
        self.message.setZValue(30)
        self._wrap_message()
        self.message.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        self.message.update()
        self._one_class_shown = True

    def clear_output(self) -> None:
        self.image.clear()
        self.last_grid = None
        self._image_rect_key = None
        if self._one_class_shown:
            self._hide_one_class()

    def _wrap_message(self, *_args) -> None:
        if self.message.textItem.toPlainText():
            self.message.setTextWidth(max(60.0, self.plot.vb.width() * 0.9))

    def _hide_one_class(self) -> None:
        self.message.setText("")
        self.message.setTextWidth(-1)
        self.message.fill = pg.mkBrush(None)
        self.message.border = pg.mkPen(None)
        self._one_class_shown = False
