"""The scene mirrors a project's graph: it listens to the graph's signals and adds, removes and
updates its items to match (orange-canvas-core's habit). It never changes the model itself.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from guinet.core.graph import Edge, Node
from guinet.core.model import Project

from ..i18n import problem_text

from .items import EdgeItem, LayerItem, PortItem

if TYPE_CHECKING:
    import numpy as np

SCENE_EXTENT = 20000.0  # a large fixed scene: panning is never stopped by the scene's edge


class _WeakCallback:
    """A graph-signal callback that holds the scene weakly and does nothing once the scene is gone, so
    a project that outlives its canvas (tests, a closed window) never calls into a deleted C++ object."""

    def __init__(self, scene: "NetworkScene", method: str) -> None:
        self._scene = weakref.ref(scene)
        self._method = method

    def __call__(self, *args) -> None:
        scene = self._scene()
        if scene is None:
            return
        from shiboken6 import isValid
        if isValid(scene):
            getattr(scene, self._method)(*args)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, _WeakCallback) and other._method == self._method
                and other._scene() is self._scene())

    def __hash__(self) -> int:
        return hash((self._method, id(self._scene())))


class NetworkScene(QGraphicsScene):
    _SIGNALS = ("node_added", "node_removed", "edge_added", "edge_removed", "node_changed", "node_moved")

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setSceneRect(QRectF(-SCENE_EXTENT, -SCENE_EXTENT, 2 * SCENE_EXTENT, 2 * SCENE_EXTENT))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items; they move a lot
        self.project: Project | None = None
        self.layers: dict[str, LayerItem] = {}
        self.edge_items: dict[tuple[str, str], EdgeItem] = {}
        self.snapping = False   # True while the user drags cards: positions snap to the grid
        self._callbacks: list[tuple[object, _WeakCallback]] = []
        self._widths: dict[str, int | None] | None = None
        self._problems: dict[str, list[str]] = {}
        self._images: dict[str, np.ndarray] = {}
        self.set_project(project)

    # ------------------------------------------------------------------ project

    def set_project(self, project: Project) -> None:
        self.detach()
        self.clearSelection()
        for item in list(self.edge_items.values()):
            self.removeItem(item)
        for item in list(self.layers.values()):
            self.removeItem(item)
        self.layers.clear()
        self.edge_items.clear()
        self._widths, self._problems, self._images = None, {}, {}
        self.project = project
        graph = project.graph
        for name in self._SIGNALS:
            callback = _WeakCallback(self, "_on_" + name)
            signal = getattr(graph, name)
            signal.connect(callback)
            self._callbacks.append((signal, callback))
        for node in graph.nodes.values():
            self._on_node_added(node)
        for edge in graph.edges:
            self._on_edge_added(edge)

    def detach(self) -> None:
        """Stop listening to the project's graph."""
        for signal, callback in self._callbacks:
            signal.disconnect(callback)
        self._callbacks.clear()

    # ------------------------------------------------------------------ graph signals

    def _on_node_added(self, node: Node) -> None:
        item = LayerItem(node)
        self.layers[node.id] = item
        self.addItem(item)
        if self._widths is not None:
            item.set_width(self._widths.get(node.id))
        item.set_problems(self._problems.get(node.id, []))
        if node.id in self._images:
            item.set_neuron_images(self._images[node.id])

    def _on_node_removed(self, node: Node) -> None:
        item = self.layers.pop(node.id, None)
        if item is not None:
            for edge in list(item.edges):  # the graph removes edges first; this is a safety net
                self._drop_edge(edge)
            self.removeItem(item)

    def _on_edge_added(self, edge: Edge) -> None:
        src, dst = self.layers.get(edge.src), self.layers.get(edge.dst)
        if src is None or dst is None:
            return
        item = EdgeItem(src, dst)
        self.edge_items[(edge.src, edge.dst)] = item
        self.addItem(item)
        for port in (src.out_port, dst.in_port):
            if port is not None:
                port.update()

    def _on_edge_removed(self, edge: Edge) -> None:
        item = self.edge_items.get((edge.src, edge.dst))
        if item is not None:
            self._drop_edge(item)

    def _drop_edge(self, item: EdgeItem) -> None:
        self.edge_items.pop(item.key, None)
        item.detach()
        self.removeItem(item)

    def _on_node_changed(self, node: Node, key=None) -> None:
        item = self.layers.get(node.id)
        if item is not None:
            item.refresh(node)

    def _on_node_moved(self, node: Node) -> None:
        item = self.layers.get(node.id)
        if item is not None and (item.pos().x(), item.pos().y()) != node.pos:
            item.setPos(QPointF(*node.pos))

    # ------------------------------------------------------------------ decorations from outside

    def set_widths(self, widths: dict[str, int | None] | None) -> None:
        self._widths = dict(widths) if widths is not None else None
        for node_id, item in self.layers.items():
            if widths is None:
                item.set_width(None, known=False)
            else:
                item.set_width(widths.get(node_id))

    def set_problems(self, problems) -> None:
        by_node: dict[str, list[str]] = {}
        for p in problems:
            if p.node_id is not None:
                by_node.setdefault(p.node_id, []).append(problem_text(p))
        self._problems = by_node
        for node_id, item in self.layers.items():
            item.set_problems(by_node.get(node_id, []))

    def set_neuron_images(self, images: dict[str, np.ndarray] | None) -> None:
        self._images = dict(images or {})
        for node_id, item in self.layers.items():
            item.set_neuron_images(self._images.get(node_id))

    # ------------------------------------------------------------------ queries

    def selected_ids(self) -> list[str]:
        """Selected layers, in the graph's node order."""
        chosen = {item.node_id for item in self.selectedItems() if isinstance(item, LayerItem)}
        if self.project is None:
            return sorted(chosen)
        return [n for n in self.project.graph.nodes if n in chosen]

    def selected_edges(self) -> list[tuple[str, str]]:
        return [item.key for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def port_at(self, pos: QPointF, tolerance: float) -> PortItem | None:
        """The port nearest ``pos`` within ``tolerance`` scene units."""
        best, best_d = None, tolerance
        for layer in self.layers.values():
            for port in (layer.in_port, layer.out_port):
                if port is None:
                    continue
                d = (port.scenePos() - pos).manhattanLength()
                if d <= best_d:
                    best, best_d = port, d
        return best

    def layer_at(self, pos: QPointF) -> LayerItem | None:
        for item in self.items(pos):
            if isinstance(item, LayerItem):
                return item
            if isinstance(item, PortItem):
                return item.layer
        return None

    def edge_near(self, pos: QPointF, tolerance: float) -> EdgeItem | None:
        """The connection passing within ``tolerance`` scene units of ``pos`` (the nearest-looking
        one: the first hit in stacking order)."""
        rect = QRectF(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance)
        for item in self.items(rect):
            if isinstance(item, EdgeItem) and item.near(pos, tolerance):
                return item
        return None

    def nodes_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.layers.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect
