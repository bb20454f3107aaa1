"""The layer palette: every layer kind of the catalog, with its icon and help, to drag onto the canvas
(a real QDrag carrying LAYER_MIME) or to add with a double-click or Enter (``add_requested``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetricsF, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from guinet.core.catalog import LAYER_KINDS, layer_kind

from ..canvas.style import KIND_COLORS, color, layer_svg
from ..canvas.style import layer_icon as kind_icon
from ..canvas.view import LAYER_MIME

KIND_ROLE = Qt.ItemDataRole.UserRole + 1

# Sections of the palette, in order; every catalog kind appears in exactly one.
SECTIONS = (
    (QT_TRANSLATE_NOOP("LayerPalette", "Ends"), ("input", "output")),
    (QT_TRANSLATE_NOOP("LayerPalette", "Layers"), ("dense", "activation")),
    (QT_TRANSLATE_NOOP("LayerPalette", "Regularize"), ("batchnorm", "layernorm", "dropout")),
    (QT_TRANSLATE_NOOP("LayerPalette", "Merge"), ("add", "concat")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayerPalette", text)


def layer_mime_data(kind: str) -> QMimeData:
    """What a palette drag carries: the kind's name under LAYER_MIME (and as text, for other apps)."""
    layer_kind(kind)  # KeyError for an unknown kind
    data = QMimeData()
    data.setData(LAYER_MIME, QByteArray(kind.encode("utf-8")))
    data.setText(kind)
    return data


def drag_pixmap(kind: str, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A small card under the cursor while dragging: the kind's icon and name."""
    label = QCoreApplication.translate("layers", layer_kind(kind).label)
    font = QFont()
    font.setBold(True)
    fm = QFontMetricsF(font)
    w, h = 36 + fm.horizontalAdvance(label) + 14, 32
    pixmap = QPixmap(round(w * device_pixel_ratio), round(h * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rect = QRectF(0.5, 0.5, w - 1, h - 1)
    painter.setPen(QColor(KIND_COLORS.get(kind, "#777777")))
    base = color("base")
    base.setAlphaF(0.92)
    painter.setBrush(base)
    painter.drawRoundedRect(rect, 7, 7)
    renderer = layer_svg(kind)
    if renderer is not None:
        renderer.render(painter, QRectF(8, 7, 18, 18))
    painter.setFont(font)
    painter.setPen(color("text"))
    painter.drawText(QRectF(34, 0, w - 34, h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
    painter.end()
    return pixmap


class LayerList(QListWidget):
    """The list inside the palette; a drag source only."""

    add_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerList")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(22, 22))
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.setMouseTracking(True)
        self.itemDoubleClicked.connect(self._on_double_clicked)

    def kind_of(self, item: QListWidgetItem | None) -> str | None:
        return item.data(KIND_ROLE) if item is not None else None

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt name
        return [LAYER_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt name
        kinds = [self.kind_of(i) for i in items if self.kind_of(i)]
        return layer_mime_data(kinds[0]) if kinds else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt name
        return Qt.DropAction.CopyAction

    def make_drag(self, kind: str) -> QDrag:
        """The QDrag ``startDrag`` runs: LAYER_MIME data and a card pixmap under the cursor."""
        drag = QDrag(self)
        drag.setMimeData(layer_mime_data(kind))
        pixmap = drag_pixmap(kind, self.devicePixelRatioF())
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(18, 16))
        return drag

    def startDrag(self, supported_actions) -> None:  # noqa: N802 - Qt name
        kind = self.kind_of(self.currentItem())
        if kind is None:
            return
        self.make_drag(kind).exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            kind = self.kind_of(self.currentItem())
            if kind is not None:
                self.add_requested.emit(kind)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        kind = self.kind_of(item)
        if kind is not None:
            self.add_requested.emit(kind)


class LayerPalette(QWidget):
    """Every layer kind, grouped; drag one onto the canvas, or double-click / press Enter to add it
    after the selected layer."""

    add_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.list = LayerList(self)
        self.list.add_requested.connect(self.add_requested)
        hint = QLabel(_tr("Drag onto the canvas, or double-click to add after the selected layer."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self._fill()
        self.setMinimumWidth(140)

    def _fill(self) -> None:
        listed = {k for _, kinds in SECTIONS for k in kinds}
        sections = list(SECTIONS)
        others = tuple(k.name for k in LAYER_KINDS if k.name not in listed)
        if others:  # a kind added to the catalog later still shows up
            sections.append((QT_TRANSLATE_NOOP("LayerPalette", "Other"), others))
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(max(6.0, heading_font.pointSizeF() * 0.85))
        for title, kinds in sections:
            heading = QListWidgetItem(QCoreApplication.translate("LayerPalette", title).upper())
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(heading_font)
            heading.setForeground(color("muted"))
            heading.setSizeHint(QSize(0, 24))
            self.list.addItem(heading)
            for name in kinds:
                lk = layer_kind(name)
                label = QCoreApplication.translate("layers", lk.label)
                item = QListWidgetItem(kind_icon(name), label)
                item.setData(KIND_ROLE, name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setToolTip("<p style='white-space:pre-wrap'><b>" + label + "</b><br>"
                                + QCoreApplication.translate("layers", lk.help) + "<br><br><i>"
                                + _tr("Drag onto the canvas (onto a connection to insert it there), or "
                                      "double-click / press Enter to add it after the selected layer.")
                                + "</i></p>")
                item.setSizeHint(QSize(0, 30))
                self.list.addItem(item)

    def kinds(self) -> list[str]:
        """The layer kinds listed, top to bottom."""
        return [self.list.kind_of(self.list.item(i)) for i in range(self.list.count())
                if self.list.kind_of(self.list.item(i))]

    def item_for(self, kind: str) -> QListWidgetItem:
        for i in range(self.list.count()):
            if self.list.kind_of(self.list.item(i)) == kind:
                return self.list.item(i)
        raise KeyError(kind)
