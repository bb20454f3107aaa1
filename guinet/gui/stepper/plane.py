"""What the step-through adds to the decision-boundary view: a ring around the chosen sample(s),
clicking a training point to choose it, and for a one-neuron network on two inputs (a perceptron)
its decision line w1·x1 + w2·x2 + b = 0, which follows the weights as they learn."""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

# A click picks the nearest training point within this share of the plane's diagonal.
PICK_SHARE = 0.06


def decision_line(w: np.ndarray, b: float, extent, mean=None, std=None) -> tuple[np.ndarray, np.ndarray] | None:
    """The points of w1·u1 + w2·u2 + b = 0 across ``extent`` (x1 min, x1 max, x2 min, x2 max), where
    u = (p − mean)/std are the network's inputs for a plane point p (no standardization: u = p).
    None when w is zero (no line)."""
    w = np.asarray(w, dtype=np.float64).reshape(-1)[:2]
    mean = np.zeros(2) if mean is None else np.asarray(mean, np.float64)
    std = np.ones(2) if std is None else np.asarray(std, np.float64)
    a = w / std
    c = float(b) - float(np.sum(w * mean / std))
    x0, x1, y0, y1 = (float(v) for v in extent)
    if not np.all(np.isfinite(a)) or not np.isfinite(c) or (a[0] == 0 and a[1] == 0):
        return None
    if abs(a[1]) >= abs(a[0]):
        xs = np.array([x0 - (x1 - x0), x1 + (x1 - x0)])
        ys = -(a[0] * xs + c) / a[1]
    else:
        ys = np.array([y0 - (y1 - y0), y1 + (y1 - y0)])
        xs = -(a[1] * ys + c) / a[0]
    return xs, ys


class PlaneOverlay:
    """Items added to the boundary plot (``live.boundary_plot``), drawn over its heatmap."""

    def __init__(self, boundary_plot, on_pick: Callable[[int], None]) -> None:
        self.boundary = boundary_plot
        self.plot = boundary_plot.plot
        self._on_pick = on_pick
        self.picking = False
        self.dataset = None
        self.ring = pg.ScatterPlotItem(size=17, pen=pg.mkPen("#d6246e", width=2.5), brush=None, symbol="o")
        self.ring.setZValue(20)
        self.line = pg.PlotCurveItem(pen=pg.mkPen("#202020", width=2.5, style=Qt.PenStyle.DashLine))
        self.line.setZValue(15)
        self.line_label = pg.TextItem("", color="#202020", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 190))
        self.line_label.setZValue(16)
        for item in (self.ring, self.line, self.line_label):
            self.plot.addItem(item, ignoreBounds=True)
            item.setVisible(False)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self.show_samples([])
        self.show_line(None)

    def show_samples(self, indices: list[int]) -> None:
        ds = self.dataset
        if ds is None or ds.points_train is None or not indices:
            self.ring.setVisible(False)
            return
        pts = np.asarray(ds.points_train)[np.asarray(indices[:200], dtype=np.int64)]
        self.ring.setData(pts[:, 0], pts[:, 1])
        self.ring.setVisible(True)

    def show_line(self, weights: tuple[np.ndarray, float] | None) -> None:
        """The perceptron's line for (w, b); None hides it."""
        ds = self.dataset
        if weights is None or ds is None or ds.extent is None:
            self.line.setVisible(False)
            self.line_label.setVisible(False)
            return
        w, b = weights
        points = decision_line(w, b, ds.extent, ds.mean, ds.std)
        if points is None:
            self.line.setVisible(False)
            self.line_label.setVisible(False)
            return
        self.line.setData(*points)
        self.line.setVisible(True)
        x0, x1, y0, y1 = ds.extent
        w = np.asarray(w).reshape(-1)
        self.line_label.setText(f"{w[0]:.2f}·x1 + {w[1]:.2f}·x2 + {float(b):.2f} = 0"
                                .replace("+ -", "− ").replace("-", "−"))
        self.line_label.setPos(x0, y1)   # the top-left corner, clear of the gate's points
        self.line_label.setVisible(True)

    def pick_at(self, x: float, y: float) -> int | None:
        """The training point nearest to (x, y) in plane coordinates, if one is close enough."""
        ds = self.dataset
        if ds is None or ds.points_train is None or ds.extent is None or not len(ds.points_train):
            return None
        pts = np.asarray(ds.points_train, dtype=np.float64)
        d = np.hypot(pts[:, 0] - x, pts[:, 1] - y)
        i = int(np.argmin(d))
        x0, x1, y0, y1 = ds.extent
        if d[i] > PICK_SHARE * float(np.hypot(x1 - x0, y1 - y0)):
            return None
        return i

    def _clicked(self, event) -> None:
        if not self.picking or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        index = self.pick_at(point.x(), point.y())
        if index is not None:
            event.accept()
            self._on_pick(index)
