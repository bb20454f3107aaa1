"""The items the network scene is made of: a card per layer (LayerItem) with its ports (PortItem),
and a curved arrow per connection (EdgeItem).

Items only draw and report; they never change the model. The scene builds and updates them from the
graph's signals, the view turns gestures into undo commands.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath,
                           QPainterPathStroker, QPen, QPolygonF)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

from guinet.core.catalog import layer_kind
from guinet.core.graph import Node
from guinet.core.params import spec_for_key

from . import style
from .style import (CARD_WIDTH, HEADER_HEIGHT, LINE_HEIGHT, PADDING, PORT_RADIUS, PORT_Y, color, kind_color)

if TYPE_CHECKING:
    import numpy as np

    from .scene import NetworkScene

MAX_TILED_UNITS = 16   # per-neuron heatmaps only for layers this narrow: more would not be readable
TILE_GAP = 4.0
TILE_MAX = 34.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def _choice_label(spec_owner, key: str, value) -> str:
    try:
        spec = spec_for_key(spec_owner, key)
        if spec.choices is not None and value in spec.choices:
            return QCoreApplication.translate("choices", spec.choices[value].label)
    except KeyError:
        pass
    return str(value)


def _pen(c: QColor, width: float = 1.0, style_: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    # Cosmetic pens keep their pixel width at every zoom level: thin lines stay crisp.
    pen = QPen(c, width, style_)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def node_label(node: Node) -> str:
    """'Dense 2', 'Input', ... with the kind's name translated."""
    kind_label = QCoreApplication.translate("layers", node.layer.label)
    default = node.label
    english = node.layer.label
    return kind_label + default[len(english):] if default.startswith(english) else default


def describe_node(node: Node) -> list[str]:
    """The body lines of a node's card: its main settings in a few words."""
    lk = node.layer
    s = node.resolved()
    lines: list[str] = []
    if node.kind == "dense":
        lines.append(_tr("{units} units · {activation}").format(
            units=s["units"], activation=_choice_label(lk.params, "activation", s["activation"])))
        extras = []
        if s.get("normalization", "none") != "none":
            extras.append(_choice_label(lk.params, "normalization", s["normalization"]))
        if s.get("dropout", 0.0) > 0:
            extras.append(_tr("dropout {p:g}").format(p=s["dropout"]))
        if not s.get("bias", True):
            extras.append(_tr("no bias"))
        if extras:
            lines.append(" · ".join(extras))
    elif node.kind == "activation":
        lines.append(_choice_label(lk.params, "activation", s["activation"]))
    elif node.kind == "dropout":
        lines.append(_tr("drop rate {p:g}").format(p=s["dropout"]))
    elif node.kind in ("batchnorm", "layernorm"):
        lines.append(_tr("mean 0, variance 1"))
    elif node.kind == "add":
        lines.append(_tr("element-wise sum"))
    elif node.kind == "concat":
        lines.append(_tr("side by side"))
    elif node.kind == "input":
        lines.append(_tr("the data's features"))
    elif node.kind == "output":
        lines.append(_tr("head: {head}").format(head=_choice_label(lk.params, "head", s["head"])))
        if not s.get("bias", True):
            lines.append(_tr("no bias"))
    return lines


def _wrap(lines: list[str], width: float) -> list[str]:
    """Break lines that do not fit the card at their ' · ' separators."""
    fm = QFontMetricsF(QFont())
    out: list[str] = []
    for line in lines:
        current = ""
        for part in line.split(" · "):
            candidate = f"{current} · {part}" if current else part
            if current and fm.horizontalAdvance(candidate) > width:
                out.append(current)
                current = part
            else:
                current = candidate
        out.append(current)
    return out


# ------------------------------------------------------------------------------------------ ports


class PortItem(QGraphicsItem):
    """A connection point on a card: the input on the left, the output on the right."""

    def __init__(self, layer: "LayerItem", is_output: bool) -> None:
        super().__init__(layer)
        self.layer = layer
        self.is_output = is_output
        self.hovered = False
        self.highlight: QColor | None = None   # set while a connection drag targets this port
        lk = layer_kind(layer.kind)
        self.many = (not is_output) and (lk.max_inputs is None)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        if is_output:
            self.setToolTip(_tr("Output: drag from here to another layer's input to connect"))
        elif self.many:
            self.setToolTip(_tr("Input: takes two or more connections"))
        else:
            self.setToolTip(_tr("Input: takes one connection"))

    @property
    def node_id(self) -> str:
        return self.layer.node_id

    def _half_height(self) -> float:
        return PORT_RADIUS * 1.8 if self.many else PORT_RADIUS

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        r = PORT_RADIUS + 5  # generous hit area: ports are small targets
        h = self._half_height() + 5
        return QRectF(-r, -h, 2 * r, 2 * h)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def connected(self) -> bool:
        return any((e.src is self.layer) if self.is_output else (e.dst is self.layer) for e in self.layer.edges)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = kind_color(self.layer.kind)
        grow = 1.5 if (self.hovered or self.highlight is not None) else 0.0
        r = PORT_RADIUS + grow
        h = self._half_height() + grow
        rect = QRectF(-r, -h, 2 * r, 2 * h)
        ring = self.highlight if self.highlight is not None else (color("accent") if self.hovered else accent)
        painter.setPen(_pen(ring, 2.0))
        painter.setBrush(QBrush(accent if self.connected() else color("base")))
        painter.drawRoundedRect(rect, r, r)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.hovered = False
        self.update()


# ------------------------------------------------------------------------------------------ layers


class LayerItem(QGraphicsItem):
    """A layer's card: icon, name and output width in the header; main settings below; optional
    per-neuron heatmap tiles; an input port on the left and an output port on the right."""

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node_id = node.id
        self.kind = node.kind
        self.edges: list[EdgeItem] = []
        self.problems: list[str] = []
        self.width_value: int | None = None
        self.width_known = False
        self.tiles: list[QImage] = []
        self._label = ""
        self._lines: list[str] = []
        self._height = HEADER_HEIGHT + PADDING
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        lk = layer_kind(node.kind)
        self.in_port = PortItem(self, False) if lk.max_inputs != 0 else None
        self.out_port = PortItem(self, True) if lk.has_output else None
        if self.in_port is not None:
            self.in_port.setPos(0, PORT_Y)
        if self.out_port is not None:
            self.out_port.setPos(CARD_WIDTH, PORT_Y)
        self.setPos(*node.pos)
        self.refresh(node)

    # ------------------------------------------------------------------ model → item

    def refresh(self, node: Node) -> None:
        """Re-read the node's label and settings."""
        self._label = node_label(node)
        self._lines = _wrap(describe_node(node), CARD_WIDTH - 2 * PADDING)
        self._help = QCoreApplication.translate("layers", node.layer.help)
        self._relayout()

    def set_width(self, width: int | None, known: bool = True) -> None:
        # Every check hands every card its width; only a changed one is redrawn (a 2,000-layer
        # network otherwise repainted all its cards on each edit).
        if (width, known) == (self.width_value, self.width_known):
            return
        self.width_value, self.width_known = width, known
        self._update_tooltip()
        self.update()

    def set_problems(self, messages: list[str]) -> None:
        if messages != self.problems:
            self.problems = list(messages)
            self._update_tooltip()
            self.update()

    def set_neuron_images(self, images: np.ndarray | None) -> None:
        """(units, G, G) values -> one small image per neuron; None clears them. Only for layers of at
        most MAX_TILED_UNITS units (the caller's arrays for wider layers are ignored)."""
        tiles: list[QImage] = []
        if images is not None:
            import numpy as np

            arr = np.asarray(images)
            if arr.ndim == 3 and 0 < arr.shape[0] <= MAX_TILED_UNITS and arr.shape[1] > 0 and arr.shape[2] > 0:
                rgb = style.heatmap_rgb(arr)  # one colour scale for all neurons of the layer
                for unit in range(arr.shape[0]):
                    data = np.ascontiguousarray(rgb[unit])
                    g_h, g_w = data.shape[:2]
                    tiles.append(QImage(data.data, g_w, g_h, 3 * g_w, QImage.Format.Format_RGB888).copy())
        had = len(self.tiles)
        self.tiles = tiles
        if len(tiles) != had:
            self._relayout()
        else:
            self.update()

    def _tile_geometry(self) -> tuple[int, float]:
        """(tiles per row, tile side)."""
        n = len(self.tiles)
        if not n:
            return 0, 0.0
        inner = CARD_WIDTH - 2 * PADDING
        per_row = min(n, 4 if n <= 8 else 6)
        side = min(TILE_MAX, (inner - (per_row - 1) * TILE_GAP) / per_row)
        return per_row, side

    def _relayout(self) -> None:
        self.prepareGeometryChange()
        height = HEADER_HEIGHT + PADDING * 0.6 + LINE_HEIGHT * len(self._lines) + PADDING * 0.7
        per_row, side = self._tile_geometry()
        if per_row:
            rows = math.ceil(len(self.tiles) / per_row)
            height += rows * side + (rows - 1) * TILE_GAP + PADDING * 0.6
        self._height = max(height, HEADER_HEIGHT + 22)
        self._update_tooltip()
        for edge in self.edges:
            edge.update_path()
        self.update()

    def _update_tooltip(self) -> None:
        parts = []
        if self.problems:
            parts.append("<b>" + _tr("Problem") + ":</b> " + "<br>".join(_html(p) for p in self.problems))
        parts.append("<b>" + _html(self._label) + "</b> — " + _html(self._help))
        if self.width_known:
            width = "?" if self.width_value is None else str(self.width_value)
            parts.append(_tr("Output width: {width}").format(width=width))
        self.setToolTip("<p style='white-space:pre-wrap'>" + "<br><br>".join(parts) + "</p>")

    # ------------------------------------------------------------------ geometry

    @property
    def height(self) -> float:
        return self._height

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_WIDTH, self._height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        # room for the selection ring, the soft shadow and the problem badge above the top edge
        return self.card_rect().adjusted(-4, -4, 6, 7).united(self.problem_badge_rect().adjusted(-2, -2, 2, 2))

    def problem_badge_rect(self) -> QRectF:
        """The red "!" of a layer with problems: on the top edge, away from the ports at the header's
        corners (at a corner it covered the output port) and from the width pill."""
        rect = self.card_rect()
        side = 18.0
        return QRectF(rect.center().x() - side / 2, rect.top() - side + 5, side, side)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), 7, 7)
        return path

    def center(self) -> QPointF:
        return self.mapToScene(self.card_rect().center())

    def itemChange(self, change, value):  # noqa: N802 - Qt name
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            scene = self.scene()
            if scene is not None and getattr(scene, "snapping", False):
                return QPointF(round(value.x() / style.GRID) * style.GRID,
                               round(value.y() / style.GRID) * style.GRID)
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.update_path()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(1.5 if self.isSelected() else 1)
        return super().itemChange(change, value)

    # ------------------------------------------------------------------ drawing

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        dark = style.is_dark()
        rect = self.card_rect()
        accent = kind_color(self.kind)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        radius = 7.0

        # soft shadow
        shadow = QColor(0, 0, 0, 70 if dark else 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        painter.drawRoundedRect(rect.translated(0, 2.5), radius, radius)

        # body
        body = color("base") if not dark else QColor(color("button"))
        painter.setBrush(body)
        painter.drawRoundedRect(rect, radius, radius)

        # header: the kind's colour, tinted into the card
        header = QPainterPath()
        header.addRoundedRect(rect, radius, radius)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.left(), rect.top(), rect.width(), HEADER_HEIGHT))
        tint = QColor(accent)
        tint.setAlphaF(0.30 if dark else 0.16)
        painter.setBrush(tint)
        painter.drawPath(header.intersected(clip))
        strip = QColor(accent)
        painter.setBrush(strip)
        top = QPainterPath()
        top.addRoundedRect(rect, radius, radius)
        top_clip = QPainterPath()
        top_clip.addRect(QRectF(rect.left(), rect.top(), rect.width(), 3.0))
        painter.drawPath(top.intersected(top_clip))

        # icon
        icon_side = 18.0
        icon_rect = QRectF(PADDING - 1, (HEADER_HEIGHT - icon_side) / 2 + 1, icon_side, icon_side)
        renderer = style.layer_svg(self.kind)
        if renderer is not None:
            renderer.render(painter, icon_rect)

        # output width pill at the right of the header
        font = QFont(painter.font())
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        right = rect.right() - PADDING
        if self.width_known and self.out_port is not None or (self.width_known and self.kind == "output"):
            text = "?" if self.width_value is None else f"{self.width_value:,}"
            fm = QFontMetricsF(small)
            w = fm.horizontalAdvance(text) + 10
            pill = QRectF(right - w, (HEADER_HEIGHT - 16) / 2 + 1, w, 16)
            pill_fill = QColor(accent)
            pill_fill.setAlphaF(0.9)
            bad = self.width_value is None
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color("error") if bad else pill_fill)
            painter.drawRoundedRect(pill, 8, 8)
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            right = pill.left() - 4

        # name
        painter.setFont(bold)
        painter.setPen(color("text"))
        name_rect = QRectF(icon_rect.right() + 6, 0, right - icon_rect.right() - 6, HEADER_HEIGHT + 1)
        name = QFontMetricsF(bold).elidedText(self._label, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)

        # settings lines
        painter.setFont(font)
        fm = QFontMetricsF(font)
        y = HEADER_HEIGHT + PADDING * 0.6
        for i, line in enumerate(self._lines):
            painter.setPen(color("text") if i == 0 else color("muted"))
            line_rect = QRectF(PADDING, y, CARD_WIDTH - 2 * PADDING, LINE_HEIGHT)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width()))
            y += LINE_HEIGHT

        # per-neuron heatmaps
        per_row, side = self._tile_geometry()
        if per_row:
            y += PADDING * 0.3
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            row_width = per_row * side + (per_row - 1) * TILE_GAP
            x0 = rect.left() + (CARD_WIDTH - row_width) / 2
            frame = _pen(color("border"), 1.0)
            for i, image in enumerate(self.tiles):
                r, c = divmod(i, per_row)
                tile = QRectF(x0 + c * (side + TILE_GAP), y + r * (side + TILE_GAP), side, side)
                painter.drawImage(tile, image)
                painter.setPen(frame)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(tile)

        # border: problems in red, selection in the accent colour
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.problems:
            painter.setPen(_pen(color("error"), 2.2))
        elif selected:
            painter.setPen(_pen(color("accent"), 2.2))
        else:
            painter.setPen(_pen(color("border"), 1.0))
        painter.drawRoundedRect(rect, radius, radius)
        if selected and self.problems:
            painter.setPen(_pen(color("accent"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3)

        if self.problems:
            badge = self.problem_badge_rect()
            painter.setPen(_pen(color("base"), 1.5))
            painter.setBrush(color("error"))
            painter.drawEllipse(badge)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(bold)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------------------ edges


def connection_path(start: QPointF, end: QPointF) -> QPainterPath:
    """A horizontal-tangent cubic Bézier from an output port to an input port."""
    dx = max(abs(end.x() - start.x()) * 0.5, 40.0)
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
    return path


ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.5


class EdgeItem(QGraphicsPathItem):
    """A connection src → dst, drawn as a curve with an arrow into dst's input port."""

    def __init__(self, src: LayerItem, dst: LayerItem) -> None:
        super().__init__()
        self.src, self.dst = src, dst
        self.hovered = False
        self.drop_target = False   # a layer dragged from the palette would be inserted here
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.setToolTip(_tr("{src} → {dst}\nDrop a layer here to insert it; Delete removes the connection")
                        .format(src=src._label, dst=dst._label))
        src.edges.append(self)
        dst.edges.append(self)
        self.update_path()

    @property
    def key(self) -> tuple[str, str]:
        return self.src.node_id, self.dst.node_id

    def endpoints(self) -> tuple[QPointF, QPointF]:
        start = self.src.mapToScene(QPointF(CARD_WIDTH + PORT_RADIUS, PORT_Y))
        end = self.dst.mapToScene(QPointF(-PORT_RADIUS - 1, PORT_Y))
        return start, end

    def update_path(self) -> None:
        start, end = self.endpoints()
        self.setPath(connection_path(start, end))

    def detach(self) -> None:
        for layer in (self.src, self.dst):
            if self in layer.edges:
                layer.edges.remove(self)
            for port in (layer.in_port, layer.out_port):
                if port is not None:
                    port.update()

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12.0)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return self.path().boundingRect().adjusted(-12, -12, 12, 12)

    def near(self, point: QPointF, tolerance: float) -> bool:
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * tolerance)
        return stroker.createStroke(self.path()).contains(point)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or self.drop_target:
            c, width = color("accent"), 3.0
        elif self.hovered:
            c, width = color("accent"), 2.4
        else:
            c = QColor(color("muted"))
            c.setAlphaF(0.85)
            width = 1.8
        path = self.path()
        painter.setPen(_pen(c, width, Qt.PenStyle.DashLine if self.drop_target else Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        # arrow head along the curve's end tangent (horizontal by construction)
        end = path.pointAtPercent(1.0)
        angle = math.radians(-path.angleAtPercent(1.0))
        ux, uy = math.cos(angle), math.sin(angle)
        # the arrow's size is in scene units; keep it readable when zoomed out
        scale = max(1.0, 1.0 / max(painter.transform().m11(), 1e-6) * 0.8)
        length, half = ARROW_LENGTH * min(scale, 2.0), ARROW_HALF_WIDTH * min(scale, 2.0)
        base = QPointF(end.x() - ux * length, end.y() - uy * length)
        arrow = QPolygonF([end, QPointF(base.x() - uy * half, base.y() + ux * half),
                           QPointF(base.x() + uy * half, base.y() - ux * half)])
        painter.setPen(_pen(c, 1.0))
        painter.setBrush(c)
        painter.drawPolygon(arrow)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.hovered = False
        self.update()


class ConnectionLine(QGraphicsPathItem):
    """The rubber line drawn while a connection is dragged from a port."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(3)
        self.ok = True

    def set_points(self, start: QPointF, end: QPointF, ok: bool) -> None:
        self.ok = ok
        self.setPath(connection_path(start, end))
        pen = _pen(color("accent") if ok else color("error"), 2.0, Qt.PenStyle.DashLine)
        self.setPen(pen)
