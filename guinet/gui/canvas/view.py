"""The network canvas: a QGraphicsView over a NetworkScene that turns mouse and keyboard gestures into
undo commands (drop from the palette, connect ports, move, delete, paste, arrange).

The view never edits the model directly: it builds a command and pushes it on the undo stack; the
model announces the change and the scene redraws. A refused edit (a cycle, a full port, a second
Input) pushes nothing and says why at the cursor and on ``message``.
"""

from __future__ import annotations

import json
import math
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QCursor, QGuiApplication, QKeySequence, QPainter, QPen,
                           QUndoStack)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QMenu, QToolTip

from guinet.core.catalog import LAYER_KINDS, SINGLETON_KINDS, layer_kind
from guinet.core.check import Problem, infer_widths
from guinet.core.graph import GraphError
from guinet.core.model import Project

from .. import theme
from . import style
from .items import ConnectionLine, EdgeItem, LayerItem, PortItem
from .layout import layered_layout, spread_layout
from .scene import NetworkScene
from .style import CARD_WIDTH, COLUMN_GAP, GRID, HEADER_HEIGHT

if TYPE_CHECKING:
    import numpy as np

LAYER_MIME = "application/x-guinet-layer"        # payload: the layer kind name, utf-8
FRAGMENT_MIME = "application/x-guinet-fragment"  # payload: commands.fragment_of(...) as JSON, utf-8

MIN_ZOOM, MAX_ZOOM = 0.2, 3.0
# Fit and Arrange zoom out no further than this: below it a card's text cannot be read, so a big
# network is shown from its input end at this zoom and scrolls for the rest.
READABLE_ZOOM = 0.6
PORT_PICK_PX = 12.0      # how near (in screen pixels) the cursor must be to a port to grab it
EDGE_PICK_PX = 10.0      # ... to a connection for a palette drop to insert into it


def _commands():
    """guinet.gui.commands, imported at the first edit rather than to open the window."""
    from .. import commands

    return commands


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkView", text)


class _WeakSlot:
    """Connects a core Signal to a view method without keeping the view alive or calling into it after
    Qt deleted it."""

    def __init__(self, obj, method: str) -> None:
        self._obj = weakref.ref(obj)
        self._method = method

    def __call__(self, *args) -> None:
        from shiboken6 import isValid
        obj = self._obj()
        if obj is not None and isValid(obj):
            getattr(obj, self._method)()


def put_on_clipboard(mime_type: str, payload: bytes) -> None:
    """Put ``payload`` on the clipboard as ``mime_type``, in a QMimeData that Qt made, not Python.

    The clipboard keeps its data until Qt's exit-time cleanup, which runs after Python has finalized.
    A QMimeData made in Python is a shiboken wrapper that calls back into Python when it is deleted,
    and there the process dies with SIGSEGV (PySide6 6.11: a script that only sets the clipboard to a
    new QMimeData() and exits crashes). One made by Qt (an item model's, emptied) has no such call-back,
    so guinet quits cleanly after a Copy and the clipboard keeps the layers for other windows."""
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(1, 1)
    data = model.mimeData([model.index(0, 0)])
    for fmt in data.formats():
        data.removeFormat(fmt)
    data.setData(mime_type, QByteArray(payload))
    QGuiApplication.clipboard().setMimeData(data)


def spread_piled_layers(project: Project) -> bool:
    """Give each layer its own place when all of them sit on one spot (a file written by hand or by a
    program, without positions): cards piled on each other cannot be told apart or picked, and Qt paints
    every card under the one that changed, so a pile of 2,000 took seconds to redraw after each edit.
    Done before the canvas shows the project, as part of opening it: no undo step, and the project is
    not marked modified (saving writes the positions). True when it moved the layers."""
    graph = project.graph
    if len(graph.nodes) < 2 or len({node.pos for node in graph.nodes.values()}) > 1:
        return False
    x0, y0 = next(iter(graph.nodes.values())).pos
    positions = spread_layout(list(graph.nodes), [(e.src, e.dst) for e in graph.edges],
                              sinks_last=[n.id for n in graph.nodes_of_kind("output")],
                              column_step=CARD_WIDTH + COLUMN_GAP, row_step=6 * GRID, band_gap=4 * GRID)
    for node_id, (x, y) in positions.items():
        graph.nodes[node_id].pos = (float(x0 + x), float(y0 + y))
    return True


class NetworkView(QGraphicsView):
    selection_changed = Signal(list)   # list[str]: the selected layers' ids
    message = Signal(str)              # for the status bar: what happened, or why an edit was refused

    def __init__(self, project: Project, undo_stack: QUndoStack, parent=None, *, auto_check: bool = True) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        spread_piled_layers(project)
        self.network_scene = NetworkScene(project, self)
        self.setScene(self.network_scene)
        self.setObjectName("networkView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        # Repaint only what changed: live training refreshes the neuron tiles inside a few cards many
        # times a second, and repainting the whole view (every card, edge and grid dot) each time cost
        # the training thread the GIL for tens of milliseconds. The dot grid is cached for the same reason.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)

        # When nobody else feeds widths and problems (set_widths/set_problems), the view works them
        # out from the project's own settings after every edit. A caller that feeds them (the main
        # window) says so up front, so a big network is not checked twice on opening.
        self.auto_check = auto_check
        # A freshly opened network is fitted to the view. The window settles its dock sizes only
        # after it is shown, so the fit is repeated on each resize until the user zooms or pans.
        self._keep_fitted = True
        self._last_selection: list[str] = []
        self._connect_from: PortItem | None = None
        self._connect_line: ConnectionLine | None = None
        self._connect_target: PortItem | None = None
        self._pan_from: QPoint | None = None
        self._pan_button: Qt.MouseButton | None = None
        self._space_held = False
        self._drag_start: dict[str, tuple[float, float]] = {}
        self._drop_edge: EdgeItem | None = None
        self._paste_serial = 0
        self._last_pasted: str | None = None
        self._project_slots: list[tuple[object, _WeakSlot]] = []

        self.network_scene.selectionChanged.connect(self._on_selection_changed)
        theme.notifier().changed.connect(self._on_theme_changed)
        self._watch_project()
        self._refresh_checks()
        self.centerOn(self.network_scene.nodes_rect().center() if self.network_scene.layers else QPointF(0, 0))

    # ------------------------------------------------------------------ project

    def set_project(self, project: Project) -> None:
        """Show another project (after New/Open); the caller clears the undo stack."""
        self._cancel_connection()
        self.project = project
        spread_piled_layers(project)
        self.network_scene.set_project(project)
        self._watch_project()
        self._refresh_checks()
        self._last_selection = []
        self.selection_changed.emit([])
        self._keep_fitted = True
        self.fit_all()

    def _watch_project(self) -> None:
        for signal, slot in self._project_slots:
            signal.disconnect(slot)
        slot = _WeakSlot(self, "_refresh_checks")
        self._project_slots = [(self.project.graph.changed, slot), (self.project.data_changed, slot),
                               (self.project.training_changed, slot)]
        for signal, s in self._project_slots:
            signal.connect(s)

    def _refresh_checks(self) -> None:
        if not self.auto_check:
            return
        try:
            info = self.project.task_info()
            widths = infer_widths(self.project.graph, info)
            problems = self.project.problems(info)
        except Exception as exc:  # a half-set setting must not break drawing; show it instead
            self.network_scene.set_problems([Problem(None, str(exc))])
            return
        self.network_scene.set_widths(widths)
        self.network_scene.set_problems(problems)

    # ------------------------------------------------------------------ decorations (contract)

    def set_problems(self, problems: list[Problem]) -> None:
        """Paint these problems' layers red with the message as tooltip. Calling this (or set_widths)
        hands the checks to the caller: the view stops working them out itself."""
        self.auto_check = False
        self.network_scene.set_problems(problems)

    def set_widths(self, widths: dict[str, int | None] | None) -> None:
        self.auto_check = False
        self.network_scene.set_widths(widths)

    def set_neuron_images(self, images: dict[str, np.ndarray] | None) -> None:
        """Per-neuron heatmaps: node id -> (units, G, G) values in [-1, 1] (or [0, 1]); None clears."""
        self.network_scene.set_neuron_images(images)

    def layer_item(self, node_id: str) -> LayerItem:
        return self.network_scene.layers[node_id]

    def edge_item(self, src: str, dst: str) -> EdgeItem:
        return self.network_scene.edge_items[(src, dst)]

    # ------------------------------------------------------------------ selection

    def selected_ids(self) -> list[str]:
        return self.network_scene.selected_ids()

    def select_nodes(self, ids) -> None:
        ids = list(ids)
        self.network_scene.blockSignals(True)
        try:
            self.network_scene.clearSelection()
            for node_id in ids:
                item = self.network_scene.layers.get(node_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.network_scene.blockSignals(False)
        self._on_selection_changed()
        if ids and ids[0] in self.network_scene.layers:
            self.ensureVisible(self.network_scene.layers[ids[0]].sceneBoundingRect(), 40, 40)

    def select_all(self) -> None:
        self.select_nodes(list(self.network_scene.layers))

    def _on_selection_changed(self) -> None:
        ids = self.selected_ids()
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(ids)

    # ------------------------------------------------------------------ commands

    def _push(self, make_command, *, at: QPoint | None = None):
        """Build a command and push it; a GraphError is shown to the user and nothing is pushed."""
        try:
            command = make_command()
        except GraphError as exc:
            self.refuse(str(exc), at)
            return None
        self.undo_stack.push(command)
        self.message.emit(command.text())
        return command

    def refuse(self, text: str, at: QPoint | None = None) -> None:
        """Say why an edit was refused: at the cursor and on ``message``."""
        text = text[:1].upper() + text[1:]
        global_pos = self.viewport().mapToGlobal(at) if at is not None else QCursor.pos()
        QToolTip.showText(global_pos, text, self.viewport())
        self.message.emit(text)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        edges = self.network_scene.selected_edges()
        if not ids and not edges:
            self.message.emit(_tr("Select layers or connections to delete."))
            return
        self._push(lambda: _commands().RemoveNodesCommand(self.project, ids, edges))

    def copy_selected(self) -> dict | None:
        """The selected layers and the connections among them, also put on the clipboard."""
        fragment = _commands().fragment_of(self.project.graph, self.selected_ids())
        if fragment is None:
            self.message.emit(_tr("Select layers to copy."))
            return None
        put_on_clipboard(FRAGMENT_MIME, json.dumps(fragment).encode("utf-8"))
        self._paste_serial = 0
        self._last_pasted = None
        self.message.emit(_tr("Copied {n} layer(s)").format(n=len(fragment["nodes"])))
        return fragment

    def cut_selected(self) -> dict | None:
        fragment = self.copy_selected()
        if fragment is not None:
            self._push(lambda: _commands().RemoveNodesCommand(self.project, self.selected_ids()))
        return fragment

    def paste(self, fragment: dict | None = None) -> list[str]:
        """Paste a fragment (default: guinet layers on the clipboard), shifted a little further each
        time the same fragment is pasted again; selects and returns the new layers."""
        if fragment is None:
            data = QGuiApplication.clipboard().mimeData()
            if data is None or not data.hasFormat(FRAGMENT_MIME):
                self.message.emit(_tr("The clipboard holds no layers to paste."))
                return []
            try:
                fragment = json.loads(bytes(data.data(FRAGMENT_MIME)).decode("utf-8"))
            except (ValueError, UnicodeDecodeError, RecursionError):
                self.message.emit(_tr("The clipboard holds no layers to paste."))
                return []
        key = json.dumps(fragment, sort_keys=True)
        self._paste_serial = self._paste_serial + 1 if key == self._last_pasted else 1
        self._last_pasted = key
        shift = 2 * GRID * self._paste_serial
        command = self._push(lambda: _commands().PasteCommand(self.project, fragment, (shift, shift)))
        if command is None:
            return []
        self.select_nodes(command.node_ids)
        return list(command.node_ids)

    def duplicate_selected(self) -> list[str]:
        fragment = _commands().fragment_of(self.project.graph, self.selected_ids())
        if fragment is None:
            self.message.emit(_tr("Select layers to duplicate."))
            return []
        return self.paste(fragment)

    def add_node_at(self, kind: str, scene_pos: QPointF, *, on_edge: EdgeItem | None = None,
                    at: QPoint | None = None) -> str | None:
        """Add a layer with its header centred on ``scene_pos`` (snapped to the grid), inserted into
        ``on_edge`` when given. Returns the new id, or None when refused."""
        pos = (round((scene_pos.x() - CARD_WIDTH / 2) / GRID) * GRID,
               round((scene_pos.y() - HEADER_HEIGHT / 2) / GRID) * GRID)
        if on_edge is not None:
            src, dst = on_edge.key
            # A card dropped on a connection goes right of its source, and the layers after it move
            # right to make room: it never lands on its neighbours' ports.
            x = max(pos[0], self.project.graph.node(src).pos[0] + CARD_WIDTH + COLUMN_GAP)
            command = self._insert_after(kind, src, dst, (x, pos[1]), at=at)
        else:
            spot = self._free_spot(*pos)
            command = self._push(lambda: _commands().AddNodeCommand(self.project, kind, spot), at=at)
        if command is None:
            return None
        self.select_nodes([command.node_id])
        self.show_node(command.node_id)
        return command.node_id

    def add_node_after_selected(self, kind: str) -> str | None:
        """The keyboard path from the palette: add ``kind`` after the selected layer, connected and
        placed to its right (inserted into its connection when it feeds exactly one layer, pushing
        the layers after it to the right to make room). With nothing selected, the layer goes to the
        right of the network, fed by the last layer that has a free output."""
        graph = self.project.graph
        try:
            lk = layer_kind(kind)
        except KeyError:
            self.refuse(_tr("Unknown layer kind {kind}").format(kind=kind))
            return None
        if kind in SINGLETON_KINDS and graph.nodes_of_kind(kind):
            self.refuse(_tr("A network has only one {label} layer, and this one has it already.")
                        .format(label=QCoreApplication.translate("layers", lk.label)))
            return None
        selected = self.selected_ids()
        anchor = selected[-1] if selected else None
        if anchor is None:
            anchor = self._default_anchor()
        step = CARD_WIDTH + COLUMN_GAP
        if anchor is None or lk.max_inputs == 0 or not graph.node(anchor).layer.has_output:
            if anchor is not None:
                a = graph.node(anchor)
                pos = self._free_spot(a.pos[0] + (step if lk.max_inputs != 0 else -step), a.pos[1])
            else:
                rect = self.network_scene.nodes_rect()
                center = self.mapToScene(self.viewport().rect().center())
                pos = self._free_spot(rect.right() + COLUMN_GAP if rect.isValid() else center.x(),
                                      rect.top() if rect.isValid() else center.y())
            command = self._push(lambda: _commands().AddNodeCommand(self.project, kind, pos))
        else:
            a = graph.node(anchor)
            outs = graph.outputs_of(anchor)
            x, y = a.pos[0] + step, a.pos[1]
            if len(outs) == 1 and lk.max_inputs != 0 and lk.has_output:
                command = self._insert_after(kind, anchor, outs[0], (x, y))
            else:
                pos = self._free_spot(x, y)
                command = self._push(lambda: _commands().AddNodeCommand(self.project, kind, pos, connect_from=anchor))
        if command is None:
            return None
        self.select_nodes([command.node_id])
        self.show_node(command.node_id)
        return command.node_id

    def show_node(self, node_id: str) -> None:
        """Scroll (never zoom) so the layer is in view, with a margin: a new layer is seen."""
        item = self.network_scene.layers.get(node_id)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def _insert_after(self, kind: str, src: str, dst: str, pos: tuple[float, float], at: QPoint | None = None):
        graph = self.project.graph
        try:
            insert = _commands().InsertOnEdgeCommand(self.project, kind, pos, src, dst)
        except GraphError as exc:
            self.refuse(str(exc), at)
            return None
        step = CARD_WIDTH + COLUMN_GAP
        moves = {}
        shift = math.ceil((pos[0] + step - graph.node(dst).pos[0]) / GRID) * GRID
        if shift > 0:
            # make room: everything downstream of dst moves right, as far as the new layer needs
            stack, seen = [dst], set()
            while stack:
                n = stack.pop()
                if n in seen:
                    continue
                seen.add(n)
                stack.extend(graph.outputs_of(n))
            moves = {n: (graph.node(n).pos, (graph.node(n).pos[0] + shift, graph.node(n).pos[1])) for n in seen}
        if moves:
            self.undo_stack.beginMacro(insert.text())
            self.undo_stack.push(insert)
            self.undo_stack.push(_commands().MoveNodesCommand(self.project, moves))
            self.undo_stack.endMacro()
        else:
            self.undo_stack.push(insert)
        self.message.emit(insert.text())
        return insert

    def _default_anchor(self) -> str | None:
        """With nothing selected: the right-most layer whose output is free (the end of the chain
        being built), else the layer feeding the Output layer (so Enter on a kind grows the network
        just before its output), else none."""
        graph = self.project.graph
        free = [n for n in graph.nodes.values() if n.layer.has_output and not graph.outputs_of(n.id)]
        if free:
            return max(free, key=lambda n: n.pos[0]).id
        outputs = graph.nodes_of_kind("output")
        if outputs and len(graph.inputs_of(outputs[0].id)) == 1:
            return graph.inputs_of(outputs[0].id)[0]
        return None

    def _free_spot(self, x: float, y: float) -> tuple[float, float]:
        x, y = round(x / GRID) * GRID, round(y / GRID) * GRID
        for _ in range(200):
            probe = QRectF(x, y, CARD_WIDTH, 70)
            if not any(item.sceneBoundingRect().intersects(probe) for item in self.network_scene.layers.values()):
                return x, y
            y += 5 * GRID
        return x, y

    def arrange(self) -> None:
        """Lay the network out from left to right as one undo step, then show all of it."""
        graph = self.project.graph
        layers = self.network_scene.layers
        positions = layered_layout(
            list(graph.nodes), [(e.src, e.dst) for e in graph.edges],
            sizes={n: (CARD_WIDTH, layers[n].height) for n in graph.nodes if n in layers},
            current={n: node.pos for n, node in graph.nodes.items()},
            sinks_last=[n.id for n in graph.nodes_of_kind("output")],
            column_gap=COLUMN_GAP, row_gap=2 * GRID, grid=GRID)
        moves = {n: (graph.nodes[n].pos, p) for n, p in positions.items() if graph.nodes[n].pos != p}
        if not moves:
            self.message.emit(_tr("The network is already arranged."))
        else:
            self._push(lambda: _commands().MoveNodesCommand(self.project, moves, text=_tr("Arrange layers")))
        self.fit_all()

    # ------------------------------------------------------------------ zoom

    def zoom_level(self) -> float:
        return self.transform().m11()

    def set_zoom(self, level: float, anchor_view_pos: QPoint | None = None) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        factor = level / self.zoom_level()
        if abs(factor - 1.0) < 1e-9:
            return
        # Keep the scene point under the anchor (the cursor, or the middle of the view) where it is.
        anchor = anchor_view_pos if anchor_view_pos is not None else self.viewport().rect().center()
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        before = self.mapToScene(anchor)
        self.scale(factor, factor)
        moved = self.mapFromScene(before) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.setTransformationAnchor(old_anchor)

    def zoom_in(self) -> None:
        self._keep_fitted = False
        self.set_zoom(self.zoom_level() * 1.25)

    def zoom_out(self) -> None:
        self._keep_fitted = False
        self.set_zoom(self.zoom_level() / 1.25)

    def reset_zoom(self) -> None:
        self._keep_fitted = False
        self.set_zoom(1.0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._keep_fitted:
            self.fit_all()

    def fit_all(self) -> None:
        """Show the whole network (not magnified past 125 %, so a small one does not look blown up)."""
        rect = self.network_scene.nodes_rect()
        if not rect.isValid() or rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_level() > 1.25:
            self.set_zoom(1.25)
        elif self.zoom_level() < READABLE_ZOOM:
            # Too big to show whole and readable: readable, from the input end (the left, the top).
            self.set_zoom(READABLE_ZOOM)
            view = self.mapToScene(self.viewport().rect()).boundingRect()
            center = rect.center()
            if rect.width() > view.width():
                center.setX(rect.left() + view.width() / 2)
            if rect.height() > view.height():
                center.setY(rect.top() + view.height() / 2)
            self.centerOn(center)
            return
        self.centerOn(rect.center())

    # ------------------------------------------------------------------ painting

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt name
        dark = style.is_dark()
        painter.fillRect(rect, style.color("base") if dark else style.color("window"))
        spacing = GRID if self.zoom_level() >= 0.6 else GRID * 5
        left = int(rect.left() // spacing) * spacing
        top = int(rect.top() // spacing) * spacing
        dot = QColor(style.color("muted"))
        dot.setAlphaF(0.35 if dark else 0.3)
        pen = QPen(dot, 1.6 if self.zoom_level() >= 0.6 else 1.2)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        points = []
        y = top
        while y <= rect.bottom():
            x = left
            while x <= rect.right():
                points.append(QPointF(x, y))
                x += spacing
            y += spacing
        if len(points) < 40000:
            painter.drawPoints(points)

    def _on_theme_changed(self, _name: str = "") -> None:
        self.resetCachedContent()
        self.network_scene.update()
        self.viewport().update()

    # ------------------------------------------------------------------ mouse

    def _scene_pos(self, event) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _port_near(self, scene_pos: QPointF) -> PortItem | None:
        return self.network_scene.port_at(scene_pos, PORT_PICK_PX / max(self.zoom_level(), 1e-6))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_held):
            self._pan_from = event.position().toPoint()
            self._keep_fitted = False
            self._pan_button = button
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            port = self._port_near(self._scene_pos(event))
            if port is not None:
                self._start_connection(port, self._scene_pos(event))
                event.accept()
                return
        super().mousePressEvent(event)
        if button == Qt.MouseButton.LeftButton and isinstance(self._item_at(event), LayerItem):
            self._drag_start = {item.node_id: (item.pos().x(), item.pos().y())
                                for item in self.network_scene.selectedItems() if isinstance(item, LayerItem)}
            self.network_scene.snapping = True

    def _item_at(self, event):
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, PortItem):
            return item.layer
        return item

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._connect_from is not None:
            self._update_connection(self._scene_pos(event))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._pan_from is not None and event.button() == self._pan_button:
            self._pan_from = None
            self._pan_button = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_held
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        if self._connect_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_connection(self._scene_pos(event), event.position().toPoint())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the view handled it (selection, rubber band or move), even where the scene did not
        if event.button() == Qt.MouseButton.LeftButton and self._drag_start:
            self._finish_move()

    def _finish_move(self) -> None:
        """One whole drag of one or more cards = one MoveNodesCommand, pushed on release."""
        self.network_scene.snapping = False
        start, self._drag_start = self._drag_start, {}
        graph = self.project.graph
        moves = {}
        for node_id, old in start.items():
            item = self.network_scene.layers.get(node_id)
            if item is None or node_id not in graph.nodes:
                continue
            new = (item.pos().x(), item.pos().y())
            if new != graph.nodes[node_id].pos:
                moves[node_id] = (graph.nodes[node_id].pos, new)
        if moves:
            self._push(lambda: _commands().MoveNodesCommand(self.project, moves))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._port_near(self._scene_pos(event)) is not None:
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # connections -----------------------------------------------------

    def _start_connection(self, port: PortItem, scene_pos: QPointF) -> None:
        self._connect_from = port
        self._connect_line = ConnectionLine()
        self.network_scene.addItem(self._connect_line)
        self._update_connection(scene_pos)

    def _connection_ends(self, scene_pos: QPointF) -> tuple[str | None, str | None, PortItem | None]:
        """(src, dst, target port) for a connection dragged from ``_connect_from`` to ``scene_pos``:
        the port under the cursor, or the suitable port of the card under it."""
        start = self._connect_from
        assert start is not None
        target = self._port_near(scene_pos)
        if target is not None and (target.is_output == start.is_output or target.layer is start.layer):
            target = None
        layer = target.layer if target is not None else self.network_scene.layer_at(scene_pos)
        if layer is None or layer is start.layer:
            return None, None, None
        if target is None:
            target = layer.in_port if start.is_output else layer.out_port
        if start.is_output:
            return start.node_id, layer.node_id, target
        return layer.node_id, start.node_id, target

    def _update_connection(self, scene_pos: QPointF) -> None:
        start = self._connect_from
        if start is None or self._connect_line is None:
            return
        src, dst, target = self._connection_ends(scene_pos)
        ok = True
        end = scene_pos
        if src is not None:
            ok = self._may_connect(src, dst)
            if target is not None:
                end = target.scenePos()
        if self._connect_target is not None and self._connect_target is not target:
            self._connect_target.highlight = None
            self._connect_target.update()
        self._connect_target = target
        if target is not None:
            target.highlight = style.color("ok") if ok else style.color("error")
            target.update()
        a, b = (start.scenePos(), end) if start.is_output else (end, start.scenePos())
        self._connect_line.set_points(a, b, ok)

    def _finish_connection(self, scene_pos: QPointF, view_pos: QPoint) -> None:
        src, dst, _target = self._connection_ends(scene_pos)
        self._cancel_connection()
        if src is None:
            return  # released on empty canvas: nothing to do
        self._push(lambda: _commands().connect_command(self.project, src, dst), at=view_pos)

    def _may_connect(self, src: str, dst: str) -> bool:
        try:
            _commands().connect_command(self.project, src, dst)
        except GraphError:
            return False
        return True

    def _cancel_connection(self) -> None:
        if self._connect_target is not None:
            self._connect_target.highlight = None
            self._connect_target.update()
        if self._connect_line is not None:
            self.network_scene.removeItem(self._connect_line)
        self._connect_from = self._connect_line = self._connect_target = None

    # ------------------------------------------------------------------ wheel, keys

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._keep_fitted = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom_level() * (1.2 ** steps), event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self._connect_from is not None:
                self._cancel_connection()
            else:
                self.network_scene.clearSelection()
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selected()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif key == Qt.Key.Key_D and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.duplicate_selected()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and self.selected_ids():
            self._nudge(key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _nudge(self, key) -> None:
        dx = {Qt.Key.Key_Left: -GRID, Qt.Key.Key_Right: GRID}.get(key, 0.0)
        dy = {Qt.Key.Key_Up: -GRID, Qt.Key.Key_Down: GRID}.get(key, 0.0)
        graph = self.project.graph
        moves = {n: (graph.nodes[n].pos, (graph.nodes[n].pos[0] + dx, graph.nodes[n].pos[1] + dy))
                 for n in self.selected_ids()}
        self._push(lambda: _commands().MoveNodesCommand(self.project, moves))

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._space_held = False
        super().focusOutEvent(event)

    # ------------------------------------------------------------------ drops from the palette

    @staticmethod
    def _dropped_kind(mime: QMimeData) -> str | None:
        if mime is None or not mime.hasFormat(LAYER_MIME):
            return None
        kind = bytes(mime.data(LAYER_MIME)).decode("utf-8", "replace").strip()
        try:
            layer_kind(kind)
        except KeyError:
            return None
        return kind

    def _insertable(self, kind: str) -> bool:
        lk = layer_kind(kind)
        return lk.max_inputs != 0 and lk.has_output

    def _edge_for_drop(self, kind: str, scene_pos: QPointF) -> EdgeItem | None:
        if not self._insertable(kind):
            return None
        return self.network_scene.edge_near(scene_pos, EDGE_PICK_PX / max(self.zoom_level(), 1e-6))

    def _set_drop_edge(self, edge: EdgeItem | None) -> None:
        if edge is self._drop_edge:
            return
        if self._drop_edge is not None:
            self._drop_edge.drop_target = False
            self._drop_edge.update()
        self._drop_edge = edge
        if edge is not None:
            edge.drop_target = True
            edge.update()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._dropped_kind(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt name
        kind = self._dropped_kind(event.mimeData())
        if kind is None:
            event.ignore()
            return
        self._set_drop_edge(self._edge_for_drop(kind, self._scene_pos(event)))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._set_drop_edge(None)
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt name
        kind = self._dropped_kind(event.mimeData())
        self._set_drop_edge(None)
        if kind is None:
            event.ignore()
            return
        scene_pos = self._scene_pos(event)
        edge = self._edge_for_drop(kind, scene_pos)
        node_id = self.add_node_at(kind, scene_pos, on_edge=edge, at=event.position().toPoint())
        if node_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ context menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt name
        scene_pos = self.mapToScene(event.pos())
        item = self.itemAt(event.pos())
        if isinstance(item, PortItem):
            item = item.layer
        menu = QMenu(self)
        if isinstance(item, LayerItem):
            if not item.isSelected():
                self.select_nodes([item.node_id])
            menu.addAction(_tr("Duplicate"), self.duplicate_selected)
            menu.addAction(_tr("Copy"), self.copy_selected)
            menu.addAction(_tr("Cut"), self.cut_selected)
            menu.addSeparator()
            menu.addAction(_tr("Delete"), self.delete_selected)
        elif isinstance(item, EdgeItem):
            edge = item
            insert = menu.addMenu(_tr("Insert layer"))
            for lk in LAYER_KINDS:
                if self._insertable(lk.name):
                    action = QAction(style.layer_icon(lk.name), QCoreApplication.translate("layers", lk.label), insert)
                    action.triggered.connect(lambda _=False, k=lk.name, e=edge, p=scene_pos:
                                             self.add_node_at(k, p, on_edge=e))
                    insert.addAction(action)
            menu.addSeparator()
            menu.addAction(_tr("Delete connection"),
                           lambda e=edge: self._push(lambda: _commands().RemoveNodesCommand(self.project, [], [e.key])))
        else:
            add = menu.addMenu(_tr("Add layer"))
            for lk in LAYER_KINDS:
                action = QAction(style.layer_icon(lk.name), QCoreApplication.translate("layers", lk.label), add)
                action.triggered.connect(lambda _=False, k=lk.name, p=scene_pos: self.add_node_at(k, p))
                add.addAction(action)
            paste = menu.addAction(_tr("Paste"), self.paste)
            data = QApplication.clipboard().mimeData()
            paste.setEnabled(data is not None and data.hasFormat(FRAGMENT_MIME))
            menu.addSeparator()
            menu.addAction(_tr("Arrange"), self.arrange)
            menu.addAction(_tr("Fit to window"), self.fit_all)
        menu.exec(event.globalPos())
        event.accept()
