"""Shape inference and validation of a network against its task.

``validate`` returns every problem at once, each naming its node and saying what to do, so the
canvas can paint every bad node red and the Problems list can show them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from .choices import HEADS, OPTIMIZERS, head_for_task, output_units
from .graph import Graph, GraphError
from .params import ParamError
from .text import msg, quote


@dataclass(frozen=True)
class TaskInfo:
    """What the data asks of the network."""

    n_features: int | None  # None when unknown (a CSV file not read yet)
    task: str = "classification"  # or "regression"
    n_classes: int = 2
    optimizer: str = "adam"
    loss: str = "auto"
    # Training samples and batch size (0: the whole set), when known: batch norm needs two samples per
    # batch, and the memory estimate counts a batch's activations.
    n_train: int | None = None
    batch_size: int = 0


@dataclass(frozen=True)
class Problem:
    node_id: str | None  # None: about the whole network or the settings
    message: str
    # The English message before its values were filled in, and the values: the GUI translates the
    # template (context "problems") and fills in the values, with layer and head names translated.
    template: str = ""
    args: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return f"{self.node_id}: {self.message}" if self.node_id else self.message


def output_head(graph: Graph, info: TaskInfo) -> str:
    """The head the Output layer uses ('sigmoid', 'softmax', 'linear' or 'step')."""
    outs = graph.nodes_of_kind("output")
    head = outs[0].get("head") if outs else "auto"
    if head == "auto":
        if info.optimizer == "perceptron":
            return "step"
        return head_for_task(info.task, info.n_classes)
    return head


def loss_name(graph: Graph, info: TaskInfo) -> str:
    """The loss training minimizes: the chosen one, or the head's."""
    head = output_head(graph, info)
    if head == "step":
        return "perceptron"  # the rule's own error measure, whatever the loss setting says
    if info.loss != "auto":
        return info.loss
    return HEADS[head].extra["loss"]


def infer_widths(graph: Graph, info: TaskInfo) -> dict[str, int | None]:
    """Each node's output width (None where it cannot be known: missing inputs, a mismatch, a cycle)."""
    widths: dict[str, int | None] = {}
    try:
        order = graph.topological_order()
    except GraphError:
        return {n: None for n in graph.nodes}
    for nid in order:
        node = graph.nodes[nid]
        ins = [widths.get(s) for s in graph.inputs_of(nid)]
        known = [w for w in ins if w is not None]
        kind = node.kind
        if kind == "input":
            w = info.n_features
        elif kind == "dense":
            w = node.get("units") if ins else None
        elif kind == "output":
            w = output_units(output_head(graph, info), info.task, info.n_classes) if ins else None
        elif kind == "add":
            w = known[0] if known and len(known) == len(ins) and len(set(known)) == 1 else None
        elif kind == "concat":
            w = sum(known) if known and len(known) == len(ins) else None
        else:  # element-wise layers keep their input's width
            w = known[0] if len(ins) == 1 and known else None
        widths[nid] = w
    return widths


def validate(graph: Graph, info: TaskInfo) -> list[Problem]:
    problems: list[Problem] = []

    def add(node_id: str | None, template: str, **args: Any) -> None:
        problems.append(Problem(node_id, template.format(**args), template, tuple(args.items())))

    # Settings stored on the nodes (a hand-edited file, or a value set around the edit methods).
    for node in graph.nodes.values():
        try:
            node.layer.validate(node.params, where=node.label)
        except ParamError as exc:
            add(node.id, "{error}. Set a value in the allowed range.", error=str(exc))

    inputs = graph.nodes_of_kind("input")
    outputs = graph.nodes_of_kind("output")
    if not inputs:
        add(None, "The network has no Input layer. Drag one from the palette onto the canvas.")
    if not outputs:
        add(None, "The network has no Output layer. Drag one from the palette and connect the last layer to it.")
    for extra in inputs[1:] + outputs[1:]:
        add(extra.id, "A network has one {layer} layer. Delete this one.", layer=extra.layer.label)

    try:
        graph.topological_order()
        cyclic: set[str] = set()
    except GraphError as exc:
        cyclic = graph.cycle_nodes()
        for nid in cyclic:
            add(nid, "This layer is part of a cycle ({error}). Remove one of the connections in the loop.", error=str(exc))

    # Ports: too few or too many inputs; nodes that lead nowhere.
    for node in graph.nodes.values():
        n_in = len(graph.inputs_of(node.id))
        lk = node.layer
        if lk.max_inputs is not None and n_in > lk.max_inputs:
            if lk.max_inputs == 0:
                add(node.id, "{layer} takes no input but has {n}. Remove the connections into it.", layer=node.label,
                    n=n_in)
            else:
                add(node.id, ("{layer} takes one input but has {n}. " if lk.max_inputs == 1 else
                              "{layer} takes {max} inputs but has {n}. ") + "Remove the extra connections or "
                    "join them with an Add or Concat layer.", layer=node.label, max=lk.max_inputs, n=n_in)
        elif n_in < lk.min_inputs:
            if n_in == 0:
                add(node.id, "{layer} is not connected to anything that feeds it. Drag a connection "
                             "from another layer's output port to its input port, or delete it.", layer=node.label)
            else:
                add(node.id, "{layer} combines several inputs but has only {n}. Connect at least "
                             "{min}.", layer=node.label, n=n_in, min=lk.min_inputs)
        if lk.has_output and not graph.outputs_of(node.id):
            add(node.id, "{layer}'s output goes nowhere. Connect it onward towards the Output layer, "
                         "or delete it.", layer=node.label)

    if inputs and outputs and not cyclic:
        src, dst = inputs[0].id, outputs[0].id
        reached = graph.reachable_from(src)
        for node in graph.nodes.values():
            if node.id not in (src, dst) and graph.inputs_of(node.id) and graph.outputs_of(node.id):
                if node.id not in reached:
                    add(node.id, "{layer} is not reached from the Input layer. Connect it to the "
                                 "network's path from Input to Output.", layer=node.label)
        if graph.inputs_of(dst) and dst not in reached:
            add(dst, "No path leads from the Input layer to the Output layer. Connect them.")

    # Widths.
    widths = infer_widths(graph, info) if not cyclic else {}
    for node in graph.nodes.values():
        ins = graph.inputs_of(node.id)
        if node.kind == "add" and len(ins) >= 2:
            ws = [widths.get(s) for s in ins]
            if all(w is not None for w in ws) and len(set(ws)) > 1:
                listed = ", ".join(f"{graph.nodes[s].label} ({w})" for s, w in zip(ins, ws))
                add(node.id, "Add needs inputs of equal width but gets {listed}. Change the units so they "
                             "match, or use Concat.", listed=listed)

    # Activations, heads, optimizer and loss against the task.
    perceptron = info.optimizer == "perceptron"
    head = output_head(graph, info)
    for node in graph.nodes.values():
        if node.kind in ("dense", "activation") and _setting(node, "activation") == "step" and not perceptron:
            add(node.id, "{layer} uses the step activation, whose slope is zero everywhere, so no "
                         "gradient can flow through it. Choose sigmoid, tanh or ReLU, or train a single "
                         "layer with the perceptron rule.", layer=node.label)
    out = outputs[0] if outputs else None
    if out is not None:
        if head == "step" and not perceptron:
            add(out.id, "The step head trains only with the perceptron rule. Choose the Perceptron rule "
                        "optimizer, or a sigmoid or auto head.")
        if info.task == "regression" and head in ("sigmoid", "softmax", "step"):
            add(out.id, "The {head} head predicts classes but the data asks for numbers. "
                        "Choose the linear or auto head.", head=HEADS[head].label)
        if info.task == "classification":
            if head == "sigmoid" and info.n_classes > 2:
                add(out.id, "A sigmoid head separates two classes but the data has {n}. "
                            "Choose the softmax or auto head.", n=info.n_classes)
            if head == "linear":
                add(out.id, "A linear head predicts numbers but the data has classes. Choose the auto, "
                            "sigmoid or softmax head.")
            if head == "step" and info.n_classes > 2:
                add(out.id, "A perceptron separates two classes but the data has {n}.", n=info.n_classes)
    if perceptron and out is not None and head != "step":
        add(out.id, "The perceptron rule trains a step head, not a {head} head. Set the "
                    "Output layer's head to Step or 'From the task', or choose a gradient-based optimizer.",
            head=HEADS[head].label)
    if perceptron and info.loss != "auto":
        add(None, "The perceptron rule has its own error measure (the share of misclassified samples), "
                  "so it uses no loss. Set the loss to 'From the task'.")
    if perceptron:
        if info.task != "classification" or info.n_classes > 2:
            add(None, "The perceptron rule learns two classes only. Choose another optimizer or dataset.")
        layers = [n for n in graph.nodes.values() if n.kind not in ("input", "output")]
        if layers:
            add(layers[0].id, "The perceptron rule trains a single layer: connect Input straight to Output, "
                              "or choose a gradient-based optimizer such as SGD or Adam.")
    if info.loss != "auto":
        fits = {"bce": ("sigmoid",), "cross_entropy": ("softmax",), "mse": ("linear", "sigmoid")}
        if head != "step" and head not in fits.get(info.loss, ()):
            add(out.id if out else None, "The {loss} loss does not fit the {head} head. "
                                         "Set the loss to 'From the task'.", loss=info.loss, head=HEADS[head].label)
    elif perceptron is False and info.optimizer not in OPTIMIZERS:
        add(None, "Unknown optimizer {name}.", name=quote(info.optimizer))

    # Batch normalization computes each feature's variance over the samples of a batch.
    batch_norms = [n for n in graph.nodes.values()
                   if n.kind == "batchnorm" or (n.kind == "dense" and _setting(n, "normalization") == "batch")]
    if batch_norms:
        rows = _batch_rows(info)
        if info.batch_size == 1:
            add(batch_norms[0].id, "{layer} uses batch normalization, which needs at least 2 "
                                   "samples per batch. Set the batch size to 0 (the whole set) or 2 or more, "
                                   "or use layer normalization instead.", layer=batch_norms[0].label)
        elif rows is not None and rows < 2:
            add(batch_norms[0].id, "{layer} uses batch normalization, which needs at least 2 "
                                   "samples per batch, but the training split has {n}. Use more samples "
                                   "or a larger training share, or layer normalization instead.",
                layer=batch_norms[0].label, n=rows)

    if not cyclic and not any(p.node_id is None and "Input" in p.message for p in problems):
        problem = memory_problem(graph, info, widths)
        if problem is not None:
            problems.append(problem)
    return problems


def _setting(node, key: str):
    """One top-level setting of a node, its default filled in, without resolving all of them."""
    if key in node.params:
        return node.params[key]
    try:
        return node.layer.param(key).default
    except KeyError:
        return None


def _batch_rows(info: TaskInfo) -> int | None:
    """Samples per training batch (None when the training split's size is not known)."""
    if info.n_train is None:
        return info.batch_size or None
    return info.n_train if info.batch_size == 0 else min(info.batch_size, info.n_train)


# --------------------------------------------------------------------------- memory

BYTES_PER_NUMBER = 4  # float32
# Copies of every parameter while training: the weights, their gradients and up to two optimizer
# states (Adam's running means), as in a hand-written PyTorch loop.
PARAMETER_COPIES = 4
# Rows that evaluation may push through the network at once: the snapshots' evaluation subset
# (trainer.EVAL_SAMPLES) or the decision boundary's 100 x 100 grid, whichever is larger.
EVAL_ROWS = 10_000


def memory_budget() -> int:
    """How many bytes a network may need to train: half of this computer's memory (the window, the
    data and the rest of the system need the other half), or 4 GiB where that cannot be known."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        total = 0
    return total // 2 if total > 0 else 4 << 30


@dataclass(frozen=True)
class MemoryEstimate:
    parameters: int         # learnable numbers
    activation_values: int  # numbers each sample's forward pass produces (every layer's output width)
    batch_rows: int         # samples per training step counted
    total_bytes: int


def estimate_memory(graph: Graph, info: TaskInfo, widths: dict[str, int | None] | None = None) -> MemoryEstimate:
    """Bytes needed to train: the parameters (with gradients and optimizer state) plus a batch's
    activations kept for the backward pass, or an evaluation batch's, whichever is more. Unknown widths
    count as 1, so the estimate never exceeds what the network needs by much."""
    widths = infer_widths(graph, info) if widths is None else widths
    params = 0
    values = 0
    for node in graph.nodes.values():
        width = widths.get(node.id) or 1
        values += width
        ins = graph.inputs_of(node.id)
        n_in = (widths.get(ins[0]) or 1) if ins else 0
        if node.kind in ("dense", "output"):
            r = node.resolved()
            params += n_in * width + (width if r.get("bias") else 0)
            if node.kind == "dense" and r.get("normalization") in ("batch", "layer"):
                params += 2 * width
                values += width
            if node.kind == "dense" and r.get("dropout"):
                values += width
        elif node.kind in ("batchnorm", "layernorm"):
            params += 2 * width
    rows = _batch_rows(info) or 1
    train = PARAMETER_COPIES * params + 2 * rows * values
    evaluate = params + EVAL_ROWS * values
    return MemoryEstimate(params, values, rows, BYTES_PER_NUMBER * max(train, evaluate))


def _size(n: float) -> str:
    for unit, size in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return msg("{n} bytes", n=int(n))


def _count(n: int) -> str:
    """'1.5 billion', '2.0 million', '12,345'. The exact number goes along (``n``): a language that
    counts in other steps (Korean: 만, 억) can write that instead."""
    if n >= 10**9:
        return msg("{short:.1f} billion", short=n / 10**9, n=n)
    if n >= 10**6:
        return msg("{short:.1f} million", short=n / 10**6, n=n)
    return f"{n:,}"


def memory_problem(graph: Graph, info: TaskInfo, widths: dict[str, int | None] | None = None,
                   budget: int | None = None) -> Problem | None:
    """A Problem when training the network would need more memory than ``budget`` (memory_budget())."""
    budget = memory_budget() if budget is None else budget
    estimate = estimate_memory(graph, info, widths)
    if estimate.total_bytes <= budget:
        return None
    fits = budget // (BYTES_PER_NUMBER * PARAMETER_COPIES)
    widest = max((n for n in graph.nodes.values() if n.kind == "dense"), key=lambda n: n.get("units") or 0,
                 default=None)
    args: dict[str, Any] = {"parameters": _count(estimate.parameters), "needed": _size(estimate.total_bytes),
                            "budget": _size(budget), "fits": _count(fits)}
    if widest is not None:
        args.update(layer=widest.label, units=f"{widest.get('units'):,}")
    template = ("This network is too big to train here: it has {parameters} parameters and needs about {needed} "
                "of memory, but guinet may use {budget} (half of this computer's memory), enough for about "
                "{fits} parameters." +
                (" The widest layer is {layer} with {units} units." if widest is not None else "") +
                " Use fewer units or fewer layers.")
    return Problem(widest.id if widest else None, template.format(**args), template, tuple(args.items()))
