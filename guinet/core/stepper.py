"""One training step, number by number: forward, loss, backward (the chain rule) and the update.

``record_step(trainer, sample=I)`` (or ``batch=[...]``) takes one step of the project's own training on a
*copy* of the trainer's model and optimizer, so the trainer itself is left exactly as it was, and records
what PyTorch computed at every layer:

- forward: each Dense/Output layer's input ``a_prev``, weighted sum ``z = W·a_prev + b`` and output ``a``,
  captured with forward hooks on the built modules (the numbers are the model's, not a re-implementation);
- the loss, the very function the trainer minimizes, with its formula and the numbers in it;
- backward: ``dL/da``, ``dL/dz`` and ``dL/dW``, ``dL/db`` from autograd (``retain_grad`` on the captured
  tensors), and the chain-rule factor ``f'(z) = da/dz`` as autograd's vector-Jacobian product, where the
  path from z to a acts element by element (so ``dL/dz = dL/da · f'(z)`` holds number by number);
- the update: the change the project's optimizer really makes, by running a copy of its state on the
  copied parameters and taking the difference, with the optimizer's formula and its state (momentum
  buffer, Adam's m and v) after the step.

Add, Concat, normalization and dropout nodes are recorded too (``StepRecord.nodes``): what flows out,
the gradient that comes back, what goes back along each incoming edge (Add copies it, Concat splits it)
and a sentence on how the node acts here. A single sample is stepped with the model in evaluation mode:
batch norm uses its running statistics (a batch of one has no statistics of its own) and dropout is off;
a batch is stepped in training mode, as the trainer steps it.

With the perceptron rule there is no gradient: one sample's record shows ``z = w·x + b``, the step
output ``ŷ``, and the rule's update ``w ← w + lr·(y − ŷ)·x``, ``b ← b + lr·(y − ŷ)``; its ``grad_*`` are the
direction the trainer reports for the rule, ``(ŷ − y)·x`` (the perceptron criterion's gradient).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .builder import DenseLayer, OutputLayer
from .choices import OPTIMIZERS, make_optimizer
from .steptext import activation_text, format_number, format_vector, neuron_formula

__all__ = ["StepError", "LayerRecord", "NodeRecord", "ParamRecord", "StepRecord", "record_step",
           "optimizer_formula", "neuron_formula", "format_number", "format_vector", "commit_step", "describe"]

# Names of the optimizers' state tensors as torch keeps them, and as the formulas call them.
_STATE_NAMES = {
    "momentum_buffer": "v (momentum buffer)",
    "exp_avg": "m (mean of gradients)",
    "exp_avg_sq": "v (mean of squared gradients)",
    "sum": "G (sum of squared gradients)",
    "square_avg": "s (mean of squared gradients)",
    "acc_delta": "u (mean of squared updates)",
    "step": "t (steps taken)",
}

_LOSS_LABELS = {"bce": "binary cross-entropy", "cross_entropy": "cross-entropy", "mse": "mean squared error",
                "perceptron": "misclassified share"}


class StepError(ValueError):
    """A step that cannot be recorded (a sample out of range, an empty batch); the message says why."""


# --------------------------------------------------------------------------- records


@dataclass
class LayerRecord:
    """A layer with a weight matrix (Dense or Output) in one step. Arrays have one row per sample."""

    name: str                      # the node id ("dense_1", "output")
    kind: str                      # "dense" | "output"
    label: str                     # "Dense 1"
    activation: str                # the activation's name ("tanh"; the head's for the output)
    weight: np.ndarray             # [out, in] before the update
    bias: np.ndarray | None        # [out]
    a_prev: np.ndarray             # [B, in]: what flows in along the edges
    z: np.ndarray                  # [B, out]: the weighted sums W·a_prev + b
    a: np.ndarray                  # [B, out]: the layer's output (the head's for the output layer)
    grad_a: np.ndarray | None      # dL/da
    fprime: np.ndarray | None      # da/dz where the path acts element by element, else None
    grad_z: np.ndarray             # dL/dz
    grad_weight: np.ndarray        # dL/dW (the penalties' share included when L1/L2 are on)
    grad_bias: np.ndarray | None
    update_weight: np.ndarray      # the change the optimizer made to W in this step
    update_bias: np.ndarray | None
    inputs: list[str] = field(default_factory=list)   # the node(s) feeding this layer
    between: str = ""              # what stands between z and a (normalization, activation, dropout)
    note: str = ""                 # how the chain rule reads here

    @property
    def units(self) -> int:
        return int(self.weight.shape[0])


@dataclass
class NodeRecord:
    """Any node in one step: its output, the gradient that came back to it, and what it sent back along
    each incoming edge."""

    name: str
    kind: str
    label: str
    value: np.ndarray              # [B, width]
    grad: np.ndarray | None        # dL/d(value)
    inputs: list[str]
    input_grads: list[np.ndarray]  # per incoming edge (same order as inputs): the gradient sent back
    note: str = ""


@dataclass
class ParamRecord:
    """One parameter tensor in one step."""

    name: str                      # "dense_1.linear.weight"
    node: str
    before: np.ndarray
    grad: np.ndarray | None
    update: np.ndarray
    state: dict[str, Any]          # the optimizer's state for it after the step, by display name


@dataclass
class StepRecord:
    samples: list[int]             # training-set indices in the step
    inputs: np.ndarray             # [B, n_features]
    targets: np.ndarray            # [B] labels or values
    outputs: np.ndarray            # [B, out]: the head's output (probabilities, values, 0/1)
    logits: np.ndarray             # [B, out]: the output layer's raw z
    loss: float
    loss_name: str
    loss_formula: str              # the formula with this step's numbers in it
    learning_rate: float
    optimizer: str
    optimizer_label: str
    optimizer_formula: str
    head: str
    training_mode: bool            # True: batch norm used batch statistics and dropout was on
    layers: list[LayerRecord]
    nodes: list[NodeRecord]
    params: list[ParamRecord]
    order: list[str]               # every node id, input to output
    notes: list[str] = field(default_factory=list)
    perceptron: bool = False
    # The copied model and optimizer after the step (for commit_step); not part of the record's numbers.
    _after: Any = field(default=None, repr=False, compare=False)

    @property
    def batch(self) -> bool:
        return len(self.samples) > 1

    def layer(self, name: str) -> LayerRecord:
        for record in self.layers:
            if record.name == name:
                return record
        raise KeyError(name)

    def node(self, name: str) -> NodeRecord:
        for record in self.nodes:
            if record.name == name:
                return record
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        """The ``guinet step --json`` object. For one sample the per-sample arrays are vectors (``z`` is
        [out]); for a batch they keep the sample axis ([B, out]) and the gradients are the batch's."""
        one = not self.batch

        def rows(array):
            if array is None:
                return None
            return _plain(array[0] if one else array)

        layers = []
        for r in self.layers:
            layers.append({
                "name": r.name, "kind": r.kind, "label": r.label, "activation": r.activation,
                "weight": _plain(r.weight), "bias": _plain(r.bias), "input": rows(r.a_prev),
                "z": rows(r.z), "a": rows(r.a), "grad_a": rows(r.grad_a), "fprime": rows(r.fprime),
                "grad_z": rows(r.grad_z), "grad_weight": _plain(r.grad_weight), "grad_bias": _plain(r.grad_bias),
                "update_weight": _plain(r.update_weight), "update_bias": _plain(r.update_bias),
            })
        return {
            "sample": self.samples[0] if one else self.samples,
            "input": rows(self.inputs),
            "target": _plain(self.targets[0] if one else self.targets),
            "output": rows(self.outputs),
            "logits": rows(self.logits),
            "loss": _finite(self.loss),
            "loss_name": self.loss_name,
            "loss_formula": self.loss_formula,
            "learning_rate": self.learning_rate,
            "optimizer": self.optimizer,
            "optimizer_formula": self.optimizer_formula,
            "training_mode": self.training_mode,
            "layers": layers,
            "nodes": [{"name": n.name, "kind": n.kind, "value": rows(n.value), "grad": rows(n.grad),
                       "inputs": n.inputs, "input_grads": [rows(g) for g in n.input_grads], "note": n.note}
                      for n in self.nodes if n.kind not in ("dense", "output")],
            "optimizer_state": {p.name: {k: _plain(v) for k, v in p.state.items()} for p in self.params},
            "notes": self.notes,
        }


def _finite(value: float) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _plain(value):
    """Nested lists of floats (None for NaN/inf, which JSON cannot hold)."""
    if value is None:
        return None
    array = np.asarray(value)
    if array.ndim == 0:
        item = array.item()
        if isinstance(item, float):
            return item if math.isfinite(item) else None
        return item
    if np.issubdtype(array.dtype, np.floating):
        out = array.astype(np.float64)
        if not np.isfinite(out).all():
            return [_plain(x) for x in out]
        return out.tolist()
    return array.tolist()


# --------------------------------------------------------------------------- formulas in words


def optimizer_formula(name: str, settings: dict[str, Any] | None = None) -> str:
    """The update rule of an optimizer, as torch implements it, with its settings' values."""
    s = settings or {}
    lr = format_number(s.get("learning_rate", 0.01))
    mu = format_number(s.get("optimizer.momentum", 0.9))
    if name == "sgd":
        return f"W ← W − lr·g   (g = dL/dW, lr = {lr})"
    if name == "momentum":
        return f"v ← μ·v + g;  W ← W − lr·v   (μ = {mu}, lr = {lr})"
    if name == "nesterov":
        return f"v ← μ·v + g;  W ← W − lr·(g + μ·v)   (μ = {mu}, lr = {lr})"
    if name == "adagrad":
        return f"G ← G + g²;  W ← W − lr·g / (√G + ε)   (lr = {lr})"
    if name == "rmsprop":
        alpha = format_number(s.get("optimizer.alpha", 0.99))
        text = f"s ← α·s + (1 − α)·g²;  W ← W − lr·g / (√s + ε)   (α = {alpha}, lr = {lr})"
        if s.get("optimizer.momentum", 0.0):
            text = (f"s ← α·s + (1 − α)·g²;  v ← μ·v + g / (√s + ε);  W ← W − lr·v   "
                    f"(α = {alpha}, μ = {format_number(s['optimizer.momentum'])}, lr = {lr})")
        return text
    if name == "adadelta":
        rho = format_number(s.get("optimizer.rho", 0.9))
        return (f"s ← ρ·s + (1 − ρ)·g²;  Δ = √(u + ε) / √(s + ε) · g;  u ← ρ·u + (1 − ρ)·Δ²;  W ← W − lr·Δ   "
                f"(ρ = {rho}, lr = {lr})")
    if name in ("adam", "adamw"):
        b1 = format_number(s.get("optimizer.beta1", 0.9))
        b2 = format_number(s.get("optimizer.beta2", 0.999))
        decay = ""
        if name == "adamw":
            decay = f"W ← W − lr·λ·W (λ = {format_number(s.get('optimizer.weight_decay', 0.01))});  "
        return (f"{decay}m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  m̂ = m / (1 − β1ᵗ);  "
                f"v̂ = v / (1 − β2ᵗ);  W ← W − lr·m̂ / (√v̂ + ε)   (β1 = {b1}, β2 = {b2}, lr = {lr})")
    if name == "perceptron":
        return f"w ← w + lr·(y − ŷ)·x;  b ← b + lr·(y − ŷ)   (ŷ = step(w·x + b), lr = {lr})"
    return name


# --------------------------------------------------------------------------- recording


def _numpy(t: torch.Tensor | None) -> np.ndarray | None:
    if t is None:
        return None
    return t.detach().cpu().double().numpy().copy()


def _optimizer_params(settings: dict[str, Any]) -> dict[str, Any]:
    return {k.split(".", 1)[1]: v for k, v in settings.items() if k.startswith("optimizer.")}


def _copy_optimizer(trainer, model: nn.Module):
    """A fresh optimizer of the project's kind over ``model``'s parameters, holding a copy of the trainer's
    optimizer state (momentum buffers, Adam's moments and step count)."""
    name = trainer.settings["optimizer"]
    opt = make_optimizer(name, _optimizer_params(trainer.settings), model.parameters(),
                         trainer.settings["learning_rate"])
    if trainer.optimizer is not None:
        state = copy.deepcopy(trainer.optimizer.state_dict())
        for group in state["param_groups"]:
            group.pop("fused", None)  # the copy runs the plain (for-each) kernel; the numbers are the same
        opt.load_state_dict(state)
        for group in opt.param_groups:
            group["lr"] = trainer.settings["learning_rate"]
    return opt


def _dense_between(module: DenseLayer, training: bool) -> tuple[str, bool, str]:
    """(what stands between z and a as a formula, whether it acts element by element, a note)."""
    text = "z"
    elementwise = True
    notes = []
    if module.norm is not None:
        if isinstance(module.norm, nn.BatchNorm1d):
            if training:
                text = "BN(z)"
                elementwise = False
                notes.append("batch norm normalizes z over the batch (mean and variance of this batch), "
                             "so each sample's gradient also depends on the other samples")
            else:
                text = "γ·(z − μ)/√(σ² + ε) + β"
                notes.append("batch norm, for one sample, uses its running mean μ and variance σ² (from "
                             "training); it acts on each unit on its own, a fixed scale and shift")
        else:
            text = "LN(z)"
            elementwise = False
            notes.append("layer norm normalizes z over this sample's own units, so each unit's gradient "
                         "depends on the others (a full Jacobian, not one factor per unit)")
    act_name = _module_activation(module.act)
    if act_name != "linear":
        text = activation_text(act_name, text)
        if act_name == "softmax":
            elementwise = False
    if module.drop is not None:
        if training:
            text = f"dropout({text})"
            notes.append(f"dropout (p = {format_number(module.drop.p)}) zeroes some units and scales the "
                         f"rest by 1/(1 − p); their gradient is zeroed and scaled the same way")
        else:
            notes.append("dropout is off when evaluating one sample")
    return ("" if text == "z" else text), elementwise, "; ".join(notes)


def _module_activation(act: nn.Module | None) -> str:
    if act is None:
        return "linear"
    return {"Sigmoid": "sigmoid", "Tanh": "tanh", "ReLU": "relu", "LeakyReLU": "leaky_relu", "ELU": "elu",
            "GELU": "gelu", "SiLU": "silu", "Softmax": "softmax", "Step": "step",
            "Identity": "linear"}.get(type(act).__name__, type(act).__name__.lower())


def _head_output(head: str, logits: torch.Tensor) -> torch.Tensor:
    if head == "sigmoid":
        return torch.sigmoid(logits)
    if head == "softmax":
        return torch.softmax(logits, dim=-1)
    if head == "step":
        return (logits >= 0).to(logits.dtype)
    return logits


def _indices(trainer, sample: int | None, batch: Sequence[int] | None) -> list[int]:
    n = len(trainer.x_train)
    if batch is not None:
        idx = [int(i) for i in batch]
        if not idx:
            raise StepError("The batch is empty.")
    else:
        idx = [0 if sample is None else int(sample)]
    bad = [i for i in idx if not 0 <= i < n]
    if bad:
        raise StepError(f"There is no training sample {bad[0]}: the training set has {n} samples "
                        f"(0 to {n - 1}).")
    return idx


def record_step(trainer, sample: int | None = None, batch: Sequence[int] | None = None) -> StepRecord:
    """Record one step of ``trainer``'s training on training sample ``sample`` (default 0) or on the
    training samples ``batch``, without changing the trainer. See the module docstring."""
    idx = _indices(trainer, sample, batch)
    if trainer.perceptron:
        return _record_perceptron(trainer, idx)
    return _record_gradient(trainer, idx)


def _record_gradient(trainer, idx: list[int]) -> StepRecord:
    model = copy.deepcopy(trainer.model).cpu()
    training = len(idx) > 1
    model.train(training)
    optimizer = _copy_optimizer(trainer, model)
    rows = torch.tensor(idx, dtype=torch.long)
    x = trainer.x_train.detach().cpu()[rows].clone()
    y = trainer.y_train.detach().cpu()[rows].clone()

    # Forward hooks on the Linear of every Dense/Output layer: its input (a_prev) and output (z).
    captured: dict[str, dict[str, torch.Tensor]] = {}
    hooks = []
    weighted = [n for n in model.order if isinstance(model.layers[n], (DenseLayer, OutputLayer))]

    def capture(node_id):
        def hook(_module, inputs, output):
            output.retain_grad()
            captured[node_id] = {"a_prev": inputs[0], "z": output}
        return hook

    for node_id in weighted:
        hooks.append(model.layers[node_id].linear.register_forward_hook(capture(node_id)))
    rng_state = torch.random.get_rng_state()
    if getattr(trainer, "_rng_state", None) is not None and training:
        torch.random.set_rng_state(trainer._rng_state[0])  # the dropout masks the trainer would draw next
    try:
        values = model.hidden_outputs(x)   # runs every node's module: the hooks see each layer
    finally:
        torch.random.set_rng_state(rng_state)
        for h in hooks:
            h.remove()
    for t in values.values():
        if t.requires_grad:
            t.retain_grad()
    logits = values[model.output_id]
    loss = trainer._loss_fn(logits, y)
    total = loss
    l1, l2 = trainer.settings["l1"], trainer.settings["l2"]
    weights = model.weight_matrices()
    for w in weights:
        if l1:
            total = total + l1 * w.abs().sum()
        if l2:
            total = total + l2 * (w * w).sum()
    optimizer.zero_grad(set_to_none=True)
    total.backward(retain_graph=True)
    clip = trainer.settings["clip_norm"]
    clip_note = ""
    if clip:
        norm = float(torch.nn.utils.clip_grad_norm_(list(model.parameters()), clip))
        if norm > clip:
            clip_note = (f"gradient clipping: the gradient's total norm {format_number(norm)} is above "
                         f"{format_number(clip)}, so every gradient was scaled by {format_number(clip / norm)} "
                         f"before the update")

    # The gradients backward left on the captured tensors, read now: the vector-Jacobian products below
    # run on the same graph and would add to them.
    value_grads = {n: (t.grad.detach().clone() if t.requires_grad and t.grad is not None else None)
                   for n, t in values.items()}
    z_grads = {n: c["z"].grad.detach().clone() for n, c in captured.items()}
    # Everything autograd still has to say about this graph, before the update changes the weights in place.
    fprimes: dict[str, torch.Tensor | None] = {}
    for node_id in weighted:
        module, z, a_out = model.layers[node_id], captured[node_id]["z"], values[node_id]
        if isinstance(module, DenseLayer) and _dense_between(module, training)[1]:
            # da/dz, one factor per unit: autograd's vector-Jacobian product with ones is the diagonal
            # when each a_i depends only on z_i (the same graph, so the same dropout mask).
            fprimes[node_id] = (torch.autograd.grad(a_out, z, torch.ones_like(a_out), retain_graph=True)[0]
                                if a_out is not z else torch.ones_like(z))
        else:
            fprimes[node_id] = None
    sent_back = _sent_back(model, values, value_grads)

    named = [(name, p) for name, p in model.named_parameters() if p.requires_grad]
    before = {name: p.detach().clone() for name, p in named}
    grads = {name: (p.grad.detach().clone() if p.grad is not None else None) for name, p in named}
    optimizer.step()
    params = []
    param_index = {id(p): name for name, p in named}
    for name, p in named:
        state = optimizer.state.get(p, {})
        shown = {}
        for key, value in state.items():
            label = _STATE_NAMES.get(key, key)
            shown[label] = _numpy(value) if isinstance(value, torch.Tensor) else value
        params.append(ParamRecord(name=name.removeprefix("layers."), node=name.split(".")[1],
                                  before=_numpy(before[name]), grad=_numpy(grads[name]),
                                  update=_numpy(p.detach() - before[name]), state=shown))
    by_name = {p.name: p for p in params}

    head = model.head
    outputs = _head_output(head, logits.detach())
    layers = []
    for node_id in weighted:
        module = model.layers[node_id]
        cap = captured[node_id]
        z, a_out = cap["z"], values[node_id]
        kind = model.kinds[node_id]
        if kind == "dense":
            between, _elementwise, note = _dense_between(module, training)
            activation = _module_activation(module.act)
            grad_a = value_grads[node_id]
            fprime = fprimes[node_id]
            a_values = a_out.detach()
        else:
            activation = {"sigmoid": "sigmoid", "softmax": "softmax", "step": "step"}.get(head, "linear")
            between = "" if activation == "linear" else activation_text(activation, "z")
            a_values, grad_a, fprime, note = _output_chain(trainer, head, z.detach(), y)
        linear = module.linear
        prefix = f"{node_id}.linear."
        w_rec, b_rec = by_name[prefix + "weight"], by_name.get(prefix + "bias")
        penalty = []
        if l1:
            penalty.append(f"{format_number(l1)}·sign(W)")
        if l2:
            penalty.append(f"2·{format_number(l2)}·W")
        chain = "dL/dW = dL/dz · a_prevᵀ" + (f" + {' + '.join(penalty)} (penalty)" if penalty else "")
        layers.append(LayerRecord(
            name=node_id, kind=kind, label=trainer.graph.nodes[node_id].label, activation=activation,
            weight=w_rec.before, bias=b_rec.before if b_rec else None, a_prev=_numpy(cap["a_prev"]),
            z=_numpy(z), a=_numpy(a_values), grad_a=_numpy(grad_a), fprime=_numpy(fprime),
            grad_z=_numpy(z_grads[node_id]), grad_weight=w_rec.grad, grad_bias=b_rec.grad if b_rec else None,
            update_weight=w_rec.update, update_bias=b_rec.update if b_rec else None,
            inputs=list(model.inputs[node_id]), between=between,
            note="; ".join(t for t in (note, chain) if t)))
        del linear

    nodes = _node_records(trainer, model, values, value_grads, training, {r.name: r for r in layers},
                          sent_back)
    notes = []
    if not training and (model.has_batchnorm or any(isinstance(m, nn.Dropout) for m in model.modules())):
        notes.append("One sample is stepped as the network evaluates it: batch norm uses its running "
                     "statistics and dropout is off.")
    if clip_note:
        notes.append(clip_note)
    if l1 or l2:
        notes.append(f"The loss that is minimized adds the weight penalties: total "
                     f"{format_number(float(total.detach()))}.")
    name = trainer.settings["optimizer"]
    return StepRecord(
        samples=idx, inputs=_numpy(x), targets=_targets(trainer, rows, y),
        outputs=_numpy(outputs), logits=_numpy(logits), loss=float(loss.detach()), loss_name=trainer.loss_name,
        loss_formula=_loss_formula(trainer.loss_name, head, logits.detach(), outputs, y, float(loss.detach())),
        learning_rate=float(trainer.settings["learning_rate"]), optimizer=name,
        optimizer_label=OPTIMIZERS[name].label, optimizer_formula=optimizer_formula(name, trainer.settings),
        head=head, training_mode=training, layers=layers, nodes=nodes, params=params, order=list(model.order),
        notes=notes, _after=(model, optimizer))


def _targets(trainer, rows: torch.Tensor, y: torch.Tensor) -> np.ndarray:
    """Class labels (whole numbers) for classification, values for regression."""
    if trainer.labels_train is not None:
        return trainer.labels_train.detach().cpu()[rows].numpy().copy()
    return y.detach().cpu().numpy().reshape(len(rows), -1)[:, 0].astype(np.float64)


def _output_chain(trainer, head: str, z: torch.Tensor, y: torch.Tensor):
    """(a, dL/da, da/dz or None, note) for the output layer. The trainer's loss works on the logits z for
    numerical stability, so a = head(z) is not on its path; dL/da and da/dz are taken by autograd on the
    same loss written through a, and their product is the dL/dz autograd gave for the logits."""
    zz = z.clone().requires_grad_(True)
    name = trainer.loss_name
    if head == "sigmoid":
        a = torch.sigmoid(zz)
        a_leaf = a.detach().clone().requires_grad_(True)
        if name == "bce":
            loss = F.binary_cross_entropy(a_leaf, y)
        else:
            loss = F.mse_loss(a_leaf, y)
        grad_a = torch.autograd.grad(loss, a_leaf)[0]
        fprime = torch.autograd.grad(a, zz, torch.ones_like(a))[0]
        return a.detach(), grad_a, fprime, "dL/dz = dL/da · σ'(z), σ'(z) = σ(z)·(1 − σ(z))"
    if head == "softmax":
        a = torch.softmax(zz, dim=-1).detach()
        if name == "cross_entropy":
            a_leaf = a.clone().requires_grad_(True)
            loss = F.nll_loss(torch.log(a_leaf), y)
            grad_a = torch.autograd.grad(loss, a_leaf)[0]
        else:
            grad_a = None
        return a, grad_a, None, ("softmax couples the outputs, so there is no single factor per unit; with "
                                 "cross-entropy the product comes out as dL/dz = (p − onehot(y)) / B")
    # linear head: a = z
    return z.detach(), None, torch.ones_like(z), "a linear output: a = z, so dL/dz = dL/da"


def _sent_back(model, values, grads) -> dict[str, list[np.ndarray]]:
    """For Add and Concat: what each sends back along each incoming edge (autograd of its own output)."""
    out: dict[str, list[np.ndarray]] = {}
    for node_id in model.order:
        value = values[node_id]
        if model.kinds[node_id] in ("add", "concat") and grads[node_id] is not None:
            # The node's own module on detached copies of its inputs: only its local share, not paths
            # through other nodes (one input may itself depend on another).
            sources = [values[s].detach().requires_grad_(True) for s in model.inputs[node_id]]
            local = model.layers[node_id](*sources)
            sent = torch.autograd.grad(local, sources, grads[node_id])
            out[node_id] = [_numpy(g) for g in sent]
    return out


def _node_records(trainer, model, values, value_grads, training: bool, layers: dict[str, LayerRecord],
                  sent_back: dict[str, list[np.ndarray]]) -> list[NodeRecord]:
    records = []
    for node_id in model.order:
        kind = model.kinds[node_id]
        value = values[node_id]
        ins = list(model.inputs[node_id])
        input_grads = sent_back.get(node_id, [])
        grad = value_grads[node_id]
        label = trainer.graph.nodes[node_id].label
        note = ""
        if kind == "add":
            note = ("Add: out = " + " + ".join(ins) + "; dL/d(each input) = dL/d(out): the gradient is copied "
                    "unchanged to every branch")
        elif kind == "concat":
            widths = [int(values[s].shape[-1]) for s in ins]
            parts, start = [], 0
            for s, w in zip(ins, widths):
                parts.append(f"{s} gets components {start}–{start + w - 1}")
                start += w
            note = "Concat: out = [" + ", ".join(ins) + "]; the gradient is split: " + ", ".join(parts)
        elif kind == "batchnorm":
            note = ("BatchNorm: normalizes each feature over the batch, then γ·x̂ + β" if training else
                    "BatchNorm for one sample: (x − running mean)/√(running var + ε), then γ·x̂ + β")
        elif kind == "layernorm":
            note = "LayerNorm: normalizes over this sample's own features, then γ·x̂ + β"
        elif kind == "dropout":
            p = model.layers[node_id].p
            note = (f"Dropout: each value zeroed with probability {format_number(p)}, the rest × 1/(1 − p)"
                    if training else "Dropout: off when evaluating one sample (passes values through)")
        elif kind == "activation":
            note = f"Activation: a = {activation_text(_module_activation(model.layers[node_id]), 'x')}"
        elif kind in layers:
            note = layers[node_id].note
        if kind == "output":
            out = layers.get(node_id)
            record_value = out.a if out is not None else _numpy(value)
            record_grad = out.grad_z if out is not None else _numpy(grad)
        else:
            record_value, record_grad = _numpy(value), _numpy(grad)
        records.append(NodeRecord(name=node_id, kind=kind, label=label, value=record_value, grad=record_grad,
                                  inputs=ins, input_grads=input_grads, note=note))
    return records


def _loss_formula(name: str, head: str, logits: torch.Tensor, outputs: torch.Tensor, y: torch.Tensor,
                  loss: float) -> str:
    n = len(logits)

    def f(x):
        text = format_number(x)
        return f"({text})" if text.startswith("−") else text

    mean = f", mean over the {n} samples (first shown)" if n > 1 else ""
    if name == "bce":
        p, t = float(outputs[0, 0]), float(y[0, 0])
        return (f"p = σ(z) = σ({format_number(float(logits[0, 0]))}) = {f(p)};  L = −[y·log p + (1 − y)·log(1 − p)] = "
                f"−[{f(t)}·log {f(p)} + {f(1 - t)}·log {f(1 - p)}]" + mean + f" = {format_number(loss)}")
    if name == "cross_entropy":
        probs = torch.softmax(logits, dim=-1)
        label = int(y[0])
        return (f"p = softmax(z) = {format_vector(probs[0].numpy())};  L = −log p[y] = "
                f"−log {f(float(probs[0, label]))}   (y = {label})" + mean + f" = {format_number(loss)}")
    if name == "mse":
        pred = float(outputs[0, 0]) if head == "sigmoid" else float(logits[0, 0])
        t = float(y[0, 0])
        return f"L = (ŷ − y)² = ({format_number(pred)} − {f(t)})²" + mean + f" = {format_number(loss)}"
    return name


# --------------------------------------------------------------------------- the perceptron rule


def _record_perceptron(trainer, idx: list[int]) -> StepRecord:
    """The rule applied sample by sample (as the trainer applies it) on a copy of the weights."""
    model = trainer.model
    node_id = model.output_id
    linear = model.layers[node_id].linear
    w0 = linear.weight.detach().cpu().double().numpy()[0].copy()
    b0 = linear.bias.detach().cpu().double().numpy().copy() if linear.bias is not None else None
    lr = float(np.float32(trainer.settings["learning_rate"]))   # as the trainer computes
    xs = trainer.x_train.detach().cpu().double().numpy()[idx]
    ts = trainer.y_train.detach().cpu().double().numpy().reshape(-1)[idx]
    labels = trainer.labels_train.detach().cpu().numpy()[idx].copy()
    w, b = w0.copy(), (b0.copy() if b0 is not None else None)
    zs, ys, grad_w, grad_b = [], [], np.zeros_like(w), np.zeros(1)
    # float32 as the trainer computes, so the decision (z >= 0) is the same one it takes.
    for x, t in zip(xs, ts):
        z = float(np.float32(x.astype(np.float32) @ w.astype(np.float32))) + (float(np.float32(b[0]))
                                                                              if b is not None else 0.0)
        y_hat = 1.0 if z >= 0 else 0.0
        delta = t - y_hat
        zs.append(z)
        ys.append(y_hat)
        if delta != 0:
            w = w + lr * delta * x
            grad_w -= delta * x
            if b is not None:
                b = b + lr * delta
                grad_b -= delta
    z_arr = np.array(zs).reshape(-1, 1)
    y_arr = np.array(ys).reshape(-1, 1)
    errors = float(np.mean(y_arr[:, 0] != ts))
    grad_z = (y_arr[:, 0] - ts).reshape(-1, 1)
    record = LayerRecord(
        name=node_id, kind="output", label=trainer.graph.nodes[node_id].label, activation="step",
        weight=w0.reshape(1, -1), bias=b0, a_prev=xs, z=z_arr, a=y_arr, grad_a=None, fprime=None,
        grad_z=grad_z, grad_weight=grad_w.reshape(1, -1), grad_bias=grad_b if b0 is not None else None,
        update_weight=(w - w0).reshape(1, -1), update_bias=(b - b0) if b0 is not None else None,
        inputs=list(model.inputs[node_id]), between="step(z)",
        note=("the step has slope 0 almost everywhere, so no gradient flows through it; Rosenblatt's rule "
              "uses the error y − ŷ instead: w ← w + lr·(y − ŷ)·x (nothing changes when ŷ = y)"))
    t0, y0 = ts[0], ys[0]
    if y0 == t0:
        formula = f"ŷ = step({format_number(zs[0])}) = {format_number(y0)} = y: right, so the weights stay"
    else:
        formula = (f"ŷ = step({format_number(zs[0])}) = {format_number(y0)} ≠ y = {format_number(t0)}: "
                   f"wrong, so w moves by lr·(y − ŷ)·x = {format_number(lr)}·({format_number(t0 - y0)})·x")
    if len(idx) > 1:
        formula += f"; L = share misclassified = {format_number(errors)} ({len(idx)} samples)"
    else:
        formula += f"; L = {format_number(errors)}"
    params = [ParamRecord(f"{node_id}.linear.weight", node_id, w0.reshape(1, -1), grad_w.reshape(1, -1),
                          (w - w0).reshape(1, -1), {})]
    if b0 is not None:
        params.append(ParamRecord(f"{node_id}.linear.bias", node_id, b0, grad_b, b - b0, {}))
    inp = model.input_id
    nodes = [NodeRecord(inp, "input", trainer.graph.nodes[inp].label, xs, None, [], []),
             NodeRecord(node_id, "output", record.label, y_arr, grad_z, [inp], [], record.note)]
    return StepRecord(
        samples=idx, inputs=xs, targets=labels, outputs=y_arr, logits=z_arr, loss=errors,
        loss_name="perceptron", loss_formula=formula, learning_rate=float(trainer.settings["learning_rate"]),
        optimizer="perceptron",
        optimizer_label=OPTIMIZERS["perceptron"].label,
        optimizer_formula=optimizer_formula("perceptron", trainer.settings), head="step", training_mode=False,
        layers=[record], nodes=nodes, params=params, order=list(model.order), perceptron=True,
        _after=(_perceptron_after(model, w, b), None))


def _perceptron_after(model, w: np.ndarray, b: np.ndarray | None):
    after = copy.deepcopy(model).cpu()
    linear = after.layers[after.output_id].linear
    with torch.no_grad():
        linear.weight.copy_(torch.from_numpy(w.reshape(1, -1)).to(linear.weight.dtype))
        if b is not None:
            linear.bias.copy_(torch.from_numpy(b).to(linear.bias.dtype))
    return after


def commit_step(trainer, record: StepRecord) -> None:
    """Take the recorded step for real: the trainer's weights (and its optimizer's state) become what the
    step left on the copy, and its step count goes up by one. For the step-through's "take this step"."""
    after = record._after
    if after is None:
        raise StepError("This step was not recorded in a way that can be taken.")
    model, optimizer = after
    with torch.no_grad():
        for target, source in zip(trainer.model.parameters(), model.parameters()):
            target.copy_(source.to(target.device))
        for target, source in zip(trainer.model.buffers(), model.buffers()):
            target.copy_(source.to(target.device))
    if optimizer is not None and trainer.optimizer is not None:
        fused = [g.get("fused") for g in trainer.optimizer.param_groups]
        trainer.optimizer.load_state_dict(optimizer.state_dict())
        for group, flag in zip(trainer.optimizer.param_groups, fused):
            if flag is not None:
                group["fused"] = flag
    trainer.step += 1


# --------------------------------------------------------------------------- the step as text


def _matrix_text(m: np.ndarray, digits: int = 4, limit: int = 6) -> str:
    rows = [format_vector(r, digits, limit) for r in np.asarray(m)[:limit]]
    more = f" … ({len(m) - limit} more rows)" if len(m) > limit else ""
    return "[" + ", ".join(rows) + more + "]"


def describe(record: StepRecord) -> list[str]:
    """The step as readable lines (``guinet step`` without --json): forward, loss, backward, update."""
    f, v = format_number, format_vector
    row = 0
    lines = []
    what = (f"training sample {record.samples[0]}" if not record.batch else
            f"a batch of {len(record.samples)} training samples (the first shown; gradients are the batch's)")
    lines.append(f"One step on {what}")
    lines.append(f"  input x = {v(record.inputs[row])}   target y = {f(record.targets[row])}")
    lines.extend(f"  note: {n}" for n in record.notes)
    lines.append("1. Forward (input to output)")
    for layer in record.layers:
        lines.append(f"  {layer.label} ({layer.name}): z = W·a_prev + b = {v(layer.z[row])}")
        if layer.between:
            lines.append(f"    a = {layer.between} = {v(layer.a[row])}")
        else:
            lines.append(f"    a = z = {v(layer.a[row])}")
    for node in record.nodes:
        if node.kind in ("add", "concat", "batchnorm", "layernorm", "dropout", "activation"):
            lines.append(f"  {node.label} ({node.name}): out = {v(node.value[row])}   [{node.note}]")
    lines.append(f"2. Loss ({_LOSS_LABELS.get(record.loss_name, record.loss_name)}): {record.loss_formula}")
    lines.append("3. Backward (output to input, chain rule)")
    for layer in reversed(record.layers):
        lines.append(f"  {layer.label} ({layer.name}):")
        if layer.grad_a is not None:
            lines.append(f"    dL/da = {v(layer.grad_a[row])}")
        if layer.fprime is not None:
            lines.append(f"    f'(z) = da/dz = {v(layer.fprime[row])}")
            lines.append(f"    dL/dz = dL/da · f'(z) = {v(layer.grad_z[row])}")
        else:
            lines.append(f"    dL/dz = {v(layer.grad_z[row])}")
        if layer.note:
            lines.append(f"    ({layer.note})")
        lines.append(f"    dL/dW = {_matrix_text(layer.grad_weight)}")
        if layer.grad_bias is not None:
            lines.append(f"    dL/db = {v(layer.grad_bias)}")
    for node in reversed(record.nodes):
        if node.kind in ("add", "concat") and node.input_grads:
            sent = "; ".join(f"to {s}: {v(g[row])}" for s, g in zip(node.inputs, node.input_grads))
            lines.append(f"  {node.label} ({node.name}): {node.note}. Sent back {sent}")
    lines.append(f"4. Update ({record.optimizer_label}, learning rate {f(record.learning_rate)}): "
                 f"{record.optimizer_formula}")
    for layer in record.layers:
        lines.append(f"  {layer.label} ({layer.name}): ΔW = {_matrix_text(layer.update_weight)}")
        if layer.update_bias is not None:
            lines.append(f"    Δb = {v(layer.update_bias)}")
    return lines
