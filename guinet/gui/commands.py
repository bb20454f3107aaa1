"""Undo commands: every edit a user makes to the project is one of these, pushed on a QUndoStack.

Commands change only the model (``Project``/``Graph`` methods); views follow the model's signals, so
undo and redo redraw the canvas and panels with no extra code (orange-canvas-core's habit, without
NodeGraphQt's habit of poking the view from a command).

Each command checks its edit when it is built, on a scratch copy of the model, and raises
``GraphError`` with the user's message when the edit is not allowed; the caller shows the message and
pushes nothing. A command built from a valid gesture never raises in ``redo``.

Undo gives back exactly the earlier project (``Project.to_dict()`` compares equal): removed nodes
and edges return to their old places in the node order and the edge list (Concat joins its inputs in
edge order, and topological ties follow node order, so both matter), and settings edits restore the
whole settings dictionary, including a choice's own parameters that a change of choice dropped.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from guinet.core.catalog import SINGLETON_KINDS, layer_kind
from guinet.core.graph import Edge, Graph, GraphError, Node
from guinet.core.model import Project
from guinet.core.project import MAX_POSITION, ProjectError, graph_from_fragment

__all__ = [
    "ProjectUndoStack", "GraphError", "AddNodeCommand", "RemoveNodesCommand", "ConnectCommand", "DisconnectCommand",
    "InsertOnEdgeCommand", "MoveNodesCommand", "SetParamCommand", "SetDataCommand", "SetTrainingCommand",
    "PasteCommand", "DrawPointsCommand", "fragment_of", "fresh_ids",
]

class ProjectUndoStack(QUndoStack):
    """The window's undo stack, which also knows about the one change that is no undo step: weights a
    training session changed. The project is saved (``is_saved``) when the stack is at its clean index
    and no training ran since; ``setClean`` (the project now matches its file, or a caller says there
    is nothing to keep) clears both."""

    saved_changed = Signal(bool)   # is_saved() after a change of either

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._weights_unsaved = False
        self.cleanChanged.connect(lambda _clean: self.saved_changed.emit(self.is_saved()))

    @property
    def weights_unsaved(self) -> bool:
        return self._weights_unsaved

    def mark_weights_changed(self) -> None:
        """Training changed the weights (an undo step does not hold them; the project file does)."""
        if not self._weights_unsaved:
            self._weights_unsaved = True
            self.saved_changed.emit(False)

    def is_saved(self) -> bool:
        return self.isClean() and not self._weights_unsaved

    def setClean(self) -> None:  # noqa: N802 - Qt name
        quiet = self.isClean() and self._weights_unsaved   # cleanChanged will not say it
        self._weights_unsaved = False
        super().setClean()
        if quiet:
            self.saved_changed.emit(True)

    def clear(self) -> None:
        """Empty the history (another project is shown): nothing trained is pending either."""
        quiet = self.isClean() and self._weights_unsaved
        self._weights_unsaved = False
        super().clear()
        if quiet:
            self.saved_changed.emit(self.is_saved())


# Ids for QUndoCommand.id(): commands with the same id may merge (see mergeWith).
_SET_PARAM_ID = 7301
_SET_DATA_ID = 7302
_SET_TRAINING_ID = 7303


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _label(kind: str) -> str:
    return QCoreApplication.translate("layers", layer_kind(kind).label)


def _trial(graph: Graph, edit: Callable[[Graph], Any]) -> Any:
    """Run ``edit`` on a copy of ``graph`` (nobody listens to it): raises GraphError when the edit
    is not allowed, leaving the real graph untouched."""
    return edit(graph.copy())


def _project_copy(project: Project) -> Project:
    return Project(project.graph.copy(), dict(project.data), dict(project.training), project.name)


def _restore_settings(set_fn: Callable[[str, Any], Any], get_fn: Callable[[], Mapping[str, Any]],
                      wanted: Mapping[str, Any]) -> None:
    """Bring a sparse settings dict back to ``wanted`` through ``set_fn`` (which validates and emits
    the model's signal for each key). Plain keys go first: a choice's own (dotted) parameters are
    only kept while their choice is the chosen one."""
    current = get_fn()
    for key in sorted(set(current) | set(wanted), key=lambda k: ("." in k, k)):
        current = get_fn()
        if current.get(key) != wanted.get(key):
            set_fn(key, copy.deepcopy(wanted.get(key)))


# ---------------------------------------------------------------------------------------------- nodes


class AddNodeCommand(QUndoCommand):
    """Add a layer, optionally fed by ``connect_from`` and feeding ``connect_to``."""

    def __init__(self, project: Project, kind: str, pos: tuple[float, float],
                 params: Mapping[str, Any] | None = None, node_id: str | None = None,
                 connect_from: str | None = None, connect_to: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        graph = project.graph
        try:
            lk = layer_kind(kind)
        except KeyError:
            raise GraphError(_tr("unknown layer kind {kind!r}").format(kind=kind)) from None
        if kind in SINGLETON_KINDS and graph.nodes_of_kind(kind):
            raise GraphError(_tr("A network has only one {label} layer, and this one has it already.")
                             .format(label=_label(kind)))
        self.kind = kind
        self.node_id = node_id or graph.new_id(kind)
        self.pos = (float(pos[0]), float(pos[1]))
        self.params = dict(params or {})
        self.connect_from = connect_from
        self.connect_to = connect_to
        _trial(graph, self._apply)
        self.setText(_tr("Add {label}").format(label=_label(lk.name)))

    def _apply(self, graph: Graph) -> None:
        graph.add_node(self.kind, copy.deepcopy(self.params), self.pos, self.node_id)
        if self.connect_from is not None:
            graph.add_edge(self.connect_from, self.node_id)
        if self.connect_to is not None:
            graph.add_edge(self.node_id, self.connect_to)

    def redo(self) -> None:
        self._apply(self.project.graph)

    def undo(self) -> None:
        self.project.graph.remove_node(self.node_id)


class RemoveNodesCommand(QUndoCommand):
    """Remove layers with all their edges (and, optionally, further edges between other layers).
    Undo puts every node and edge back where it was."""

    def __init__(self, project: Project, node_ids, edges=(), parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        graph = project.graph
        self.node_ids = list(dict.fromkeys(node_ids))
        for node_id in self.node_ids:
            graph.node(node_id)  # raises GraphError for an unknown id
        # Edges named on their own; those touching removed nodes go with the nodes anyway.
        self.edges = [Edge(*e) for e in edges]
        self.edges = [e for e in dict.fromkeys(self.edges)
                      if e.src not in self.node_ids and e.dst not in self.node_ids]
        for e in self.edges:
            if not graph.has_edge(e.src, e.dst):
                raise GraphError(_tr("{src} is not connected to {dst}").format(src=e.src, dst=e.dst))
        if not self.node_ids and not self.edges:
            raise GraphError(_tr("Nothing is selected to delete."))
        self._removed_edges: list[tuple[int, Edge]] = []
        self._removed_nodes: list[tuple[Node, list[tuple[int, Edge]], int]] = []
        if len(self.node_ids) == 1 and not self.edges:
            self.setText(_tr("Delete {label}").format(label=graph.node(self.node_ids[0]).label))
        elif not self.node_ids:
            self.setText(_tr("Delete connection") if len(self.edges) == 1 else _tr("Delete connections"))
        else:
            self.setText(_tr("Delete {n} layers").format(n=len(self.node_ids)))

    def redo(self) -> None:
        graph = self.project.graph
        self._removed_edges = [(graph.remove_edge(e.src, e.dst), e) for e in self.edges]
        self._removed_nodes = []
        for node_id in self.node_ids:
            position = list(graph.nodes).index(node_id)
            node, edges = graph.remove_node(node_id)
            self._removed_nodes.append((node, edges, position))

    def undo(self) -> None:
        graph = self.project.graph
        for node, edges, position in reversed(self._removed_nodes):
            graph.restore_node(node, edges, position)
        for index, e in reversed(self._removed_edges):
            graph.add_edge(e.src, e.dst, index)
        self._removed_nodes, self._removed_edges = [], []


class ConnectCommand(QUndoCommand):
    def __init__(self, project: Project, src: str, dst: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.src, self.dst = project, src, dst
        problem = project.graph.connection_problem(src, dst)
        if problem:
            raise GraphError(problem)
        self.setText(_tr("Connect {src} to {dst}").format(src=project.graph.node(src).label,
                                                          dst=project.graph.node(dst).label))

    def redo(self) -> None:
        self.project.graph.add_edge(self.src, self.dst)

    def undo(self) -> None:
        self.project.graph.remove_edge(self.src, self.dst)


class ReplaceInputCommand(QUndoCommand):
    """src → dst where dst takes one input and has one already: the new connection takes the old
    one's place (as node editors do), so File > New's Input → Output does not block the first
    Dense → Output. Undo puts the old connection back."""

    def __init__(self, project: Project, src: str, dst: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        graph = project.graph
        self.project, self.src, self.dst = project, src, dst
        old = graph.inputs_of(dst) if dst in graph.nodes else []
        if dst not in graph.nodes or graph.node(dst).layer.max_inputs != 1 or len(old) != 1 \
                or old[0] == src:
            raise GraphError(graph.connection_problem(src, dst) or _tr("nothing to replace"))
        self.old = old[0]
        trial = graph.copy()
        trial.remove_edge(self.old, dst)
        problem = trial.connection_problem(src, dst)
        if problem:
            raise GraphError(problem)
        self.index = graph.edges.index(Edge(self.old, dst))
        self.setText(_tr("Connect {src} to {dst} in place of {old}").format(
            src=graph.node(src).label, dst=graph.node(dst).label, old=graph.node(self.old).label))

    def redo(self) -> None:
        graph = self.project.graph
        self.index = graph.remove_edge(self.old, self.dst)
        graph.add_edge(self.src, self.dst, self.index)

    def undo(self) -> None:
        graph = self.project.graph
        graph.remove_edge(self.src, self.dst)
        graph.add_edge(self.old, self.dst, self.index)


def connect_command(project: Project, src: str, dst: str) -> QUndoCommand:
    """The command for a connection the user dragged: a plain one, or one that replaces the single
    input dst already has. Raises GraphError (the plain connection's reason) when neither may be."""
    try:
        return ConnectCommand(project, src, dst)
    except GraphError as plain:
        try:
            return ReplaceInputCommand(project, src, dst)
        except GraphError:
            raise plain from None


class DisconnectCommand(QUndoCommand):
    def __init__(self, project: Project, src: str, dst: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.src, self.dst = project, src, dst
        if not project.graph.has_edge(src, dst):
            raise GraphError(_tr("{src} is not connected to {dst}").format(src=src, dst=dst))
        self.index = project.graph.edges.index(Edge(src, dst))
        self.setText(_tr("Disconnect {src} from {dst}").format(src=project.graph.node(src).label,
                                                               dst=project.graph.node(dst).label))

    def redo(self) -> None:
        self.index = self.project.graph.remove_edge(self.src, self.dst)

    def undo(self) -> None:
        self.project.graph.add_edge(self.src, self.dst, self.index)


class InsertOnEdgeCommand(QUndoCommand):
    """A layer dropped on the edge src → dst: src → new → dst, in the old edge's place (so a Concat
    downstream keeps its input order)."""

    def __init__(self, project: Project, kind: str, pos: tuple[float, float], src: str, dst: str,
                 params: Mapping[str, Any] | None = None, node_id: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        graph = project.graph
        try:
            lk = layer_kind(kind)
        except KeyError:
            raise GraphError(_tr("unknown layer kind {kind!r}").format(kind=kind)) from None
        if not graph.has_edge(src, dst):
            raise GraphError(_tr("{src} is not connected to {dst}").format(src=src, dst=dst))
        if lk.max_inputs == 0 or not lk.has_output:
            raise GraphError(_tr("{label} cannot sit inside a connection: it needs both an input and an "
                                 "output.").format(label=_label(kind)))
        if kind in SINGLETON_KINDS and graph.nodes_of_kind(kind):
            raise GraphError(_tr("A network has only one {label} layer, and this one has it already.")
                             .format(label=_label(kind)))
        self.kind, self.src, self.dst = kind, src, dst
        self.pos = (float(pos[0]), float(pos[1]))
        self.params = dict(params or {})
        self.node_id = node_id or graph.new_id(kind)
        self.index = graph.edges.index(Edge(src, dst))
        _trial(graph, self._apply)
        self.setText(_tr("Insert {label}").format(label=_label(kind)))

    def _apply(self, graph: Graph) -> None:
        index = graph.remove_edge(self.src, self.dst)
        graph.add_node(self.kind, copy.deepcopy(self.params), self.pos, self.node_id)
        graph.add_edge(self.src, self.node_id, index)
        graph.add_edge(self.node_id, self.dst, index + 1)

    def redo(self) -> None:
        self._apply(self.project.graph)

    def undo(self) -> None:
        graph = self.project.graph
        graph.remove_node(self.node_id)
        graph.add_edge(self.src, self.dst, self.index)


class MoveNodesCommand(QUndoCommand):
    """Move nodes: {id: (old_pos, new_pos)}. A whole drag, or an Arrange, is one of these."""

    def __init__(self, project: Project, moves: Mapping[str, tuple[tuple[float, float], tuple[float, float]]],
                 text: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.moves: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {}
        for node_id, (old, new) in moves.items():
            project.graph.node(node_id)
            old_pos = (float(old[0]), float(old[1]))
            new_pos = (float(new[0]), float(new[1]))
            if old_pos != new_pos:
                self.moves[node_id] = (old_pos, new_pos)
        if not self.moves:
            raise GraphError(_tr("Nothing moved."))
        if text is None:
            text = (_tr("Move {label}").format(label=project.graph.node(next(iter(self.moves))).label)
                    if len(self.moves) == 1 else _tr("Move {n} layers").format(n=len(self.moves)))
        self.setText(text)

    def redo(self) -> None:
        for node_id, (_old, new) in self.moves.items():
            self.project.graph.move_node(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _new) in self.moves.items():
            self.project.graph.move_node(node_id, old)


# ---------------------------------------------------------------------------------------------- settings


class _SetSettingCommand(QUndoCommand):
    """Set one setting; consecutive edits of the same setting merge into one undo step (a spin box
    emits a value per keystroke: typing "128" is one step). Undo restores the whole settings dict."""

    _ID = 0

    def _start(self, key: str, value: Any) -> None:
        self.key = key
        self.value = copy.deepcopy(value)
        self.before = copy.deepcopy(dict(self._settings()))
        self.after: dict[str, Any] | None = None

    # subclasses: where the settings live and how to set one
    def _settings(self) -> Mapping[str, Any]:
        raise NotImplementedError

    def _set(self, key: str, value: Any) -> Any:
        raise NotImplementedError

    def _target(self) -> tuple:
        return (self.key,)

    def id(self) -> int:
        return self._ID

    def redo(self) -> None:
        if self.after is None:
            self._set(self.key, copy.deepcopy(self.value))
            self.after = copy.deepcopy(dict(self._settings()))
        else:
            _restore_settings(self._set, self._settings, self.after)

    def undo(self) -> None:
        _restore_settings(self._set, self._settings, self.before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other._target() != self._target():
            return False
        self.value = other.value
        self.after = other.after
        # Typing a value and then typing the old one back leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True


class SetParamCommand(_SetSettingCommand):
    """Set one parameter of a layer (``None`` resets it to its default)."""

    _ID = _SET_PARAM_ID

    def __init__(self, project: Project, node_id: str, key: str, value: Any,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.node_id = project, node_id
        node = project.graph.node(node_id)
        # Tried on the node alone (a copy of a 2,000-layer graph took longer than the edit itself).
        project.graph.params_with(node_id, key, copy.deepcopy(value))
        self._start(key, value)
        label = _param_label(node, key)
        self.setText(_tr("Set {param} of {layer}").format(param=label, layer=node.label))

    def _settings(self) -> Mapping[str, Any]:
        return self.project.graph.node(self.node_id).params

    def _set(self, key: str, value: Any) -> Any:
        return self.project.graph.set_param(self.node_id, key, value)

    def _target(self) -> tuple:
        return (self.node_id, self.key)


def _param_label(node: Node, key: str) -> str:
    from guinet.core.params import spec_for_key
    try:
        spec = spec_for_key(node.layer.params, key)
    except KeyError:
        return key
    return QCoreApplication.translate("params", spec.label)


class SetDataCommand(_SetSettingCommand):
    """Set one data setting (``None`` resets it)."""

    _ID = _SET_DATA_ID

    def __init__(self, project: Project, key: str, value: Any, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        _project_copy(project).set_data(key, copy.deepcopy(value))
        self._start(key, value)
        # "Set data seed", "Set dataset": the labels already say what they are.
        self.setText(_tr("Set {key}").format(key=_settings_label("data", key)))

    def _settings(self) -> Mapping[str, Any]:
        return self.project.data

    def _set(self, key: str, value: Any) -> Any:
        return self.project.set_data(key, value)


class SetTrainingCommand(_SetSettingCommand):
    """Set one training setting (``None`` resets it)."""

    _ID = _SET_TRAINING_ID

    def __init__(self, project: Project, key: str, value: Any, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        _project_copy(project).set_training(key, copy.deepcopy(value))
        self._start(key, value)
        self.setText(_tr("Set {key}").format(key=_settings_label("training", key)))

    def _settings(self) -> Mapping[str, Any]:
        return self.project.training

    def _set(self, key: str, value: Any) -> Any:
        return self.project.set_training(key, value)


def _settings_label(which: str, key: str) -> str:
    from guinet.core.params import spec_for_key
    from guinet.core.settings import DATA_PARAMS, TRAINING_PARAMS
    try:
        spec = spec_for_key(DATA_PARAMS if which == "data" else TRAINING_PARAMS, key)
    except KeyError:
        return key
    return QCoreApplication.translate("params", spec.label).lower()


# ---------------------------------------------------------------------------------------------- copy/paste


def fragment_of(graph: Graph, node_ids) -> dict[str, Any] | None:
    """The selected nodes and the edges among them, as plain data (``Graph.to_dict`` shape) for the
    clipboard; None when nothing is selected."""
    ids = [n for n in graph.nodes if n in set(node_ids)]
    if not ids:
        return None
    chosen = set(ids)
    return {
        "nodes": [{"id": n.id, "kind": n.kind, "params": copy.deepcopy(n.params), "pos": [n.pos[0], n.pos[1]]}
                  for n in (graph.nodes[i] for i in ids)],
        "edges": [[e.src, e.dst] for e in graph.edges if e.src in chosen and e.dst in chosen],
    }


def fresh_ids(graph: Graph, kinds_by_old_id: Mapping[str, str]) -> dict[str, str]:
    """New ids for pasted nodes that collide with nothing in ``graph`` nor with each other."""
    taken = set(graph.nodes)
    out: dict[str, str] = {}
    for old, kind in kinds_by_old_id.items():
        if kind in SINGLETON_KINDS and kind not in taken:
            new = kind
        else:
            i = 1
            while f"{kind}_{i}" in taken:
                i += 1
            new = f"{kind}_{i}"
        taken.add(new)
        out[old] = new
    return out


class PasteCommand(QUndoCommand):
    """Paste a fragment (from ``fragment_of``) shifted by ``offset``, with fresh ids. Input and Output
    exist once per network: copies of them are left out when the network has them already."""

    def __init__(self, project: Project, fragment: Mapping[str, Any], offset: tuple[float, float] = (0.0, 0.0),
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        graph = project.graph
        # The clipboard is read as strictly as a project file: anything else could paste a position
        # that is not a number, or infinite, and leave a project that cannot be saved.
        try:
            checked = graph_from_fragment(fragment)
        except ProjectError as exc:
            raise GraphError(_tr("The clipboard does not hold guinet layers that can be pasted: {message}")
                             .format(message=str(exc))) from None
        fragment = checked.to_dict()
        nodes = list(fragment["nodes"])
        edges = [tuple(e) for e in fragment["edges"]]
        kinds = {item["id"]: item["kind"] for item in nodes}
        self.skipped = [old for old, kind in kinds.items()
                        if kind in SINGLETON_KINDS and graph.nodes_of_kind(kind)]
        kept = {old: kind for old, kind in kinds.items() if old not in self.skipped}
        if not kept:
            raise GraphError(_tr("A network has only one Input and one Output layer; there is nothing "
                                 "else to paste."))
        self.id_map = fresh_ids(graph, kept)
        dx, dy = float(offset[0]), float(offset[1])
        limit = MAX_POSITION
        self.nodes = [(self.id_map[item["id"]], item["kind"], copy.deepcopy(dict(item["params"])),
                       (max(-limit, min(limit, item["pos"][0] + dx)), max(-limit, min(limit, item["pos"][1] + dy))))
                      for item in nodes if item["id"] in self.id_map]
        self.edges = [(self.id_map[s], self.id_map[d]) for s, d in edges if s in self.id_map and d in self.id_map]
        _trial(graph, self._apply)
        self.node_ids = [n[0] for n in self.nodes]
        self.setText(_tr("Paste {n} layers").format(n=len(self.nodes)) if len(self.nodes) != 1
                     else _tr("Paste {label}").format(label=_label(self.nodes[0][1])))

    def _apply(self, graph: Graph) -> None:
        for node_id, kind, params, pos in self.nodes:
            graph.add_node(kind, copy.deepcopy(params), pos, node_id)
        for src, dst in self.edges:
            graph.add_edge(src, dst)

    def redo(self) -> None:
        self._apply(self.project.graph)

    def undo(self) -> None:
        for node_id, *_rest in reversed(self.nodes):
            self.project.graph.remove_node(node_id)


# ---------------------------------------------------------------------------------------------- drawn points


class DrawPointsCommand(QUndoCommand):
    """A change to the drawn points (a point added, points erased by one drag, all cleared, a toy set's
    points copied to start from): ONE undo step each, never merged with the next, since every click is
    something a user may want to take back on its own. The whole data settings are swapped at once, so
    switching to a drawn dataset and setting its points is one consistent change, and undo gives back
    exactly the settings before (a toy set with its own parameters)."""

    def __init__(self, project: Project, points: list, text: str, dataset: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.before = copy.deepcopy(dict(project.data))
        after = copy.deepcopy(dict(project.data))
        if dataset is not None:
            after = {k: v for k, v in after.items() if not k.startswith("dataset.")}
            after["dataset"] = dataset
        after["dataset.points"] = copy.deepcopy(list(points))
        # Checked now (a GraphError says why), so redo never raises.
        _project_copy(project).replace_data(after)
        self.after = after
        self.setText(text)

    def redo(self) -> None:
        self.project.replace_data(copy.deepcopy(self.after), "dataset.points")

    def undo(self) -> None:
        self.project.replace_data(copy.deepcopy(self.before), "dataset.points")
