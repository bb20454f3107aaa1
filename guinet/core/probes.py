"""What the plots show, measured on the model: gradient flow, weight and activation statistics,
decision-boundary grids, per-neuron grids and histograms.

Everything here is batched so that one snapshot costs a handful of tensor operations and a single
copy to Python (``tolist``) instead of one ``.item()`` per number: the live view asks for these about
30 times a second while training runs on the same thread.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import torch

if TYPE_CHECKING:
    from .builder import GraphModule


def _flatten(layers: dict[str, list[torch.Tensor]]) -> tuple[list[str], list[torch.Tensor], list[int]]:
    names, tensors, owners = [], [], []
    for i, (name, params) in enumerate(layers.items()):
        names.append(name)
        for p in params:
            tensors.append(p)
            owners.append(i)
    return names, tensors, owners


class LayerStats:
    """Per-layer gradient and weight norms for a fixed set of layers, with the bookkeeping (which
    tensor belongs to which layer, how many numbers each holds) worked out once, not per snapshot."""

    def __init__(self, layers: dict[str, list[torch.nn.Parameter]]) -> None:
        self.layers = layers
        self.names, self.params, owners = _flatten(layers)
        device = self.params[0].device if self.params else torch.device("cpu")
        self.index = torch.tensor(owners, device=device, dtype=torch.long)
        self.counts = torch.zeros(len(self.names), device=device).index_add_(
            0, self.index, torch.tensor([float(p.numel()) for p in self.params], device=device))

    def _per_layer(self, per_tensor: torch.Tensor, squared: bool) -> torch.Tensor:
        values = per_tensor * per_tensor if squared else per_tensor
        total = torch.zeros(len(self.names), device=per_tensor.device, dtype=per_tensor.dtype)
        return total.index_add_(0, self.index, values)

    def gradients(self) -> tuple[dict[str, float], dict[str, float]]:
        """(L2 norm, mean |gradient|) per layer, input to output. Empty before the first step; a layer
        is left out when one of its parameters has no gradient."""
        grads = [p.grad for p in self.params]
        if not grads or any(g is None for g in grads):
            return gradient_stats(self.layers) if any(g is not None for g in grads) else ({}, {})
        with torch.no_grad():
            l2 = self._per_layer(torch.stack(torch._foreach_norm(grads, 2)), squared=True).sqrt()
            mean_abs = self._per_layer(torch.stack(torch._foreach_norm(grads, 1)), squared=False) / self.counts
            values = torch.stack([l2, mean_abs]).tolist()
        return dict(zip(self.names, values[0])), dict(zip(self.names, values[1]))

    def weights(self) -> dict[str, float]:
        """L2 norm per layer over all its parameters."""
        if not self.params:
            return {}
        with torch.no_grad():
            l2 = torch.stack(torch._foreach_norm([p.detach() for p in self.params], 2))
            return dict(zip(self.names, self._per_layer(l2, squared=True).sqrt().tolist()))


def gradient_stats(layers: dict[str, list[torch.nn.Parameter]]) -> tuple[dict[str, float], dict[str, float]]:
    """Per layer (input to output): the L2 norm of the gradient over all the layer's parameters, and the
    mean |gradient|. Layers without a gradient yet are left out. NaN/inf come through as such."""
    present = {n: [p.grad for p in ps if p.grad is not None] for n, ps in layers.items()}
    present = {n: gs for n, gs in present.items() if gs}
    if not present:
        return {}, {}
    names, grads, owners = _flatten(present)
    with torch.no_grad():
        l2 = torch.stack(torch._foreach_norm(grads, 2))
        l1 = torch.stack(torch._foreach_norm(grads, 1))
        n_layers = len(names)
        index = torch.tensor(owners, device=l2.device)
        sq = torch.zeros(n_layers, device=l2.device, dtype=l2.dtype).index_add_(0, index, l2 * l2)
        abs_sum = torch.zeros(n_layers, device=l2.device, dtype=l2.dtype).index_add_(0, index, l1)
        counts = torch.zeros(n_layers, device=l2.device, dtype=l2.dtype).index_add_(
            0, index, torch.tensor([float(g.numel()) for g in grads], device=l2.device, dtype=l2.dtype))
        values = torch.stack([sq.sqrt(), abs_sum / counts]).tolist()
    return dict(zip(names, values[0])), dict(zip(names, values[1]))


def weight_norms(layers: dict[str, list[torch.nn.Parameter]]) -> dict[str, float]:
    """Per layer: the L2 norm over all its parameters (weights, biases, normalization scales)."""
    return LayerStats(layers).weights() if layers else {}


STAT_KEYS = ("mean", "std", "min", "max", "dead_fraction")


def activation_stats(outputs: dict[str, torch.Tensor],
                     activations: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """Per node: mean, std, min and max of its outputs over the samples, and ``dead_fraction``: the
    share of its units that output exactly 0 for every sample (dead ReLUs). Nodes named in
    ``activations`` (node id -> "tanh" or "sigmoid", see ``unit_activations``) also get
    ``saturated_fraction``: the share of their outputs in the activation's flat tails."""
    if not outputs:
        return {}
    from .diagnosis import SATURATION_LEVEL, saturation_level

    activations = activations or {}
    with torch.no_grad():
        rows = []
        for name, a in outputs.items():
            a = a.detach().float()
            if a.dim() == 1:
                a = a.unsqueeze(1)
            row = [a.mean(), a.std(correction=0), a.amin(), a.amax(), (a == 0).all(dim=0).float().mean()]
            level = saturation_level(activations.get(name, ""))
            # -1 marks "not a saturating activation" inside the one tensor copied back.
            row.append(((a * level[0] + level[1]).abs() > SATURATION_LEVEL).float().mean() if level
                       else torch.tensor(-1.0, device=a.device))
            rows.append(torch.stack(row))
        table = torch.stack(rows).tolist()
    result = {}
    for name, row in zip(outputs, table):
        entry = dict(zip(STAT_KEYS, row[:len(STAT_KEYS)]))
        if row[-1] >= 0:
            entry["saturated_fraction"] = row[-1]
        result[name] = entry
    return result


def unit_activations(model: "GraphModule") -> dict[str, str]:
    """Hidden node id -> the name of the activation its outputs come from ("tanh", "sigmoid",
    "relu"), for Dense layers and Activation nodes; others are left out."""
    kinds = {torch.nn.Tanh: "tanh", torch.nn.Sigmoid: "sigmoid", torch.nn.ReLU: "relu"}
    result = {}
    for node_id in model.order:
        if model.kinds[node_id] in ("input", "output"):
            continue
        module = model.layers[node_id]
        act = getattr(module, "act", module)
        name = kinds.get(type(act))
        if name is not None:
            result[node_id] = name
    return result


def first_nonfinite(values: dict[str, float]) -> str | None:
    """The first name (in the dict's order, input to output) whose value is NaN or infinite."""
    for name, value in values.items():
        if not math.isfinite(value):
            return name
    return None


def nonfinite_parameter_layer(layers: dict[str, list[torch.nn.Parameter]]) -> str | None:
    """The first layer, input to output, with a NaN or infinite parameter."""
    for name, value in weight_norms(layers).items():
        if not math.isfinite(value):
            return name
    return None


# --------------------------------------------------------------------------- the 2-D plane

def plane_points(extent: tuple[float, float, float, float], size: int) -> np.ndarray:
    """A size x size grid over the plane as (size*size, 2) points, in image order: row i has
    x2 = x2min + i*(x2max-x2min)/(size-1), column j has x1 likewise (first axis is x2)."""
    x1min, x1max, x2min, x2max = extent
    x1 = np.linspace(x1min, x1max, size)
    x2 = np.linspace(x2min, x2max, size)
    g1, g2 = np.meshgrid(x1, x2)  # g1[i, j] = x1[j], g2[i, j] = x2[i]
    return np.stack([g1.ravel(), g2.ravel()], axis=1)


def grid_inputs(dataset, size: int, device) -> torch.Tensor:
    """The network inputs for the plane grid (the dataset's features and standardization applied)."""
    points = plane_points(dataset.extent, size)
    return torch.from_numpy(dataset.to_inputs(points)).to(device)


def _eval_mode(model: "GraphModule"):
    class _Eval:
        def __enter__(self):
            self.was_training = model.training
            model.train(False)
            self.no_grad = torch.no_grad()
            self.no_grad.__enter__()

        def __exit__(self, *exc):
            self.no_grad.__exit__(*exc)
            model.train(self.was_training)

    return _Eval()


def _grid_of(model: "GraphModule", logits: torch.Tensor, size: int) -> np.ndarray:
    out = model.predict(logits).float().cpu().numpy()
    if model.head == "softmax":
        return out.reshape(size, size, out.shape[1])
    return out.reshape(size, size)


def decision_grid(model: "GraphModule", inputs: torch.Tensor, size: int) -> np.ndarray:
    """The network's output over the grid (eval mode): (G, G) probability of class 1 for a sigmoid
    head, 0/1 for a step head, the prediction for regression; (G, G, K) probabilities for softmax."""
    with _eval_mode(model):
        return _grid_of(model, model(inputs), size)


def neuron_grids(model: "GraphModule", inputs: torch.Tensor, size: int,
                 node_ids: list[str] | None = None) -> dict[str, np.ndarray]:
    """Each hidden node's outputs over the grid: node id -> (units, G, G) raw values (eval mode).
    ``node_ids`` defaults to every node between Input and Output."""
    return plane_grids(model, inputs, size, node_ids)[1]


def plane_grids(model: "GraphModule", inputs: torch.Tensor, size: int,
                node_ids: list[str] | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The decision grid and the per-neuron grids from one forward pass."""
    with _eval_mode(model):
        outs = model.hidden_outputs(inputs)
        grid = _grid_of(model, outs[model.output_id], size)
    if node_ids is None:
        node_ids = [n for n in outs if model.kinds[n] not in ("input", "output")]
    result = {}
    for n in node_ids:
        # (G*G, units) -> (units, G, G): transposed on the device, one copy to numpy.
        a = outs[n].float().t().contiguous().cpu().numpy()
        result[n] = a.reshape(a.shape[0], size, size)
    return grid, result


def scale_for_display(grids: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per-neuron grids scaled unit by unit into [-1, 1] (by the largest |value|), so a ReLU unit and
    a tanh unit are both visible as heatmaps."""
    out = {}
    for n, g in grids.items():
        peak = np.abs(g).reshape(g.shape[0], -1).max(axis=1)
        peak = np.where(peak > 0, peak, 1.0)
        out[n] = (g / peak[:, None, None]).astype(np.float32)
    return out


def histogram(values, bins: int = 30) -> tuple[np.ndarray, np.ndarray] | None:
    """(counts, edges) of the finite values, or None when there are none. Never fails on the values a
    stuck network produces: saturated units (all 1.0), a constant layer, a range too small for
    ``bins`` distinct float edges, or NaN/inf (left out; ``nonfinite_share`` counts them). Values
    that all but coincide get one narrow bar in a window around them instead of an error."""
    values = np.asarray(values, dtype=np.float64).ravel()
    values = values[np.isfinite(values)]
    if not values.size:
        return None
    lo, hi = float(values.min()), float(values.max())
    scale = max(abs(lo), abs(hi), 1e-30)
    # np.histogram refuses a range whose bins would be narrower than float spacing ("Too many
    # bins for data range"): widen such a range to a small window around the values.
    if hi - lo <= scale * 1e-6:
        middle = 0.5 * (lo + hi)
        half = max(scale * 1e-3, 1e-12)
        lo, hi = middle - half, middle + half
    return np.histogram(values, bins=bins, range=(lo, hi))


def nonfinite_share(values) -> float:
    """The share of NaN or infinite numbers (0 for an empty array)."""
    values = np.asarray(values).ravel()
    return float(np.count_nonzero(~np.isfinite(values)) / values.size) if values.size else 0.0


def histograms(model: "GraphModule", outputs: dict[str, torch.Tensor] | None,
               bins: int = 30) -> dict[str, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """node id -> {"weights": (counts, edges), "activations": (counts, edges)} for each layer with
    weights and (when ``outputs`` is given) each hidden node's outputs (see ``histogram``)."""
    result: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
    for node_id, params in model.parameter_layers().items():
        module = model.layers[node_id]
        linear = getattr(module, "linear", None)
        w = (linear.weight if linear is not None else torch.cat([p.reshape(-1) for p in params]))
        hist = histogram(w.detach().float().cpu().numpy(), bins)
        if hist is not None:
            result.setdefault(node_id, {})["weights"] = hist
    if outputs:
        for node_id, a in outputs.items():
            if model.kinds.get(node_id) == "input":
                continue
            hist = histogram(a.detach().float().cpu().numpy(), bins)
            if hist is not None:
                result.setdefault(node_id, {})["activations"] = hist
    return result
