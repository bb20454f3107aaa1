"""The Properties panel: every setting of the selected layer, with a plot of its activation function.

One ParamForm per layer kind (built once from the catalog), shown for the selected node. Edits push
SetParamCommand; the panel follows the graph's ``node_changed`` signal, so undo and redo show up here
without extra code. With no layer selected it summarises the network; with several it says so.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ..i18n import layer_label
from ...core.catalog import LAYER_KINDS
from ...core.check import TaskInfo, infer_widths, output_head
from ...core.choices import ACTIVATION_CURVES, ACTIVATIONS, HEADS
from ...core.graph import GraphError, Node
from ...core.model import Project
from ...core.params import spec_for_key
from ..deferred import LazyWidget
from .param_form import ParamForm, push_edit, scrolling_body, tr_param


# The summary lists this many layers: a rich-text table of a 2,000-layer network took Qt seconds to
# lay out on every check, and nobody reads that many rows in a side panel.
SUMMARY_ROWS = 50


def parameter_count(node: Node, input_width: int | None, width: int | None) -> int | None:
    """Trainable parameters of a node given its input and output widths (None when unknown)."""
    kind = node.kind
    if kind in ("dense", "output"):
        if input_width is None or width is None:
            return None
        bias = width if node.get("bias") else 0
        norm = 2 * width if node.get("normalization") in ("batch", "layer") else 0
        return input_width * width + bias + norm
    if kind in ("batchnorm", "layernorm"):
        return None if width is None else 2 * width
    return 0


class PropertiesPanel(QWidget):
    message = Signal(str)   # a refused edit, for the status bar

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.project: Project | None = None
        self._selected: list[str] = []
        self._info: TaskInfo | None = None

        layout = scrolling_body(self)

        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.help = QLabel()
        self.help.setProperty("role", "hint")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)

        self.stack = QStackedWidget()
        self.empty_page = QLabel()
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_page.setTextFormat(Qt.TextFormat.RichText)
        self.stack.addWidget(self.empty_page)
        # One form per layer kind, built the first time a layer of that kind is selected: none is on
        # screen when the window opens, and together they cost more than the rest of the panel.
        self.forms = _FormsByKind(self._make_form)
        # Several layers of different kinds: a form of the settings they all have, by those settings.
        self.shared_forms: dict[tuple[str, ...], ParamForm] = {}
        layout.addWidget(self.stack)

        self.plot_title = QLabel()
        self.plot_title.setProperty("role", "hint")
        layout.addWidget(self.plot_title)
        # Built the first time a curve is shown (pyqtgraph is not needed to open the window).
        self.plot_slot = LazyWidget(_make_activation_plot, minimum_height=120)
        self.plot_slot.hide()
        layout.addWidget(self.plot_slot)
        layout.addStretch(1)
        self.set_project(project)

    # ------------------------------------------------------------------ model

    def set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.graph.node_changed.disconnect(self._node_changed)
            self.project.graph.changed.disconnect(self._graph_changed)
        self.project = project
        project.graph.node_changed.connect(self._node_changed)
        project.graph.changed.connect(self._graph_changed)
        self._selected = []
        self.refresh()

    def set_selection(self, node_ids: list[str]) -> None:
        if list(node_ids) != self._selected:
            for form in (*self.forms.values(), *self.shared_forms.values()):
                form.clear_errors()   # a refused value belongs to the layer it was typed for
        self._selected = list(node_ids)
        self.refresh()

    def set_task_info(self, info: TaskInfo | None) -> None:
        """What the data asks of the network: sizes the summary and picks the Output layer's curve."""
        self._info = info
        self.refresh()

    def selected_node(self) -> Node | None:
        nodes = self.selected_nodes()
        return nodes[0] if len(nodes) == 1 else None

    def selected_nodes(self) -> list[Node]:
        if self.project is None:
            return []
        return [self.project.graph.nodes[i] for i in self._selected if i in self.project.graph.nodes]

    def current_form(self) -> ParamForm | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ParamForm) else None

    def _node_changed(self, node: Node, key: str) -> None:
        if node.id in self._selected:
            self.refresh()

    def _graph_changed(self) -> None:
        # A removed node drops out of the selection (undo of an Add, say).
        if any(i not in self.project.graph.nodes for i in self._selected):
            self._selected = [i for i in self._selected if i in self.project.graph.nodes]
        if not self._selected:
            self.refresh()

    # ------------------------------------------------------------------ edits

    def _edited(self, key: str, value: Any) -> None:
        nodes = self.selected_nodes()
        if not nodes:
            return
        from ..commands import SetParamCommand

        if len(nodes) == 1:
            node = nodes[0]
            push_edit(self.undo_stack, lambda: SetParamCommand(self.project, node.id, key, value), self._refused)
            return
        # One value for every selected layer, as one undo step; a value one of them refuses sets none.
        form = self.current_form()
        field = form.field(key) if form is not None else None
        if value is None and field is not None:
            value = field.spec.default   # the form's default: kinds may differ in theirs
        commands = []
        try:
            for node in nodes:
                own = _stored(node, key, value)
                if node.params.get(key) != own:
                    commands.append(SetParamCommand(self.project, node.id, key, own))
        except GraphError as exc:
            self._refused(str(exc))
            return
        if not commands:
            return
        label = tr_param(field.spec.label) if field is not None else key
        self.undo_stack.beginMacro(self.tr("Set {param} of {n} layers").format(param=label, n=len(nodes)))
        for command in commands:
            self.undo_stack.push(command)
        self.undo_stack.endMacro()

    def _refused(self, message: str) -> None:
        self.message.emit(message)
        self.refresh()

    # ------------------------------------------------------------------ drawing

    def refresh(self) -> None:
        nodes = self.selected_nodes()
        if len(nodes) > 1:
            self._show_many(nodes)
            return
        node = nodes[0] if nodes else None
        if node is None:
            self._show_no_single_node()
            return
        lk = node.layer
        kind_label = tr_param(lk.label)
        # 'Dense 2' already says its kind; a hand-named node ('hidden') gets it added.
        self.title.setText(layer_label(node) if node.label.startswith(lk.label)
                           else self.tr("{name} ({kind})").format(name=node.label, kind=kind_label))
        self.help.setText(tr_param(lk.help))
        self.help.show()
        form = self.forms[node.kind] if node.kind in _KINDS_WITH_SETTINGS else None
        if form is None:
            self.empty_page.setText(self.tr("This layer has no settings of its own."))
            self.stack.setCurrentWidget(self.empty_page)
        else:
            form.set_values(node.params)
            form.set_mixed({})
            self.stack.setCurrentWidget(form)
        self._show_curve(node)

    def _show_many(self, nodes: list[Node]) -> None:
        """Several layers: the settings they share (all of a kind's when they are of one kind), the
        first layer's values shown, those that differ marked mixed; an edit sets all of them."""
        self.title.setText(self.tr("{n} layers selected").format(n=len(nodes)))
        self.help.setText(", ".join(layer_label(n) for n in nodes))
        self.help.show()
        form = self._shared_form(nodes)
        if form is None:
            self.plot_slot.hide()
            self.plot_title.hide()
            self.empty_page.setText(self.tr("These layers share no settings. Delete, Cut, Copy and Duplicate "
                                            "act on the whole selection."))
            self.stack.setCurrentWidget(self.empty_page)
            return
        first = nodes[0]
        names = {spec.name for spec in form.specs}
        form.set_values({k: v for k, v in first.params.items() if k.partition(".")[0] in names})
        resolved = [n.resolved() for n in nodes]
        mixed = {}
        for key in form.visible_keys():
            values = [r.get(key, None) for r in resolved]
            if any(v != values[0] for v in values[1:]):
                mixed[key] = [_value_text(v) for v in values]
        form.set_mixed(mixed)
        self.stack.setCurrentWidget(form)
        if "activation" in names and "activation" not in mixed and not any(
                k.startswith("activation.") for k in mixed):
            self._show_curve(first)
        else:
            self.plot_slot.hide()
            self.plot_title.hide()

    def _shared_form(self, nodes: list[Node]) -> ParamForm | None:
        kinds = {n.kind for n in nodes}
        if len(kinds) == 1:
            kind = kinds.pop()
            return self.forms[kind] if kind in _KINDS_WITH_SETTINGS else None
        layers = [n.layer for n in nodes]
        # The same setting in every kind (name, kind of value, choices, range); defaults may differ.
        shared = tuple(spec for spec in layers[0].params
                       if all(any(_same_setting(spec, other) for other in layer.params) for layer in layers[1:]))
        if not shared:
            return None
        key = tuple(spec.name for spec in shared)
        if key not in self.shared_forms:
            form = ParamForm(shared)
            form.edit.connect(self._edited)
            form.refused.connect(self.message)
            self.stack.addWidget(form)
            self.shared_forms[key] = form
        return self.shared_forms[key]

    def _show_curve(self, node: Node) -> None:
        resolved = node.resolved()
        name = None
        params: dict[str, Any] = {}
        if "activation" in resolved:
            name = resolved["activation"]
            params = {k.split(".", 1)[1]: v for k, v in resolved.items() if k.startswith("activation.")}
            caption = self.tr("{name} and its slope").format(name=tr_param(ACTIVATIONS[name].label))
        elif node.kind == "output" and self._info is not None and self.project is not None:
            head = output_head(self.project.graph, self._info)
            name = HEADS[head].extra.get("activation")
            caption = self.tr("Output head: {name} and its slope").format(name=tr_param(HEADS[head].label))
        if name is None or name not in ACTIVATION_CURVES:
            self.plot_slot.hide()
            self.plot_title.hide()
            return
        self.plot_title.setText(caption)
        self.plot.show_activation(name, params)
        self.plot_title.show()
        self.plot_slot.show()

    def _show_no_single_node(self) -> None:
        self.plot_slot.hide()
        self.plot_title.hide()
        self.stack.setCurrentWidget(self.empty_page)
        self.title.setText(self.tr("Network"))
        self.help.hide()
        self.empty_page.setText(self._summary_html())

    def _summary_html(self) -> str:
        project = self.project
        if project is None:
            return ""
        graph = project.graph
        info = self._info or project.task_info()
        widths = infer_widths(graph, info)
        total: int | None = 0
        rows = []
        try:
            order = graph.topological_order()
        except GraphError:
            order = list(graph.nodes)
        for nid in order:
            node = graph.nodes[nid]
            ins = graph.inputs_of(nid)
            in_width = sum(w for w in (widths.get(s) for s in ins) if w is not None) if ins else None
            if ins and any(widths.get(s) is None for s in ins):
                in_width = None
            count = parameter_count(node, in_width, widths.get(nid))
            if count is None:
                total = None
            elif total is not None:
                total += count
            width = widths.get(nid)
            if len(rows) >= SUMMARY_ROWS:
                continue  # counted in the total, not listed
            rows.append(f"<tr><td>{layer_label(node)}</td><td align='right'>&nbsp;{'?' if width is None else width}"
                        f"</td><td align='right'>&nbsp;{'?' if count is None else f'{count:,}'}</td></tr>")
        hint = self.tr("Select a layer on the canvas to edit its settings, or drag one in from the Layers "
                       "palette.")
        if not rows:
            return f"<p>{hint}</p>"
        head = (f"<tr><th align='left'>{self.tr('Layer')}</th><th align='right'>&nbsp;{self.tr('Width')}</th>"
                f"<th align='right'>&nbsp;{self.tr('Parameters')}</th></tr>")
        total_text = "?" if total is None else f"{total:,}"
        summary = self.tr("{n} layers, {p} trainable parameters").format(n=len(order), p=total_text)
        more = ""
        if len(order) > len(rows):
            more = "<p>" + self.tr("… and %n more layers (select one on the canvas to see it).", "",
                                   len(order) - len(rows)) + "</p>"
        return (f"<p>{hint}</p><p><b>{summary}</b></p>"
                f"<table cellspacing='0' cellpadding='2'>{head}{''.join(rows)}</table>{more}")

    def _make_form(self, kind_name: str) -> ParamForm:
        form = ParamForm(next(kind for kind in LAYER_KINDS if kind.name == kind_name).params)
        form.edit.connect(self._edited)
        form.refused.connect(self.message)
        self.stack.addWidget(form)
        return form

    @property
    def plot(self):
        """The activation plot (built now if it was not yet)."""
        return self.plot_slot.widget()


_KINDS_WITH_SETTINGS = frozenset(kind.name for kind in LAYER_KINDS if kind.params)


class _FormsByKind(dict):
    """Layer kind -> its ParamForm, made on first use."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, kind_name: str) -> ParamForm:
        if kind_name not in _KINDS_WITH_SETTINGS:
            raise KeyError(kind_name)
        form = self[kind_name] = self._make(kind_name)
        return form


def _same_setting(a, b) -> bool:
    return (a.name, a.kind, a.choices, a.minimum, a.maximum, a.minimum_exclusive, a.maximum_exclusive) == (
        b.name, b.kind, b.choices, b.minimum, b.maximum, b.minimum_exclusive, b.maximum_exclusive)


def _stored(node: Node, key: str, value: Any) -> Any:
    """``value`` as ``node`` stores it: None where it is that layer's own default."""
    try:
        spec = spec_for_key(node.layer.params, key, node.params)
    except KeyError:
        return value
    return None if value == spec.default else value


def _value_text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return tr_param(value) if value else "–"
    return str(value)


def _make_activation_plot():
    from ..plots.activation import ActivationPlot

    return ActivationPlot()
