"""The network a user draws: layer nodes joined by edges into a directed acyclic graph.

Every node has one output port and one input port; a port takes as many edges as its kind allows
(Add and Concat take two or more; Concat joins them in edge order). Edits go through the methods
below, which check their arguments and announce what changed on the graph's signals; the GUI's undo
commands call these methods and its views listen to the signals.
"""

from __future__ import annotations

import copy
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable

from .catalog import LAYER_KINDS, SINGLETON_KINDS, LayerKind, layer_kind
from .events import Signal
from .params import ParamError
from .text import quote


# The most layers and connections a network may have. A teaching network has tens; past a few
# thousand the canvas is unusable and training one step takes seconds, so a file that asks for more
# is refused with a message instead of freezing the window.
MAX_NODES = 5_000
MAX_EDGES = 20_000

# Names a layer id cannot take because torch.nn.ModuleDict (which holds the built layers, keyed by
# id) has an attribute of that name: registering a module under one fails. Listed here rather than
# asked of torch, so reading a project never imports torch; a test checks the list against torch.
RESERVED_IDS = frozenset("""
T_destination __annotations__ __call__ __class__ __contains__ __delattr__ __delitem__ __dict__ __dir__
__doc__ __eq__ __format__ __ge__ __getattr__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__
__init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __module__ __ne__ __new__ __reduce__
__reduce_ex__ __repr__ __setattr__ __setitem__ __setstate__ __sizeof__ __str__ __subclasshook__
__weakref__ _apply _backward_hooks _backward_pre_hooks _buffers _call_impl _compiled_call_impl
_forward_hooks _forward_hooks_always_called _forward_hooks_with_kwargs _forward_pre_hooks
_forward_pre_hooks_with_kwargs _get_backward_hooks _get_backward_pre_hooks _get_name
_is_full_backward_hook _load_from_state_dict _load_state_dict_post_hooks _load_state_dict_pre_hooks
_maybe_warn_non_full_backward_hook _modules _named_members _non_persistent_buffers_set _parameters
_register_load_state_dict_pre_hook _register_state_dict_hook _replicate_for_data_parallel
_save_to_state_dict _slow_forward _state_dict_hooks _state_dict_pre_hooks _version _wrapped_call_impl
add_module apply bfloat16 buffers call_super_init children clear compile cpu cuda double
dump_patches eval extra_repr float forward get_buffer get_extra_state get_parameter get_submodule half
ipu items keys load_state_dict modules mtia named_buffers named_children named_modules
named_parameters parameters pop register_backward_hook register_buffer register_forward_hook
register_forward_pre_hook register_full_backward_hook register_full_backward_pre_hook
register_load_state_dict_post_hook register_load_state_dict_pre_hook register_module
register_parameter register_state_dict_post_hook register_state_dict_pre_hook requires_grad_
set_extra_state set_submodule share_memory state_dict to to_empty train training type
update values xpu zero_grad
""".split())


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
        # Each node's inputs and outputs in edge order, and the set of edges: without them every
        # query walks the whole edge list, and checking a long chain costs the cube of its length.
        # Kept up to date on appends; rebuilt after any other change to ``edges`` (see _index).
        self._ins: dict[str, list[str]] = {}
        self._outs: dict[str, list[str]] = {}
        self._edge_set: set[Edge] = set()
        self._indexed: tuple[int, Edge | None] | None = None

    # ------------------------------------------------------------------ queries

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(f"there is no layer called {quote(node_id)}") from None

    def _index(self) -> None:
        """Bring the adjacency index up to date with ``edges`` (rebuilt when the list changed other
        than through an append by add_edge, e.g. by a caller editing ``edges`` itself)."""
        edges = self.edges
        if self._indexed == (len(edges), edges[-1] if edges else None):
            return
        ins: dict[str, list[str]] = {}
        outs: dict[str, list[str]] = {}
        for e in edges:
            ins.setdefault(e.dst, []).append(e.src)
            outs.setdefault(e.src, []).append(e.dst)
        self._ins, self._outs, self._edge_set = ins, outs, set(edges)
        self._indexed = (len(edges), edges[-1] if edges else None)

    def _dirty(self) -> None:
        self._indexed = None

    def inputs_of(self, node_id: str) -> list[str]:
        self._index()
        return list(self._ins.get(node_id, ()))

    def outputs_of(self, node_id: str) -> list[str]:
        self._index()
        return list(self._outs.get(node_id, ()))

    def input_count(self, node_id: str) -> int:
        self._index()
        return len(self._ins.get(node_id, ()))

    def edges_of(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if node_id in (e.src, e.dst)]

    def has_edge(self, src: str, dst: str) -> bool:
        self._index()
        return Edge(src, dst) in self._edge_set

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
        self._index()
        outs = self._outs
        seen, stack = set(), [start]
        while stack:
            n = stack.pop()
            if n == goal:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(outs.get(n, ()))
        return False

    def reachable_from(self, start: str) -> set[str]:
        """Every node a path of edges leads to from ``start`` (``start`` included)."""
        self._index()
        outs = self._outs
        seen, stack = {start}, [start]
        while stack:
            for m in outs.get(stack.pop(), ()):
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        return seen

    def connection_problem(self, src: str, dst: str) -> str | None:
        """Why an edge src → dst may not be added, or None when it may."""
        problem = self._connection_problem_without_cycles(src, dst)
        if problem:
            return problem
        s, d = self.nodes[src], self.nodes[dst]
        if self.reaches(dst, src):
            return f"connecting {s.label} to {d.label} would make a cycle; the network must flow one way"
        return None

    def topological_order(self) -> list[str]:
        """Node ids so that every edge goes forward; ties keep insertion order. Raises GraphError on a
        cycle (which the edit methods never create, but a hand-edited file might)."""
        self._index()
        outs = self._outs
        indegree = {n: 0 for n in self.nodes}
        for e in self.edges:
            indegree[e.dst] += 1
        ready = deque(n for n in self.nodes if indegree[n] == 0)
        order: list[str] = []
        while ready:
            n = ready.popleft()
            order.append(n)
            for m in outs.get(n, ()):
                indegree[m] -= 1
                if indegree[m] == 0:
                    ready.append(m)
        if len(order) != len(self.nodes):
            placed = set(order)
            stuck = [n for n in self.nodes if n not in placed]
            shown = ", ".join(stuck[:10]) + (f" and {len(stuck) - 10:,} more" if len(stuck) > 10 else "")
            raise GraphError(f"the layers {shown} form a cycle")
        return order

    def cycle_nodes(self) -> set[str]:
        """The nodes that lie on a cycle (a strongly connected part of more than one node), found in
        one pass (Tarjan's algorithm, without recursion, so a long chain cannot overflow the stack)."""
        self._index()
        outs = self._outs
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        on_stack: set[str] = set()
        stack: list[str] = []
        found: set[str] = set()
        counter = 0
        for root in self.nodes:
            if root in index:
                continue
            work = [(root, iter(outs.get(root, ())))]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack.add(root)
            while work:
                node, children = work[-1]
                advanced = False
                for child in children:
                    if child not in index:
                        index[child] = low[child] = counter
                        counter += 1
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(outs.get(child, ()))))
                        advanced = True
                        break
                    if child in on_stack:
                        low[node] = min(low[node], index[child])
                if advanced:
                    continue
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    part = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        part.append(member)
                        if member == node:
                            break
                    if len(part) > 1:
                        found.update(part)
        return found

    # ------------------------------------------------------------------ edits

    def add_node(self, kind: str, params: dict[str, Any] | None = None, pos: tuple[float, float] = (0.0, 0.0),
                 node_id: str | None = None) -> Node:
        try:
            lk = layer_kind(kind)
        except KeyError:
            raise GraphError(f"unknown layer kind {quote(kind)}; known: "
                             f"{', '.join(k.name for k in LAYER_KINDS)}") from None
        if node_id is None:
            node_id = self.new_id(kind)
        if not isinstance(node_id, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", node_id):
            raise GraphError(f"{quote(node_id)} cannot name a layer: use letters, digits and _ only "
                             f"(at most 64, not starting with a digit)")
        if node_id in RESERVED_IDS:
            raise GraphError(f"{quote(node_id)} cannot name a layer: PyTorch uses that name itself. "
                             f"Choose another id, such as {kind}_1")
        if len(self.nodes) >= MAX_NODES:
            raise GraphError(f"a network may have at most {MAX_NODES:,} layers; this one has "
                             f"{len(self.nodes):,} already")
        if node_id in self.nodes:
            raise GraphError(f"there is already a layer called {quote(node_id)}")
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
        removed = [(i, e) for i, e in enumerate(self.edges) if node_id in (e.src, e.dst)]
        for index, e in sorted(removed, reverse=True):
            del self.edges[index]
            self._dirty()
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
            raise GraphError(f"there is already a layer called {quote(node.id)}")
        remembered = self._removed_at.pop(node.id, len(self.nodes))
        index = remembered if position is None else position
        items = list(self.nodes.items())
        items.insert(min(index, len(items)), (node.id, node))
        self.nodes = dict(items)
        self.node_added.emit(node)
        for index, e in sorted(edges):
            self.edges.insert(min(index, len(self.edges)), e)
            self._dirty()
            self.edge_added.emit(e)
        self.changed.emit()

    def add_edge(self, src: str, dst: str, index: int | None = None, *, check_cycle: bool = True) -> Edge:
        """Connect ``src`` to ``dst``. ``check_cycle`` False leaves out the search for a cycle, for
        callers that add many edges and look for cycles once at the end (``add_edges``, the reader)."""
        problem = self.connection_problem(src, dst) if check_cycle else \
            self._connection_problem_without_cycles(src, dst)
        if problem:
            raise GraphError(problem)
        edge = Edge(src, dst)
        self._append_or_insert(edge, index)
        self.edge_added.emit(edge)
        self.changed.emit()
        return edge

    def _append_or_insert(self, edge: Edge, index: int | None) -> None:
        self._index()
        if index is None or index >= len(self.edges):
            self.edges.append(edge)
            self._ins.setdefault(edge.dst, []).append(edge.src)
            self._outs.setdefault(edge.src, []).append(edge.dst)
            self._edge_set.add(edge)
            self._indexed = (len(self.edges), edge)
        else:
            self.edges.insert(index, edge)
            self._dirty()

    def remove_edge(self, src: str, dst: str) -> int:
        """Remove an edge; returns its position so undo can put it back in the same order."""
        edge = Edge(src, dst)
        try:
            index = self.edges.index(edge)
        except ValueError:
            raise GraphError(f"{src} is not connected to {dst}") from None
        del self.edges[index]
        self._dirty()
        self.edge_removed.emit(edge)
        self.changed.emit()
        return index

    def set_param(self, node_id: str, key: str, value: Any) -> Any:
        """Set one setting (``None`` resets it to its default); returns the previous stored value
        (``None`` when it was at its default)."""
        node = self.node(node_id)
        old = node.params.get(key)
        node.params = self.params_with(node_id, key, value)
        self.node_changed.emit(node, key)
        self.changed.emit()
        return old

    def params_with(self, node_id: str, key: str, value: Any) -> dict[str, Any]:
        """The node's settings as ``set_param(node_id, key, value)`` would leave them, checked, without
        changing anything. Raises GraphError when the value is not allowed. A setting's check involves
        only its own node, so an edit can be tried without copying the graph."""
        node = self.node(node_id)
        new_params = dict(node.params)
        if value is None:
            new_params.pop(key, None)
        else:
            new_params[key] = value
        try:
            return node.layer.validate(new_params, where=node.label)
        except ParamError as exc:
            raise GraphError(str(exc)) from None

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
        g.add_edges([(src, dst) for src, dst in data["edges"]])
        return g

    def add_edges(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Add many edges at once, as a file or a copy holds them, in time linear in their number:
        each is checked as ``add_edge`` checks it, but cycles are looked for once at the end. Raises
        GraphError (naming the edge that closes a cycle); on an error no edge is added."""
        pairs = list(pairs)
        before = len(self.edges)
        try:
            for src, dst in pairs:
                self.add_edge(src, dst, check_cycle=False)
            closing = self.first_cycle_edge()
            if closing is not None:
                e = self.edges[closing]
                raise GraphError(f"connecting {self.nodes[e.src].label} to {self.nodes[e.dst].label} would "
                                 f"make a cycle; the network must flow one way")
        except GraphError:
            for e in reversed(self.edges[before:]):
                self.remove_edge(e.src, e.dst)
            raise

    def first_cycle_edge(self) -> int | None:
        """The position in ``edges`` of the first edge that closes a cycle with the edges before it,
        or None when the graph has no cycle (the usual case, found in one linear pass)."""
        if not self.cycle_nodes():
            return None
        probe = Graph()
        probe.nodes = self.nodes
        for i, e in enumerate(self.edges):
            if probe.reaches(e.dst, e.src):
                return i
            probe.edges.append(e)
            probe._ins.setdefault(e.dst, []).append(e.src)
            probe._outs.setdefault(e.src, []).append(e.dst)
            probe._edge_set.add(e)
            probe._indexed = (len(probe.edges), e)
        return None

    def _connection_problem_without_cycles(self, src: str, dst: str) -> str | None:
        if len(self.edges) >= MAX_EDGES:
            return f"a network may have at most {MAX_EDGES:,} connections"
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
        if d.layer.max_inputs is not None and self.input_count(dst) >= d.layer.max_inputs:
            return (f"{d.label} already has its input; remove that connection first, or feed an Add or "
                    f"Concat layer to combine several")
        return None

    def copy(self) -> "Graph":
        return Graph.from_dict(self.to_dict())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Graph) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"<Graph {len(self.nodes)} nodes, {len(self.edges)} edges>"
