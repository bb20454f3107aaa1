"""Each weight drawn as its own line between two cards, as TensorFlow Playground draws its links:
width for the weight's size, blue for positive and orange for negative. One ``WeightFan`` per
connection into a Dense or Output layer of a small network; the controller hands them new weights
(from the training snapshots, live) and tells them when cards move."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

# Per connection at most this many weights are drawn; wider ones keep their one plain arrow.
MAX_FAN_WEIGHTS = 256
MAX_WIDTH = 4.5
INSET = 10.0     # the lines end this far inside the cards' top and bottom


def weight_color(value: float, strength: float) -> QColor:
    c = QColor("#2f7fd0") if value > 0 else QColor("#e5852b")
    c.setAlphaF(0.25 + 0.6 * strength)
    return c


class WeightFan(QGraphicsItem):
    """The weights of one connection src → dst (W of dst is [units of dst, units of src])."""

    def __init__(self, src_item, dst_item) -> None:
        super().__init__()
        self.src_item = src_item
        self.dst_item = dst_item
        self.weights: np.ndarray | None = None
        self._rect = QRectF()
        self.setZValue(0.4)   # over the plain arrow, under the cards
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def ends(self) -> tuple[QPointF, float, QPointF, float]:
        """(top of the source side, its height, top of the destination side, its height)."""
        s, d = self.src_item, self.dst_item
        s_top = s.scenePos() + QPointF(s.card_rect().right(), INSET)
        d_top = d.scenePos() + QPointF(0.0, INSET)
        return s_top, max(s.height - 2 * INSET, 1.0), d_top, max(d.height - 2 * INSET, 1.0)

    def set_weights(self, weights: np.ndarray | None) -> None:
        if weights is not None and (weights.ndim != 2 or weights.size > MAX_FAN_WEIGHTS):
            weights = None
        self.weights = None if weights is None else np.asarray(weights, dtype=np.float64)
        self.follow()

    def follow(self) -> None:
        """Re-read where the two cards are."""
        self.prepareGeometryChange()
        s_top, s_h, d_top, d_h = self.ends()
        left, right = min(s_top.x(), d_top.x()), max(s_top.x(), d_top.x())
        top = min(s_top.y(), d_top.y())
        bottom = max(s_top.y() + s_h, d_top.y() + d_h)
        self._rect = QRectF(left, top, right - left, bottom - top).adjusted(-6, -6, 6, 6)
        self.setVisible(self.weights is not None)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        w = self.weights
        if w is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s_top, s_h, d_top, d_h = self.ends()
        n_out, n_in = w.shape
        finite = np.abs(w[np.isfinite(w)])
        scale = float(finite.max()) if finite.size else 0.0
        if scale <= 0:
            return
        dx = (d_top.x() - s_top.x()) * 0.45
        for i in range(n_in):
            start = QPointF(s_top.x(), s_top.y() + s_h * (i + 0.5) / n_in)
            for j in range(n_out):
                value = w[j, i]
                if not np.isfinite(value):
                    continue
                strength = abs(value) / scale
                end = QPointF(d_top.x(), d_top.y() + d_h * (j + 0.5) / n_out)
                path = QPainterPath(start)
                path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
                pen = QPen(weight_color(value, strength), 0.4 + MAX_WIDTH * strength)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawPath(path)
