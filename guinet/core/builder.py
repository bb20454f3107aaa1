"""From the network a user draws to a torch.nn.Module.

``build_model`` turns a valid ``Graph`` into a ``GraphModule``: one submodule per node, named after
the node id (``model.layers["dense_1"]``), evaluated in topological order. Weights are drawn with a
local ``torch.Generator`` seeded from the training seed, so the same seed always gives bit-identical
weights and building a model never disturbs torch's global random state.

``forward`` is on the training hot path, so the execution plan is worked out once here: a chain of
layers becomes a flat list of the leaf modules' ``forward`` functions (no dictionary of values, no
module-call hooks); only a network with Add or Concat keeps a list of intermediate values.
"""

from __future__ import annotations

from typing import Any, Callable

import torch
from torch import nn

from .check import Problem, TaskInfo, infer_widths, output_head, validate
from .choices import HEADS, apply_initializer, make_activation
from .graph import Graph


class BuildError(ValueError):
    """The graph cannot be built; ``problems`` lists every reason, each naming its layer."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"- {p}" for p in self.problems)
        super().__init__(f"The network cannot be built:\n{lines}" if lines else "The network cannot be built.")


def _sub_params(resolved: dict[str, Any], key: str) -> dict[str, Any]:
    """The dotted parameters of one choice: {'activation.alpha': 2} -> {'alpha': 2}."""
    prefix = key + "."
    return {k[len(prefix):]: v for k, v in resolved.items() if k.startswith(prefix)}


class DenseLayer(nn.Module):
    """Linear, then the optional normalization (before the activation), the activation and dropout."""

    def __init__(self, linear: nn.Linear, norm: nn.Module | None, act: nn.Module | None,
                 drop: nn.Module | None) -> None:
        super().__init__()
        self.linear = linear
        self.norm = norm
        self.act = act
        self.drop = drop

    def parts(self) -> list[nn.Module]:
        return [m for m in (self.linear, self.norm, self.act, self.drop) if m is not None]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for part in self.parts():
            x = part(x)
        return x


class OutputLayer(nn.Module):
    """The output's weighted sum. The head's activation (sigmoid, softmax, step) is not applied here:
    the loss works on the raw outputs (logits) for numerical stability; ``GraphModule.predict`` applies it."""

    def __init__(self, linear: nn.Linear) -> None:
        super().__init__()
        self.linear = linear

    def parts(self) -> list[nn.Module]:
        return [self.linear]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x)


class AddLayer(nn.Module):
    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class ConcatLayer(nn.Module):
    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        return torch.cat(xs, dim=-1)


class InputLayer(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x


class GraphModule(nn.Module):
    """A network built from a Graph. ``layers`` maps node ids to their modules."""

    def __init__(self, layers: dict[str, nn.Module], order: list[str], inputs: dict[str, list[str]],
                 head: str, widths: dict[str, int | None], kinds: dict[str, str]) -> None:
        super().__init__()
        self.layers = nn.ModuleDict()
        for node_id in order:
            self.layers[node_id] = layers[node_id]
        self.order = list(order)
        self.inputs = {k: list(v) for k, v in inputs.items()}
        self.head = head
        self.widths = dict(widths)
        self.kinds = dict(kinds)
        self.input_id = next(n for n in order if kinds[n] == "input")
        self.output_id = next(n for n in order if kinds[n] == "output")
        self._plan()

    # ------------------------------------------------------------------ the execution plan

    def _plan(self) -> None:
        """Work out, once, how forward runs (see the module docstring)."""
        chain = all(len(self.inputs[n]) == 1 and self.inputs[n][0] == self.order[i - 1]
                    for i, n in enumerate(self.order) if i > 0)
        self._is_chain = chain and self.order[0] == self.input_id and self.order[-1] == self.output_id
        if self._is_chain:
            steps: list[Callable] = []
            for node_id in self.order:
                module = self.layers[node_id]
                if isinstance(module, InputLayer):
                    continue
                parts = module.parts() if hasattr(module, "parts") else [module]
                steps.extend(part.forward for part in parts)
            self._steps = steps
        else:
            slot = {n: i for i, n in enumerate(self.order)}
            self._dag = [(slot[n], self.layers[n].forward, tuple(slot[s] for s in self.inputs[n]))
                         for n in self.order if self.kinds[n] != "input"]
            self._input_slot = slot[self.input_id]
            self._output_slot = slot[self.output_id]
            self._n_slots = len(self.order)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self._is_chain:
            for step in self._steps:
                x = step(x)
            return x
        values: list[Any] = [None] * self._n_slots
        values[self._input_slot] = x
        for out, fn, ins in self._dag:
            values[out] = fn(*[values[i] for i in ins])
        return values[self._output_slot]

    # ------------------------------------------------------------------ views for the probes

    def hidden_outputs(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Every node's output (the Input's too), node id -> tensor, in topological order."""
        values: dict[str, torch.Tensor] = {}
        for node_id in self.order:
            module = self.layers[node_id]
            if self.kinds[node_id] == "input":
                values[node_id] = x
            else:
                values[node_id] = module(*[values[s] for s in self.inputs[node_id]])
        return values

    def predict(self, logits: torch.Tensor) -> torch.Tensor:
        """The head's activation applied to raw outputs: probabilities, 0/1 for a step, numbers."""
        if self.head == "sigmoid":
            return torch.sigmoid(logits)
        if self.head == "softmax":
            return torch.softmax(logits, dim=-1)
        if self.head == "step":
            return (logits >= 0).to(logits.dtype)
        return logits

    def parameter_layers(self) -> dict[str, list[nn.Parameter]]:
        """Layers that have parameters, input to output: node id -> its parameters."""
        out: dict[str, list[nn.Parameter]] = {}
        for node_id in self.order:
            params = [p for p in self.layers[node_id].parameters() if p.requires_grad]
            if params:
                out[node_id] = params
        return out

    def weight_matrices(self) -> list[nn.Parameter]:
        """The weight matrices of Dense and Output layers (what L1/L2 penalties act on; biases and
        normalization scales are left alone, as is usual)."""
        return [self.layers[n].linear.weight for n in self.order if isinstance(self.layers[n], (DenseLayer,
                                                                                                 OutputLayer))]

    @property
    def has_batchnorm(self) -> bool:
        return any(isinstance(m, nn.BatchNorm1d) for m in self.modules())


def _make_linear(n_in: int, n_out: int, bias: bool, resolved: dict[str, Any], activation: str,
                 activation_params: dict[str, Any], generator: torch.Generator) -> nn.Linear:
    # skip_init: no throw-away default initialization, and torch's global RNG is left untouched.
    linear = torch.nn.utils.skip_init(nn.Linear, n_in, n_out, bias=bias)
    apply_initializer(linear.weight, resolved["weight_init"], _sub_params(resolved, "weight_init"), activation,
                      activation_params, generator=generator, fan_in_for_default=n_in)
    if bias:
        apply_initializer(linear.bias, resolved["bias_init"], _sub_params(resolved, "bias_init"), activation,
                          activation_params, generator=generator, fan_in_for_default=n_in)
    return linear


def build_model(graph: Graph, info: TaskInfo, seed: int) -> GraphModule:
    """Build the network; raises BuildError listing every problem when the graph is not valid."""
    problems = validate(graph, info)
    if problems:
        raise BuildError(problems)
    order = graph.topological_order()
    widths = infer_widths(graph, info)
    head = output_head(graph, info)
    generator = torch.Generator().manual_seed(int(seed))
    layers: dict[str, nn.Module] = {}
    inputs = {n: graph.inputs_of(n) for n in order}
    reserved = set(dir(nn.ModuleDict()))
    bad_names = [n for n in order if n in reserved]
    if bad_names:
        raise BuildError([Problem(n, f"The layer name {n!r} is reserved by PyTorch. Rename the layer.")
                          for n in bad_names])
    for node_id in order:
        node = graph.nodes[node_id]
        r = node.resolved()
        in_widths = [widths[s] for s in inputs[node_id]]
        kind = node.kind
        if kind == "input":
            layers[node_id] = InputLayer()
        elif kind == "dense":
            act, act_params = r["activation"], _sub_params(r, "activation")
            units = r["units"]
            linear = _make_linear(in_widths[0], units, r["bias"], r, act, act_params, generator)
            norm = None
            if r["normalization"] == "batch":
                norm = nn.BatchNorm1d(units)
            elif r["normalization"] == "layer":
                norm = nn.LayerNorm(units)
            drop = nn.Dropout(r["dropout"]) if r["dropout"] > 0 else None
            layers[node_id] = DenseLayer(linear, norm, make_activation(act, act_params), drop)
        elif kind == "output":
            act = HEADS[head].extra["activation"]
            linear = _make_linear(in_widths[0], widths[node_id], r["bias"], r, act, {}, generator)
            layers[node_id] = OutputLayer(linear)
        elif kind == "activation":
            module = make_activation(r["activation"], _sub_params(r, "activation"))
            layers[node_id] = module if module is not None else nn.Identity()
        elif kind == "batchnorm":
            layers[node_id] = nn.BatchNorm1d(in_widths[0], eps=r["eps"], momentum=r["momentum"])
        elif kind == "layernorm":
            layers[node_id] = nn.LayerNorm(in_widths[0], eps=r["eps"])
        elif kind == "dropout":
            layers[node_id] = nn.Dropout(r["dropout"])
        elif kind == "add":
            layers[node_id] = AddLayer()
        elif kind == "concat":
            layers[node_id] = ConcatLayer()
        else:  # a kind added to the catalog without teaching the builder
            raise BuildError([Problem(node_id, f"guinet cannot build {kind} layers yet.")])
    kinds = {n: graph.nodes[n].kind for n in order}
    return GraphModule(layers, order, inputs, head, widths, kinds)
