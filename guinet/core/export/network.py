"""The network a user drew, written as the source of a plain PyTorch ``nn.Module``.

The class has one attribute per layer, named as on the canvas (``self.dense_1``), and a ``forward``
with one line per layer in the graph's order (Add and Concat included). Its parameters come in the
same order as guinet's own model (``guinet.core.builder``), so ``model.parameters()`` feeds the
optimizer and gradient clipping exactly as the trainer does, and ``init_weights`` draws the initial
weights from a seeded generator in the same order with the same formulas: the same seed gives the
same numbers bit for bit.

``key_map`` takes guinet's state-dict keys (``layers.dense_1.linear.weight``) to the class's
(``dense_1.weight``), so trained weights travel into the exported class.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from ..builder import BuildError, _sub_params
from ..check import TaskInfo, infer_widths, output_head, validate
from ..choices import ACTIVATIONS, HEADS, INITIALIZERS
from ..graph import Graph

CLASS_NAME = "Network"

# Names the forward's local variables and the class's attributes must not take.
_RESERVED_LOCALS = {"self", "x", "torch", "nn", "F", "math", "np", "step"}
_MODULE_ATTRIBUTES = {"training", "forward", "eval", "train", "parameters", "modules", "children", "state_dict",
                      "load_state_dict", "to", "cuda", "cpu", "float", "double", "half", "apply", "buffers",
                      "zero_grad", "type", "share_memory", "extra_repr", "register_buffer", "requires_grad_",
                      "named_modules", "named_parameters", "named_buffers", "named_children", "add_module",
                      "get_submodule", "get_parameter", "get_buffer", "compile", "dump_patches", "call_super_init"}

# Activation name -> the expression applied to a tensor expression ``{x}`` (bitwise what guinet's
# activation modules compute: nn.ReLU calls torch.relu, and so on).
_ACTIVATION_CODE = {
    "linear": "{x}",
    "step": "step({x})",
    "sigmoid": "torch.sigmoid({x})",
    "tanh": "torch.tanh({x})",
    "relu": "torch.relu({x})",
    "leaky_relu": "F.leaky_relu({x}, {negative_slope!r})",
    "elu": "F.elu({x}, {alpha!r})",
    "gelu": "F.gelu({x})",
    "silu": "F.silu({x})",
    "softmax": "torch.softmax({x}, dim=-1)",
}
_ACTIVATION_DEFAULTS = {"leaky_relu": {"negative_slope": 0.01}, "elu": {"alpha": 1.0}}


@dataclass
class NetworkCode:
    """The exported class, its initialization and the facts the script writer needs."""

    class_source: str
    init_source: str
    key_map: dict[str, str]           # guinet state-dict key -> the class's
    head: str                         # sigmoid | softmax | linear | step
    n_inputs: int
    n_outputs: int
    weight_names: list[str] = field(default_factory=list)  # "dense_1.weight", ... (what L1/L2 act on)
    uses_step: bool = False
    has_batchnorm: bool = False
    has_dropout: bool = False
    summary: str = ""                 # "input (2) -> dense_1 (4, tanh) -> output (1)"


def _identifier(name: str, taken: set[str]) -> str:
    base = name if name.isidentifier() else "layer_" + "".join(c if c.isalnum() else "_" for c in name)
    if keyword.iskeyword(base) or base in _MODULE_ATTRIBUTES or base in _RESERVED_LOCALS:
        base += "_layer"
    out, i = base, 2
    while out in taken:
        out, i = f"{base}_{i}", i + 1
    taken.add(out)
    return out


def _activation_expr(name: str, params: dict[str, Any], inner: str) -> str:
    values = dict(_ACTIVATION_DEFAULTS.get(name, {}))
    values.update({k: v for k, v in params.items() if k in values})
    return _ACTIVATION_CODE[name].format(x=inner, **values)


def _gain_expr(activation: str, activation_params: dict[str, Any]) -> str:
    """The source of the gain guinet's He initializer uses for ``activation``."""
    gain = ACTIVATIONS[activation].extra.get("gain", "linear") if activation in ACTIVATIONS else "linear"
    if gain == "leaky_relu":
        slope = activation_params.get("negative_slope", 0.01)
        return f'nn.init.calculate_gain("leaky_relu", {slope!r})'
    return f'nn.init.calculate_gain("{gain}")'


def _init_lines(target: str, name: str, params: dict[str, Any], activation: str, activation_params: dict[str, Any],
                shape: tuple[int, ...]) -> list[str]:
    """Source lines that fill ``target`` as ``choices.apply_initializer`` does, drawing from ``g``."""
    matrix = len(shape) == 2
    fan_in, fan_out = (shape[1], shape[0]) if matrix else (shape[0], shape[0])
    if name == "default":
        return [f"nn.init.uniform_({target}, -1 / math.sqrt({fan_in}), 1 / math.sqrt({fan_in}), generator=g)"]
    if name == "xavier_uniform":
        if matrix:
            return [f"nn.init.xavier_uniform_({target}, generator=g)"]
        bound = f"math.sqrt(3.0) * math.sqrt(2.0 / {fan_in + fan_out})"
        return [f"nn.init.uniform_({target}, -{bound}, {bound}, generator=g)"]
    if name == "xavier_normal":
        if matrix:
            return [f"nn.init.xavier_normal_({target}, generator=g)"]
        return [f"nn.init.normal_({target}, 0.0, math.sqrt(2.0 / {fan_in + fan_out}), generator=g)"]
    if name in ("he_uniform", "he_normal"):
        mode = params.get("mode", "fan_in")
        gain_name = ACTIVATIONS[activation].extra.get("gain", "linear") if activation in ACTIVATIONS else "linear"
        if matrix:
            fn = "kaiming_uniform_" if name == "he_uniform" else "kaiming_normal_"
            slope = activation_params.get("negative_slope", 0.01)
            extra = f", a={slope!r}" if gain_name == "leaky_relu" else ""
            mode_arg = ', mode="fan_out"' if mode == "fan_out" else ""
            return [f'nn.init.{fn}({target}{extra}{mode_arg}, nonlinearity="{gain_name}", generator=g)']
        std = f"{_gain_expr(activation, activation_params)} / math.sqrt({fan_in})"
        if name == "he_normal":
            return [f"nn.init.normal_({target}, 0.0, {std}, generator=g)"]
        bound = f"math.sqrt(3.0) * ({std})"
        return [f"nn.init.uniform_({target}, -{bound}, {bound}, generator=g)"]
    if name == "lecun_normal":
        return [f"nn.init.normal_({target}, 0.0, 1.0 / math.sqrt({fan_in}), generator=g)"]
    if name == "orthogonal":
        gain = params.get("gain", 1.0)
        if matrix:
            return [f"nn.init.orthogonal_({target}, gain={gain!r}, generator=g)"]
        return [f"nn.init.normal_({target}, 0.0, 1.0, generator=g)",
                f"{target}.mul_({gain!r} / max({target}.norm().item(), 1e-12))"]
    if name == "normal":
        return [f"nn.init.normal_({target}, {params.get('mean', 0.0)!r}, {params.get('std', 0.01)!r}, generator=g)"]
    if name == "uniform":
        a, b = params.get("a", -0.05), params.get("b", 0.05)
        return [f"nn.init.uniform_({target}, {min(a, b)!r}, {max(a, b)!r}, generator=g)"]
    if name == "zeros":
        return [f"nn.init.zeros_({target})"]
    if name == "constant":
        return [f"nn.init.constant_({target}, {params.get('value', 0.0)!r})"]
    raise KeyError(name)


def network_code(graph: Graph, info: TaskInfo) -> NetworkCode:
    """The class for ``graph``; raises BuildError (as ``build_model`` does) when it cannot be built."""
    problems = validate(graph, info)
    if problems:
        raise BuildError(problems)
    order = graph.topological_order()
    widths = infer_widths(graph, info)
    head = output_head(graph, info)
    attrs: set[str] = set()
    local_names: set[str] = set()
    var: dict[str, str] = {}
    modules: list[str] = []        # __init__ lines
    forward: list[str] = []        # forward lines
    inits: list[str] = []          # init_weights lines
    key_map: dict[str, str] = {}
    weight_names: list[str] = []
    summary: list[str] = []
    uses_step = has_bn = has_dropout = said_norm = False

    def linear(node_id: str, attr: str, n_in: int, n_out: int, r: dict[str, Any], activation: str,
               activation_params: dict[str, Any]) -> None:
        bias = r["bias"]
        modules.append(f"self.{attr} = nn.Linear({n_in}, {n_out}{'' if bias else ', bias=False'})")
        key_map[f"layers.{node_id}.linear.weight"] = f"{attr}.weight"
        weight_names.append(f"{attr}.weight")
        w_init, b_init = r["weight_init"], r.get("bias_init", "zeros")
        label = INITIALIZERS[w_init].label
        inits.append(f"# {attr}: weights {label}" + (f", biases {INITIALIZERS[b_init].label}" if bias else ""))
        inits.extend(_init_lines(f"model.{attr}.weight", w_init, _sub_params(r, "weight_init"), activation,
                                 activation_params, (n_out, n_in)))
        if bias:
            key_map[f"layers.{node_id}.linear.bias"] = f"{attr}.bias"
            # A bias has no fan-in of its own; guinet's "default" bounds it by the layer's fan-in.
            lines = _init_lines(f"model.{attr}.bias", b_init, _sub_params(r, "bias_init"), activation,
                                activation_params, (n_out,))
            if b_init == "default":
                lines = [f"nn.init.uniform_(model.{attr}.bias, -1 / math.sqrt({n_in}), 1 / math.sqrt({n_in}), "
                         f"generator=g)"]
            inits.extend(lines)

    def norm_module(node_id: str, attr: str, kind: str, width: int, eps: float | None, momentum: float | None,
                    prefix: str) -> None:
        cls = "nn.BatchNorm1d" if kind == "batch" else "nn.LayerNorm"
        args = [str(width)]
        if eps is not None and eps != 1e-5:
            args.append(f"eps={eps!r}")
        if kind == "batch" and momentum is not None and momentum != 0.1:
            args.append(f"momentum={momentum!r}")
        modules.append(f"self.{attr} = {cls}({', '.join(args)})")
        names = ("weight", "bias", "running_mean", "running_var", "num_batches_tracked") if kind == "batch" \
            else ("weight", "bias")
        for n in names:
            key_map[f"{prefix}.{n}"] = f"{attr}.{n}"

    for node_id in order:
        node = graph.nodes[node_id]
        r = node.resolved()
        ins = [var[s] for s in graph.inputs_of(node_id)]
        kind = node.kind
        width = widths[node_id]
        if kind == "input":
            var[node_id] = "x"
            summary.append(f"{node_id} ({width})")
            continue
        attr = _identifier(node_id, attrs)
        name = _identifier(node_id, local_names) if attr not in local_names and attr not in _RESERVED_LOCALS \
            else _identifier(node_id + "_out", local_names)
        if kind == "dense":
            act, act_params = r["activation"], _sub_params(r, "activation")
            linear(node_id, attr, widths[graph.inputs_of(node_id)[0]], width, r, act, act_params)
            expr = f"self.{attr}({ins[0]})"
            lines: list[str] = []
            if r["normalization"] in ("batch", "layer"):
                norm_attr = _identifier(f"{attr}_norm", attrs)
                norm_module(node_id, norm_attr, r["normalization"], width, None, None, f"layers.{node_id}.norm")
                has_bn = has_bn or r["normalization"] == "batch"
                why = "" if said_norm else f"  # {r['normalization']} norm before the activation"
                said_norm = True
                lines.append(f"{name} = self.{norm_attr}({expr}){why}")
                expr = name
            expr = _activation_expr(act, act_params, expr)
            uses_step = uses_step or act == "step"
            if r["dropout"] > 0:
                drop_attr = _identifier(f"{attr}_dropout", attrs)
                modules.append(f"self.{drop_attr} = nn.Dropout({r['dropout']!r})")
                expr = f"self.{drop_attr}({expr})"
                has_dropout = True
            lines.append(f"{name} = {expr}")
            forward.extend(lines)
            extras = [ACTIVATIONS[act].label] if act != "linear" else []
            if r["normalization"] != "none":
                extras.append(f"{r['normalization']} norm")
            if r["dropout"] > 0:
                extras.append(f"dropout {r['dropout']:g}")
            summary.append(f"{node_id} ({', '.join([str(width)] + extras)})")
        elif kind == "output":
            head_act = HEADS[head].extra["activation"]
            linear(node_id, attr, widths[graph.inputs_of(node_id)[0]], width, r, head_act, {})
            note = {"sigmoid": "logits: the loss and predict() apply the sigmoid",
                    "softmax": "logits: the loss and predict() apply the softmax",
                    "linear": "the predicted values",
                    "step": "weighted sums: predict() applies the step"}[head]
            forward.append(f"return self.{attr}({ins[0]})  # {note}")
            summary.append(f"{node_id} ({width}, {HEADS[head].label})")
            uses_step = uses_step or head == "step"
            continue
        elif kind == "activation":
            act, act_params = r["activation"], _sub_params(r, "activation")
            uses_step = uses_step or act == "step"
            forward.append(f"{name} = {_activation_expr(act, act_params, ins[0])}")
            summary.append(f"{node_id} ({ACTIVATIONS[act].label})")
        elif kind in ("batchnorm", "layernorm"):
            norm_module(node_id, attr, "batch" if kind == "batchnorm" else "layer", width, r["eps"],
                        r.get("momentum"), f"layers.{node_id}")
            has_bn = has_bn or kind == "batchnorm"
            forward.append(f"{name} = self.{attr}({ins[0]})")
            summary.append(f"{node_id} ({'BatchNorm' if kind == 'batchnorm' else 'LayerNorm'})")
        elif kind == "dropout":
            modules.append(f"self.{attr} = nn.Dropout({r['dropout']!r})")
            has_dropout = has_dropout or r["dropout"] > 0
            forward.append(f"{name} = self.{attr}({ins[0]})")
            summary.append(f"{node_id} (dropout {r['dropout']:g})")
        elif kind == "add":
            forward.append(f"{name} = {' + '.join(ins)}")
            summary.append(f"{node_id} (add)")
        elif kind == "concat":
            forward.append(f"{name} = torch.cat([{', '.join(ins)}], dim=-1)")
            summary.append(f"{node_id} (concat, {width})")
        else:
            raise BuildError([])
        var[node_id] = name

    predict = {
        "sigmoid": "return torch.sigmoid(self(x))",
        "softmax": "return torch.softmax(self(x), dim=-1)",
        "linear": "return self(x)",
        "step": "return step(self(x))",
    }[head]
    predict_doc = {"sigmoid": "The probability of class 1.", "softmax": "The probability of each class.",
                   "linear": "The predicted value.", "step": "0 or 1, as the perceptron answers."}[head]
    out_id = graph.nodes_of_kind("output")[0].id
    doc = " -> ".join(summary)
    class_lines = [
        f"class {CLASS_NAME}(nn.Module):",
        f'    """The network drawn in guinet: {doc}."""' if len(doc) < 60 else '    """The network drawn in guinet:',
    ]
    if len(doc) >= 60:
        class_lines += _wrap(doc + ".", "    ", 100) + ['    """']
    class_lines += ["", "    def __init__(self):", "        super().__init__()"]
    class_lines += [f"        {line}" for line in modules] or ["        pass"]
    class_lines += ["", "    def forward(self, x):"]
    class_lines += [f"        {line}" for line in forward]
    class_lines += ["", "    @torch.no_grad()", "    def predict(self, x):", f'        """{predict_doc}"""',
                    f"        {predict}"]
    init_lines = [
        f"def init_weights(model: {CLASS_NAME}, seed: int) -> None:",
        '    """Draw the initial weights as guinet does: from one generator seeded with the training seed,',
        '    layer by layer from input to output, weights before biases."""',
        "    g = torch.Generator().manual_seed(seed)",
        "    with torch.no_grad():",
    ] + [f"        {line}" for line in inits]
    return NetworkCode(
        class_source="\n".join(class_lines) + "\n", init_source="\n".join(init_lines) + "\n", key_map=key_map,
        head=head, n_inputs=int(widths[graph.nodes_of_kind("input")[0].id] or 0), n_outputs=int(widths[out_id] or 0),
        weight_names=weight_names, uses_step=uses_step, has_batchnorm=has_bn, has_dropout=has_dropout,
        summary=doc)


STEP_SOURCE = '''def step(x):
    """Heaviside step, the perceptron's activation: 1 where x >= 0, else 0."""
    return (x >= 0).to(x.dtype)
'''


def _wrap(text: str, indent: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False)


def map_state_dict(state_dict: dict[str, Any], key_map: dict[str, str]) -> dict[str, Any]:
    """guinet's state dict under the exported class's keys. Raises KeyError naming a key that does not fit."""
    out = {}
    for key, value in state_dict.items():
        if key not in key_map:
            raise KeyError(f"the weight {key!r} does not belong to this network")
        out[key_map[key]] = value
    missing = set(key_map) - set(state_dict)
    if missing:
        raise KeyError(f"the weights lack {sorted(missing)[0]!r}")
    return out
