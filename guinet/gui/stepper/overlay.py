"""What the step-through draws on the canvas: a small table of numbers under each layer's card.

A ``ValuesBadge`` is a child of the layer's card (it moves with it) and shows a few rows of per-unit
values, e.g. z and a in the forward phase, dL/da, f'(z) and dL/dz going back. A wide layer shows its
largest values only (by size, with their unit numbers); the side panel lists all of them. Each cell
is coloured by its sign and size (blue positive, orange negative, as the decision boundary) and has
a tooltip with the numbers behind it; clicking a cell reports (node id, unit, row key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from guinet.core.steptext import format_number

from ..canvas import style
from ..canvas.style import CARD_WIDTH

MAX_CELLS = 4          # values per row on the canvas; the panel lists them all
ROW_HEIGHT = 17.0
LABEL_WIDTH = 34.0
GAP = 6.0              # between the card and the badge
# A little wider than the card (columns are 200 apart, cards 148 wide), so four numbers fit.
BADGE_WIDTH = 192.0
X_OFFSET = (CARD_WIDTH - BADGE_WIDTH) / 2


@dataclass
class BadgeRow:
    key: str                         # "z", "a", "grad_z", "w", ...
    label: str                       # what the row is called on the canvas
    values: np.ndarray               # one value per unit (or per weight)
    names: list[str] | None = None   # per value: "1", "w1", "b" (default: unit numbers from 1)
    tips: list[str] | None = None    # per value: a tooltip (the formula with its numbers)
    editable: bool = False           # a click asks to edit this value


@dataclass
class BadgeContent:
    rows: list[BadgeRow] = field(default_factory=list)
    active: bool = False             # the layer the current phase is about
    title: str = ""                  # a short line above the rows ("loss L = 0.48")


def shown_indices(values: np.ndarray, limit: int = MAX_CELLS) -> np.ndarray:
    """Which values a narrow row shows: all of them when they fit, else the largest by size (in unit
    order, so the row still reads left to right)."""
    n = len(values)
    if n <= limit:
        return np.arange(n)
    finite = np.nan_to_num(np.abs(np.asarray(values, dtype=np.float64)), nan=0.0)
    top = np.argsort(-finite, kind="stable")[:limit]
    return np.sort(top)


def value_color(value: float, scale: float) -> QColor:
    """Blue for positive, orange for negative, stronger for larger values (scale: the row's largest)."""
    if not np.isfinite(value) or scale <= 0:
        return QColor(0, 0, 0, 0)
    strength = min(1.0, abs(value) / scale)
    c = QColor("#2f7fd0") if value > 0 else QColor("#e5852b")
    c.setAlphaF(0.12 + 0.45 * strength)
    return c


class ValuesBadge(QGraphicsItem):
    """The numbers under one card (see the module docstring)."""

    def __init__(self, parent: QGraphicsItem, node_id: str, on_click: Callable[[str, int, str], None]) -> None:
        super().__init__(parent)
        self.node_id = node_id
        self.content = BadgeContent()
        self._on_click = on_click
        self._cells: list[tuple[QRectF, int, BadgeRow]] = []
        self.setAcceptHoverEvents(True)
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        self.follow_card()

    def follow_card(self) -> None:
        parent = self.parentItem()
        height = getattr(parent, "height", 60.0)
        self.setPos(X_OFFSET, height + GAP)

    def set_content(self, content: BadgeContent) -> None:
        self.prepareGeometryChange()
        self.content = content
        self.follow_card()
        self._layout()
        self.setVisible(bool(content.rows or content.title))
        self.update()

    def _height(self) -> float:
        lines = len(self.content.rows) + (1 if self.content.title else 0)
        return lines * ROW_HEIGHT + 6.0

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return QRectF(-1, -1, BADGE_WIDTH + 2, self._height() + 2)

    def _layout(self) -> None:
        self._cells = []
        y = 3.0 + (ROW_HEIGHT if self.content.title else 0.0)
        for row in self.content.rows:
            idx = shown_indices(row.values)
            if len(idx):
                width = (BADGE_WIDTH - LABEL_WIDTH - 4) / max(len(idx), 1)
                for k, i in enumerate(idx):
                    rect = QRectF(LABEL_WIDTH + k * width, y, width - 1, ROW_HEIGHT - 2)
                    self._cells.append((rect, int(i), row))
            y += ROW_HEIGHT

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, BADGE_WIDTH, self._height())
        border = style.color("accent") if self.content.active else style.color("border")
        pen = QPen(border, 2.0 if self.content.active else 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        body = QColor(style.color("base"))
        body.setAlphaF(0.96)
        painter.setBrush(body)
        painter.drawRoundedRect(rect, 5, 5)
        font = QFont(painter.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        painter.setFont(font)
        fm = QFontMetricsF(font)
        y = 3.0
        if self.content.title:
            painter.setPen(style.color("text"))
            painter.drawText(QRectF(5, y, BADGE_WIDTH - 10, ROW_HEIGHT - 2),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(self.content.title, Qt.TextElideMode.ElideRight, BADGE_WIDTH - 10))
            y += ROW_HEIGHT
        for row in self.content.rows:
            painter.setPen(style.color("muted"))
            painter.drawText(QRectF(4, y, LABEL_WIDTH - 4, ROW_HEIGHT - 2),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, row.label)
            y += ROW_HEIGHT
        scales: dict[int, float] = {}
        counts: dict[int, int] = {}
        for _rect, _i, row in self._cells:
            counts[id(row)] = counts.get(id(row), 0) + 1
        for rect, i, row in self._cells:
            key = id(row)
            if key not in scales:
                finite = np.abs(np.asarray(row.values, dtype=np.float64))
                finite = finite[np.isfinite(finite)]
                scales[key] = float(finite.max()) if finite.size else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(value_color(float(row.values[i]), scales[key]))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(style.color("text"))
            # as many significant digits as the cell has room for (three at most, two at least)
            value = float(row.values[i])
            text = format_number(value, 3)
            if fm.horizontalAdvance(text) > rect.width() - 3:
                text = format_number(value, 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 2))

    def cell_at(self, pos: QPointF) -> tuple[int, BadgeRow] | None:
        for rect, i, row in self._cells:
            if rect.contains(pos):
                return i, row
        return None

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 - Qt name
        hit = self.cell_at(event.pos())
        tip = ""
        if hit is not None:
            i, row = hit
            name = row.names[i] if row.names else f"{i + 1}"
            tip = row.tips[i] if row.tips else f"{row.label} {name} = {format_number(float(row.values[i]), 6)}"
            if row.editable:
                tip += "\n" + _tr("Click to type a new value.")
        self.setToolTip(tip)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        hit = self.cell_at(event.pos())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            i, row = hit
            self._on_click(self.node_id, i, row.key)
            event.accept()
            return
        event.ignore()


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("stepper", text)
