"""The network a user draws: layer nodes joined by edges into a directed acyclic graph.

Every node has one output port and one input port; a port takes as many edges as its kind allows
(Add and Concat take two or more; Concat joins them in edge order). Edits go through the methods
below, which check their arguments and announce what changed on the graph's signals; the GUI's undo
commands call these methods and its views listen to the signals.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from .catalog import LAYER_KINDS, SINGLETON_KINDS, LayerKind, layer_kind
from .events import Signal
from .params import ParamError


class GraphError(ValueError):
    """An edit that would break the graph; the message says why, in a user's words."""


@dataclass
class Node:
    id: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    pos: tuple[float, float] = (0.0, 0.0)

    @property
    def layer(self) -> LayerKind:
        return layer_kind(self.kind)

    def resolved(self) -> dict[str, Any]:
        """All settings that matter for this node, defaults filled in."""
        return self.layer.resolve(self.params)

    def get(self, key: str) -> Any:
        return self.resolved().get(key)

    @property
    def label(self) -> str:
        """A short human name: 'Dense 2', 'Input', ..."""
        m = re.fullmatch(r"[a-z]+_(\d+)", self.id)
        if m and self.kind not in SINGLETON_KINDS:
            return f"{self.layer.label} {m.group(1)}"
        return self.layer.label if self.id == self.kind else self.id


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str


class Graph:
    """A DAG of layer nodes. Node ids double as module names in the built torch model."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.node_added = Signal("node_added")        # (node)
        self.node_removed = Signal("node_removed")    # (node)
        self.edge_added = Signal("edge_added")        # (edge)
        self.edge_removed = Signal("edge_removed")    # (edge)
        self.node_changed = Signal("node_changed")    # (node, key)
        self.node_moved = Signal("node_moved")        # (node)
        self.changed = Signal("changed")              # () after any edit
        # Where removed nodes stood in ``nodes``, so restore_node puts them back in the same order and
        # undo gives back exactly the earlier graph (order decides ids' listing and topological ties).
        self._removed_at: dict[str, int] = {}

    # ------------------------------------------------------------------ queries

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(f"there is no layer called {node_id!r}") from None

    def inputs_of(self, node_id: str) -> list[str]:
        return [e.src for e in self.edges if e.dst == node_id]

    def outputs_of(self, node_id: str) -> list[str]:
        return [e.dst for e in self.edges if e.src == node_id]

    def edges_of(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if node_id in (e.src, e.dst)]

    def has_edge(self, src: str, dst: str) -> bool:
        return Edge(src, dst) in self.edges

    def nodes_of_kind(self, kind: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.kind == kind]

    def new_id(self, kind: str) -> str:
        """A fresh id for a node of ``kind``: 'input'/'output' for the singletons, else 'dense_3'."""
        layer_kind(kind)
        if kind in SINGLETON_KINDS and kind not in self.nodes:
            return kind
        i = 1
        while f"{kind}_{i}" in self.nodes:
            i += 1
        return f"{kind}_{i}"

    def reaches(self, start: str, goal: str) -> bool:
        """True when a path of edges leads from ``start`` to ``goal``."""
        seen, stack = set(), [start]
        while stack:
            n = stack.pop()
            if n == goal:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(self.outputs_of(n))
        return False

    def connection_problem(self, src: str, dst: str) -> str | None:
        """Why an edge src → dst may not be added, or None when it may."""
        if src not in self.nodes or dst not in self.nodes:
            return "both ends must be layers on the canvas"
        if src == dst:
            return "a layer cannot feed itself"
        s, d = self.nodes[src], self.nodes[dst]
        if not s.layer.has_output:
            return f"{s.label} is the end of the network; it has no output to connect"
        if d.layer.max_inputs == 0:
            return f"{d.label} takes no inputs"
        if self.has_edge(src, dst):
            return f"{s.label} is already connected to {d.label}"
        if d.layer.max_inputs is not None and len(self.inputs_of(dst)) >= d.layer.max_inputs:
            return (f"{d.label} already has its input; remove that connection first, or feed an Add or "
                    f"Concat layer to combine several")
        if self.reaches(dst, src):
            return f"connecting {s.label} to {d.label} would make a cycle; the network must flow one way"
        return None

    def topological_order(self) -> list[str]:
        """Node ids so that every edge goes forward; ties keep insertion order. Raises GraphError on a
        cycle (which the edit methods never create, but a hand-edited file might)."""
        indegree = {n: 0 for n in self.nodes}
        for e in self.edges:
            indegree[e.dst] += 1
        ready = [n for n in self.nodes if indegree[n] == 0]
        order: list[str] = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for m in self.outputs_of(n):
                indegree[m] -= 1
                if indegree[m] == 0:
                    ready.append(m)
        if len(order) != len(self.nodes):
            stuck = [n for n in self.nodes if n not in order]
            raise GraphError(f"the layers {', '.join(stuck)} form a cycle")
        return order

    # ------------------------------------------------------------------ edits

    def add_node(self, kind: str, params: dict[str, Any] | None = None, pos: tuple[float, float] = (0.0, 0.0),
                 node_id: str | None = None) -> Node:
        try:
            lk = layer_kind(kind)
        except KeyError:
            raise GraphError(f"unknown layer kind {kind!r}; known: "
                             f"{', '.join(k.name for k in LAYER_KINDS)}") from None
        if node_id is None:
            node_id = self.new_id(kind)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", node_id):
            raise GraphError(f"{node_id!r} cannot name a layer: use letters, digits and _ only")
        if node_id in self.nodes:
            raise GraphError(f"there is already a layer called {node_id!r}")
        if kind in SINGLETON_KINDS and self.nodes_of_kind(kind):
            raise GraphError(f"a network has one {lk.label} layer; there is one already")
        try:
            clean = lk.validate(params or {}, where=node_id)
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        node = Node(node_id, kind, clean, (float(pos[0]), float(pos[1])))
        self.nodes[node_id] = node
        self.node_added.emit(node)
        self.changed.emit()
        return node

    def remove_node(self, node_id: str) -> tuple[Node, list[tuple[int, Edge]]]:
        """Remove a node and its edges; returns them (with the edges' positions) so undo can restore."""
        node = self.node(node_id)
        removed = []
        for e in list(self.edges):
            if node_id in (e.src, e.dst):
                removed.append((self.edges.index(e), e))
        for index, e in sorted(removed, reverse=True):
            del self.edges[index]
            self.edge_removed.emit(e)
        self._removed_at[node_id] = list(self.nodes).index(node_id)
        del self.nodes[node_id]
        self.node_removed.emit(node)
        self.changed.emit()
        return node, sorted(removed)

    def restore_node(self, node: Node, edges: Iterable[tuple[int, Edge]] = (), position: int | None = None) -> None:
        """Put back a node removed by ``remove_node``, with its edges at their old positions.

        ``position`` is the node's old place in ``nodes`` (``list(graph.nodes).index(id)`` before the
        removal). Callers that keep a history (undo commands) should pass it: an id can be removed,
        reused by a new node and removed again, and then only the caller knows which removal it undoes."""
        if node.id in self.nodes:
            raise GraphError(f"there is already a layer called {node.id!r}")
        remembered = self._removed_at.pop(node.id, len(self.nodes))
        index = remembered if position is None else position
        items = list(self.nodes.items())
        items.insert(min(index, len(items)), (node.id, node))
        self.nodes = dict(items)
        self.node_added.emit(node)
        for index, e in sorted(edges):
            self.edges.insert(min(index, len(self.edges)), e)
            self.edge_added.emit(e)
        self.changed.emit()

    def add_edge(self, src: str, dst: str, index: int | None = None) -> Edge:
        problem = self.connection_problem(src, dst)
        if problem:
            raise GraphError(problem)
        edge = Edge(src, dst)
        if index is None:
            self.edges.append(edge)
        else:
            self.edges.insert(index, edge)
        self.edge_added.emit(edge)
        self.changed.emit()
        return edge

    def remove_edge(self, src: str, dst: str) -> int:
        """Remove an edge; returns its position so undo can put it back in the same order."""
        edge = Edge(src, dst)
        try:
            index = self.edges.index(edge)
        except ValueError:
            raise GraphError(f"{src} is not connected to {dst}") from None
        del self.edges[index]
        self.edge_removed.emit(edge)
        self.changed.emit()
        return index

    def set_param(self, node_id: str, key: str, value: Any) -> Any:
        """Set one setting (``None`` resets it to its default); returns the previous stored value
        (``None`` when it was at its default)."""
        node = self.node(node_id)
        old = node.params.get(key)
        new_params = dict(node.params)
        if value is None:
            new_params.pop(key, None)
        else:
            new_params[key] = value
        try:
            clean = node.layer.validate(new_params, where=node.label)
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        node.params = clean
        self.node_changed.emit(node, key)
        self.changed.emit()
        return old

    def move_node(self, node_id: str, pos: tuple[float, float]) -> None:
        node = self.node(node_id)
        node.pos = (float(pos[0]), float(pos[1]))
        self.node_moved.emit(node)
        self.changed.emit()

    def clear(self) -> None:
        for node_id in list(self.nodes):
            self.remove_node(node_id)

    # ------------------------------------------------------------------ (de)serialisation

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [{"id": n.id, "kind": n.kind, "params": copy.deepcopy(n.params),
                       "pos": [n.pos[0], n.pos[1]]} for n in self.nodes.values()],
            "edges": [[e.src, e.dst] for e in self.edges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Graph":
        """Build a graph from ``to_dict`` output. Raises GraphError on anything malformed; the project
        reader checks the document's shape first and turns this into its own error."""
        g = cls()
        for item in data["nodes"]:
            g.add_node(item["kind"], item.get("params", {}), tuple(item.get("pos", (0.0, 0.0))), item["id"])
        for src, dst in data["edges"]:
            g.add_edge(src, dst)
        return g

    def copy(self) -> "Graph":
        return Graph.from_dict(self.to_dict())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Graph) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"<Graph {len(self.nodes)} nodes, {len(self.edges)} edges>"
