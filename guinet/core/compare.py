"""Comparing runs side by side: variants of one project that differ in a few settings, trained together.

The lessons teach by comparison (gradient descent variants, initializers, activations, normalizations,
CPU vs GPU), so a comparison is a list of *variants*: copies of the project, each with some settings
changed (``--vary optimizer=sgd,adam``, a grid of two settings, a preset, or hand-edited copies).

Every variant trains exactly as ``guinet train`` would train it alone: each gets its own ``Trainer``
(same data tensors, same seeded initial weights, same batch order, the same optimizer with the same
settings). What is shared is the work. Small networks are bound by per-step overhead, not arithmetic,
so variants of one structure (same layers and widths, same data, batch plan, seed and device) form a
*vector group* that takes each step once for all of them:

* all parameters of member i are row i of one ``[V, P]`` buffer and its gradients row i of another;
  per parameter of the structure, autograd's leaf is a ``[V, ...]`` view into the buffer, and every
  member's own ``nn.Parameter`` is re-pointed (``.data``) at its part of its row, so the member's
  model, its probes and its snapshots see the shared numbers without copies;
* one forward for all (batched matrix products over the stacked weights), the members' mean losses
  summed, one backward whose gradients land in the gradient buffer in one copy; where a probe
  finds the same bits, the backward is written out as the kernels autograd's formulas call, without
  autograd's graph and engine (``_manual_step``), which on these tiny networks is much of a step;
* each member's update is torch's own update rule for its optimizer and settings (SGD, Momentum,
  Nesterov, AdaGrad, RMSProp, AdaDelta, Adam, AdamW, each with its own kind of state), written as a
  few operations on whole rows (``_row_update``; Adam and AdamW through torch's fused kernel, as a
  single run); members with identical optimizer settings sit next to each other and share one update
  over their block of rows. No step waits on the device: on the CPU the losses are read as a single
  run reads them, on a GPU they are checked once per snapshot.

Training amplifies a last-bit rounding difference until, a few hundred steps on, the losses differ in
the fourth digit, and batched kernels do not always round as a single run does (a tiny matrix product
takes another code path; SIMD chunks and tails of elementwise ops fall elsewhere in a longer tensor).
So each batched form is tried once, on random numbers of the real shapes, against what a single run
computes, and the first that gives the same bits is taken (``_plan_forward``, ``_make_updates``); only
where none does, that part runs member by member. On the CPU the losses therefore equal separate runs'
bit for bit (``tests/core/test_compare.py`` checks 1e-5 relative; ``guinet bench --compare 8`` prints
the largest difference).

Variants that cannot share (another structure, dropout, the perceptron rule, a DAG, another device)
train alone on their own ``Trainer``; groups take turns of about one snapshot interval each, so every
variant moves on screen.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import json
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

import numpy as np

from .catalog import layer_kind
from .choices import ACTIVATIONS, INITIALIZERS, NORMALIZATIONS, OPTIMIZERS
from .graph import GraphError
from .params import ParamError, ParamSpec, spec_for_key
from .settings import DATA_PARAMS, TRAINING_PARAMS
from .snapshot import DIVERGED, FINISHED, RUNNING, STOPPED, Snapshot
from .text import join, msg

__all__ = ["CompareError", "Vary", "Variant", "Comparison", "CompareFrame", "VariantResult", "PRESETS",
           "parse_vary", "parse_value", "make_variants", "preset_variants", "preset_names", "find_preset",
           "allowed_keys_text", "copy_project", "apply_settings", "MAX_VARIANTS", "merge_frames",
           "best_result", "value_label", "key_label"]

MAX_VARIANTS = 64
MAX_VALUES = 16           # values of one --vary
DEFAULT_TARGET_ACCURACY = 0.95



class CompareError(ValueError):
    """A comparison that cannot be set up; the message says what is wrong and what is allowed."""


# --------------------------------------------------------------------------- what may vary

DENSE_KEYS = tuple(spec.name for spec in layer_kind("dense").params)


def _training_keys() -> list[str]:
    keys = [s.name for s in TRAINING_PARAMS]
    subs = sorted({f"optimizer.{p.name}" for entry in OPTIMIZERS for p in entry.params})
    return keys + subs


def _data_keys() -> list[str]:
    return [f"data.{s.name}" for s in DATA_PARAMS]


def allowed_keys_text() -> str:
    """The keys --vary accepts, for messages."""
    return msg("training settings: {training}; every hidden Dense layer: {layers}; data: {data}",
               training=", ".join(_training_keys()), layers=", ".join(f"layers.{k}" for k in DENSE_KEYS),
               data=", ".join(_data_keys()))


def _spec_for(key: str, project=None) -> tuple[str, ParamSpec]:
    """(where, spec) for a --vary key: where is 'training', 'layers' or 'data'."""
    try:
        if key.startswith("layers."):
            sub = key[len("layers."):]
            return "layers", spec_for_key(layer_kind("dense").params, sub)
        if key.startswith("data."):
            return "data", spec_for_key(DATA_PARAMS, key[len("data."):])
        return "training", spec_for_key(TRAINING_PARAMS, key)
    except KeyError:
        raise CompareError(msg("cannot vary {key}. Allowed: {allowed}", key=repr(key),
                               allowed=allowed_keys_text())) from None


def _allowed_values_text(spec: ParamSpec) -> str:
    if spec.kind == "choice" and spec.choices is not None:
        return msg("one of {names}", names=", ".join(spec.choices.names()))
    if spec.kind == "bool":
        return msg("true or false")
    if spec.kind == "flags":
        return msg("names joined by '+' from {names}", names=", ".join(spec.options))
    if spec.kind in ("int", "float"):
        rng = spec.range_text()
        if rng:   # the bounds around the setting's name, which the window translates
            rng = rng.replace(spec.label.lower(), "{name}", 1)
            rng = msg(rng, name=msg(spec.label, context="params")) if "{name}" in rng else rng
            return msg("a whole number ({range})" if spec.kind == "int" else "a number ({range})", range=rng)
        return msg("a whole number" if spec.kind == "int" else "a number")
    return msg("text")


def parse_value(key: str, text: str) -> Any:
    """One value of ``key`` from the command line's text, validated; CompareError says what is allowed."""
    _, spec = _spec_for(key)
    raw = text.strip()
    try:
        if spec.kind == "int":
            value: Any = int(raw)
        elif spec.kind == "float":
            value = float(raw)
        elif spec.kind == "bool":
            lowered = raw.lower()
            if lowered not in ("true", "false", "yes", "no", "on", "off", "1", "0"):
                raise ValueError
            value = lowered in ("true", "yes", "on", "1")
        elif spec.kind == "choice":
            value = raw.lower()
            if spec.choices is not None and value not in spec.choices:
                # Accept a label too ("Adam", "He/Kaiming normal").
                by_label = {c.label.lower(): c.name for c in spec.choices}
                value = by_label.get(value, value)
        elif spec.kind == "flags":
            value = [part.strip() for part in raw.split("+") if part.strip()]
        else:
            value = raw
        return spec.validate(value)
    except (ValueError, ParamError):
        raise CompareError(msg("{key}={text} is not allowed: {key} takes {allowed}", key=key, text=repr(text),
                               allowed=_allowed_values_text(spec))) from None


@dataclass(frozen=True)
class Vary:
    key: str
    values: tuple[Any, ...]


def parse_vary(text: str) -> Vary:
    """``KEY=V1,V2,...`` -> Vary; CompareError for a bad key or value."""
    key, sep, rest = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise CompareError(msg("--vary takes KEY=V1,V2,... (not {text}). Allowed keys: {allowed}",
                               text=repr(text), allowed=allowed_keys_text()))
    parts = [p for p in rest.split(",") if p.strip()]
    if not parts:
        raise CompareError(msg("--vary {key}= lists no values; give one or more, separated by commas", key=key))
    if len(parts) > MAX_VALUES:
        raise CompareError(msg("--vary {key} lists {n} values; at most {most}", key=key, n=len(parts),
                               most=MAX_VALUES))
    values = tuple(parse_value(key, p) for p in parts)
    if len({json.dumps(v, sort_keys=True) for v in values}) != len(values):
        raise CompareError(msg("--vary {key} lists a value twice", key=key))
    return Vary(key, values)


def value_label(key: str, value: Any) -> str:
    """How a learner reads a value: 'Adam', 'He/Kaiming normal', '0.01', 'on' (the words as Messages,
    which the window shows in its language)."""
    try:
        _, spec = _spec_for(key)
    except CompareError:
        return str(value)
    if spec.kind == "choice" and spec.choices is not None and value in spec.choices:
        return msg(spec.choices[value].label, context="choices")
    if spec.kind == "bool":
        return msg("on" if value else "off")
    if spec.kind == "flags":
        return "+".join(value)
    if spec.kind == "int" and key == "batch_size":
        return msg("whole set") if value == 0 else msg("batch {size}", size=value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def key_label(key: str) -> str:
    """'Optimizer', 'Activation (hidden layers)', 'Noise (data)'."""
    try:
        where, spec = _spec_for(key)
    except CompareError:
        return key
    label = msg(spec.label, context="params")
    if where == "layers":
        return msg("{setting} (hidden layers)", setting=label)
    if where == "data":
        return msg("{setting} (data)", setting=label)
    return label


# --------------------------------------------------------------------------- variants


@dataclass
class Variant:
    """One project to train: its label (names the varied values) and the settings that make it differ."""

    label: str
    settings: dict[str, Any]
    project: Any   # guinet.core.model.Project


def copy_project(project):
    """An independent copy (graph, settings) of a project, without its trained weights."""
    from .model import Project

    return Project(project.graph.copy(), dict(project.data), dict(project.training), name=project.name,
                   description=project.description)


def apply_settings(project, settings: dict[str, Any]):
    """A copy of ``project`` with ``settings`` ({key: value} as --vary names them) applied."""
    out = copy_project(project)
    # The optimizer first: setting it drops its old sub-parameters, which optimizer.* may then set.
    ordered = sorted(settings.items(), key=lambda kv: (kv[0] != "optimizer", kv[0].startswith("optimizer.")))
    for key, value in ordered:
        where, _ = _spec_for(key)
        try:
            if where == "training":
                out.set_training(key, value)
            elif where == "data":
                out.set_data(key[len("data."):], value)
            else:
                dense = [n.id for n in out.graph.nodes.values() if n.kind == "dense"]
                if not dense:
                    raise CompareError(msg("cannot vary {key}: the network has no hidden Dense layers", key=key))
                for node_id in dense:
                    out.graph.set_param(node_id, key[len("layers."):], value)
        except GraphError as exc:
            raise CompareError(msg("{key}={value}: {reason}", key=key, value=repr(value),
                                   reason=exc.args[0] if exc.args else str(exc))) from None
    return out


def make_variants(project, varies: Sequence[Vary], base: Sequence[tuple[str, dict[str, Any]]] | None = None
                  ) -> list[Variant]:
    """The grid of ``varies`` (every combination), each on top of each ``base`` (label, settings), e.g.
    a preset's variants. CompareError when there are more than MAX_VARIANTS or none."""
    base = list(base) if base else [("", {})]
    keys = [v.key for v in varies]
    if len(set(keys)) != len(keys):
        raise CompareError(msg("each key may be varied once; put all its values in one --vary"))
    combos = list(itertools.product(*[v.values for v in varies])) if varies else [()]
    total = len(base) * len(combos)
    if total > MAX_VARIANTS:
        raise CompareError(msg("{n} variants is too many; at most {most} (vary fewer settings or values)",
                               n=total, most=MAX_VARIANTS))
    variants = []
    for base_label, base_settings in base:
        for combo in combos:
            settings = dict(base_settings)
            parts = [base_label] if base_label else []
            for key, value in zip(keys, combo):
                settings[key] = value
                parts.append(value_label(key, value))
            label = join(parts, " · ") if parts else msg("as is")
            variants.append(Variant(label, settings, apply_settings(project, settings)))
    if len(variants) < 2:
        raise CompareError(msg("a comparison needs at least two variants: give two or more values "
                               "(--vary KEY=V1,V2) or choose a preset"))
    return variants


# --------------------------------------------------------------------------- presets


@dataclass(frozen=True)
class Preset:
    name: str
    slug: str
    help: str
    make: Callable[[Any], list[tuple[str, dict[str, Any]]]]
    needs_gpu: bool = False


def _minibatch(project) -> int:
    bs = project.training_settings()["batch_size"]
    return bs if bs > 1 else 32


def _gd_variants(project) -> list[tuple[str, dict[str, Any]]]:
    mb = _minibatch(project)
    lr = project.training_settings()["learning_rate"]
    return [
        (msg("Batch GD (SGD, whole set)"), {"optimizer": "sgd", "batch_size": 0}),
        (msg("Mini-batch SGD ({size})", size=mb), {"optimizer": "sgd", "batch_size": mb}),
        (msg("SGD, batch size 1"), {"optimizer": "sgd", "batch_size": 1}),
        ("Momentum", {"optimizer": "momentum", "batch_size": mb}),
        ("Nesterov", {"optimizer": "nesterov", "batch_size": mb}),
        ("AdaGrad", {"optimizer": "adagrad", "batch_size": mb}),
        ("RMSProp", {"optimizer": "rmsprop", "batch_size": mb}),
        # AdaDelta scales its own steps; it is meant to run at learning rate 1.
        ("AdaDelta (lr 1)", {"optimizer": "adadelta", "batch_size": mb, "learning_rate": 1.0}),
        ("Adam", {"optimizer": "adam", "batch_size": mb, "learning_rate": lr}),
    ]


def _init_variants(project) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for act in ("sigmoid", "relu"):
        for init in ("default", "xavier_normal", "he_normal"):
            out.append((join([msg(ACTIVATIONS[act].label, context="choices"),
                              msg(INITIALIZERS[init].label, context="choices")], " · "),
                        {"layers.activation": act, "layers.weight_init": init}))
    return out


def _norm_variants(project) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for bs in (4, 64):
        for norm in ("none", "batch", "layer"):
            out.append((join([msg(NORMALIZATIONS[norm].label, context="choices"), msg("batch {size}", size=bs)], " · "),
                        {"layers.normalization": norm, "batch_size": bs}))
    return out


def _activation_variants(project) -> list[tuple[str, dict[str, Any]]]:
    return [(msg(ACTIVATIONS[a].label, context="choices"), {"layers.activation": a})
            for a in ("sigmoid", "tanh", "relu", "leaky_relu", "elu")]


def _device_variants(project) -> list[tuple[str, dict[str, Any]]]:
    return [("CPU", {"device": "cpu"}), ("GPU (CUDA)", {"device": "cuda"})]


PRESETS: tuple[Preset, ...] = (
    Preset(msg("Gradient descent variants"), "gradient-descent",
           msg("Batch gradient descent, mini-batch SGD, SGD with batch size 1, Momentum, Nesterov, AdaGrad, "
               "RMSProp, AdaDelta and Adam on the same network from the same weights: how the update rule "
               "and the batch size change the path down the loss."), _gd_variants),
    Preset(msg("Initialization"), "initialization",
           msg("PyTorch's default, Xavier and He initialization, each with sigmoid and with ReLU hidden "
               "layers: deep sigmoid networks want Xavier, deep ReLU networks want He. Watch the gradient "
               "flow."), _init_variants),
    Preset(msg("Normalization"), "normalization",
           msg("No normalization, batch norm and layer norm in every hidden layer, at batch sizes 4 and 64: "
               "batch norm wants larger batches, layer norm does not care."), _norm_variants),
    Preset(msg("Activations"), "activations",
           msg("Sigmoid, tanh, ReLU, leaky ReLU and ELU in every hidden layer: saturating functions let the "
               "gradient vanish in deep networks, ReLU-like ones keep it."), _activation_variants),
    Preset(msg("CPU vs GPU"), "cpu-vs-gpu",
           msg("The same run on the processor and on the graphics card: steps per second side by side. Tiny "
               "networks are often faster on the CPU; the GPU wins as the network and the batch grow."),
           _device_variants, needs_gpu=True),
)


def gpu_available() -> bool:
    from .devices import _cuda_available

    return _cuda_available()


def preset_names(*, include_unavailable: bool = False) -> list[str]:
    return [p.name for p in PRESETS if include_unavailable or not p.needs_gpu or gpu_available()]


def find_preset(name: str) -> Preset:
    wanted = name.strip().lower()
    for preset in PRESETS:
        if wanted in (preset.name.lower(), preset.slug):
            if preset.needs_gpu and not gpu_available():
                raise CompareError(msg("the preset {name} needs a CUDA GPU, and none was found here "
                                       "(this PyTorch: {torch})", name=repr(preset.name), torch=_torch_cuda_text()))
            return preset
    names = ", ".join(f"{p.slug} ({p.name!r})" for p in PRESETS)
    raise CompareError(msg("there is no preset {name}; choose from {names}", name=repr(name), names=names))


def _torch_cuda_text() -> str:
    import torch

    return f"CUDA {torch.version.cuda}" if torch.version.cuda else "built without CUDA"


def preset_variants(project, name: str, varies: Sequence[Vary] = ()) -> list[Variant]:
    preset = find_preset(name)
    return make_variants(project, varies, base=preset.make(project))


# --------------------------------------------------------------------------- results and frames


@dataclass
class VariantResult:
    """Where one variant stands (the table's row): from its newest full snapshot."""

    index: int
    label: str
    settings: dict[str, Any]
    state: str = RUNNING
    epoch: int = 0
    epochs: int = 0
    step: int = 0
    steps_per_epoch: int = 1
    train_loss: float | None = None
    test_loss: float | None = None
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    reached_epoch: int | None = None      # first snapshot at or above the target train accuracy
    seconds: float = 0.0                  # time spent training this variant (its group's turns)
    steps_per_second: float = 0.0
    device: str = "cpu"
    message: str = ""

    @property
    def diverged(self) -> bool:
        return self.state == DIVERGED

    def to_json(self) -> dict[str, Any]:
        def num(x):
            return None if x is None or not math.isfinite(x) else x

        return {"label": self.label, "settings": dict(self.settings), "state": self.state, "epochs": self.epoch,
                "steps": self.step, "train_loss": num(self.train_loss), "test_loss": num(self.test_loss),
                "train_accuracy": num(self.train_accuracy), "test_accuracy": num(self.test_accuracy),
                "reached_epoch": self.reached_epoch, "seconds": round(self.seconds, 4),
                "steps_per_second": round(self.steps_per_second, 1), "device": self.device,
                "diverged": self.diverged, "message": self.message or None}


@dataclass
class CompareFrame:
    """What a comparison reports at one moment: the newest snapshot of each variant that moved since the
    previous frame (variant index -> Snapshot; per-step losses only the new ones), and the overall state."""

    state: str
    snapshots: dict[int, Snapshot] = field(default_factory=dict)
    elapsed: float = 0.0          # wall time spent training, all groups, pauses excluded
    # Every variant's row of the results table at this moment (copies: the trainer moves on).
    results: list[VariantResult] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.state != RUNNING


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """``newer`` carrying ``older``'s per-step losses too (and its grid when it has none)."""
    changes: dict[str, Any] = {}
    if len(older.new_losses):
        changes["new_steps"] = np.concatenate([np.asarray(older.new_steps), np.asarray(newer.new_steps)])
        changes["new_losses"] = np.concatenate([np.asarray(older.new_losses), np.asarray(newer.new_losses)])
    for name in ("grid", "grid_extent", "neuron_grids", "histograms"):
        if getattr(newer, name) is None and getattr(older, name) is not None:
            changes[name] = getattr(older, name)
    return dataclasses.replace(newer, **changes) if changes else newer


def merge_frames(older: CompareFrame, newer: CompareFrame) -> CompareFrame:
    """One frame with everything both say (for a viewer that skipped a frame)."""
    snaps = dict(older.snapshots)
    for i, snap in newer.snapshots.items():
        snaps[i] = merge_snapshots(snaps[i], snap) if i in snaps else snap
    return CompareFrame(newer.state, snaps, newer.elapsed, newer.results or older.results)


# --------------------------------------------------------------------------- training


class _Member:
    """One variant's trainer and bookkeeping."""

    def __init__(self, index: int, variant: Variant, trainer) -> None:
        self.index = index
        self.variant = variant
        self.trainer = trainer
        self.done = False
        self.final: Snapshot | None = None
        self.weights: dict | None = None     # exported when it stopped moving (its rows may be reused)
        self.loss_steps: list[np.ndarray] = []
        self.loss_values: list[np.ndarray] = []
        self.result = VariantResult(index, variant.label, dict(variant.settings), device=str(trainer.device),
                                    epochs=trainer.settings["epochs"], steps_per_epoch=trainer.steps_per_epoch)
        self.snap_elapsed = 0.0
        self.snap_step = 0

    def record(self, snap: Snapshot, target: float) -> None:
        self.loss_steps.append(np.asarray(snap.new_steps))
        self.loss_values.append(np.asarray(snap.new_losses))
        r = self.result
        r.state, r.epoch, r.epochs, r.step = snap.state, snap.epoch, snap.epochs, snap.step
        r.train_loss, r.test_loss = snap.train_loss, snap.test_loss
        r.train_accuracy, r.test_accuracy = snap.train_accuracy, snap.test_accuracy
        r.seconds = snap.elapsed
        r.steps_per_second = snap.step / snap.elapsed if snap.elapsed > 0 else 0.0
        if snap.state == DIVERGED or (snap.state == FINISHED and snap.message):
            r.message = snap.message    # why it diverged, or the stop target it reached
        if r.reached_epoch is None and snap.train_accuracy is not None and snap.train_accuracy >= target:
            r.reached_epoch = snap.epoch

    def losses(self) -> tuple[np.ndarray, np.ndarray]:
        steps = np.concatenate(self.loss_steps) if self.loss_steps else np.zeros(0, np.int64)
        values = np.concatenate(self.loss_values) if self.loss_values else np.zeros(0, np.float32)
        return steps, values


def _raw_step(optimizer) -> Callable[[], Any]:
    """The optimizer's step without torch's profiling/hook wrapper (tens of microseconds a call on tiny
    networks; the trainer skips Optimizer.zero_grad's wrapper for the same reason)."""
    raw = inspect.unwrap(type(optimizer).step)
    return lambda: raw(optimizer)


class _Group:
    """Members that take their turns together."""

    members: list[_Member]
    elapsed: float = 0.0
    cost: float = 0.0           # running mean of a round of snapshots, seconds
    grid_at: float = -math.inf
    hist_at: float = -math.inf
    climb_every_s: float = 1 / 30   # how often a long turn checks for a climbing loss (the snapshot interval)

    @property
    def active(self) -> list[_Member]:
        return [m for m in self.members if not m.done]

    def finished(self) -> bool:
        return all(m.done for m in self.members)


class _SoloGroup(_Group):
    """One variant on its own Trainer, exactly as ``guinet train`` runs it."""

    def __init__(self, member: _Member) -> None:
        self.members = [member]

    def advance(self, deadline: float, stop_serial_ok: Callable[[], bool]) -> None:
        tr = self.members[0].trainer
        if tr.state == DIVERGED or tr.finished:
            return
        started = time.perf_counter()
        tr._advance(1 << 62, deadline, stop_serial=tr._stop_serial)
        tr._check_climb()      # after each chunk of steps, as Trainer.run checks
        spent = time.perf_counter() - started
        tr.elapsed += spent
        self.elapsed += spent

    def stop(self) -> None:
        self.members[0].trainer.stop()

    def state_of(self, member: _Member) -> str:
        tr = member.trainer
        if tr.state == DIVERGED:
            return DIVERGED
        return FINISHED if tr.finished else RUNNING


class _VectorGroup(_Group):
    """Members of one structure, stepped together (see the module docstring)."""

    def __init__(self, members: list[_Member]) -> None:
        import torch

        # Members with equal optimizer settings next to each other: one update serves their rows.
        members = sorted(members, key=lambda m: _optimizer_key(m.trainer))
        self.members = members
        trainers = [m.trainer for m in members]
        t0 = trainers[0]
        self.device = t0.device
        self.v = v = len(trainers)
        model0 = t0.model
        self.layer_ids = [n for n in model0.order if model0.kinds[n] != "input"]
        named0 = list(model0.named_parameters())
        dtype = named0[0][1].dtype
        total = sum(p.numel() for _, p in named0)
        self.shapes = [tuple(p.shape) for _, p in named0]
        # All parameters of member i are row i of one [V, P] buffer, and its gradients row i of
        # another: an update is a few whole-row operations, and zeroing the gradients is one.
        # Per parameter of the structure, autograd's leaf is a [V, ...] view into the buffer with
        # its .grad a view into the gradient buffer (autograd adds into an existing .grad in place).
        self.flat = torch.zeros(v, total, dtype=dtype, device=self.device)
        self.flat_grad = torch.zeros(v, total, dtype=dtype, device=self.device)
        self.stacked: dict[str, torch.Tensor] = {}
        self._grad_views: list[tuple[torch.nn.Parameter, torch.Tensor]] = []
        member_params = [dict(tr.model.named_parameters()) for tr in trainers]
        columns: dict[str, slice] = {}
        offset = 0
        for name, p0 in named0:
            columns[name] = slice(offset, offset + p0.numel())
            offset += p0.numel()
        with torch.no_grad():
            for name, cols in columns.items():
                for i, mp in enumerate(member_params):
                    self.flat[i, cols].copy_(mp[name].detach().reshape(-1))
        # The views are made with grad mode on (autograd refuses views made under no_grad of a tensor
        # changed in place later, as the updates change the buffer).
        for name, p0 in named0:
            cols, shape = columns[name], tuple(p0.shape)
            leaf = self.flat[:, cols].view(v, *shape).requires_grad_()
            self.stacked[name] = leaf
            for i, mp in enumerate(member_params):
                # The member's own parameter now lives in its row; its .grad becomes its row of the
                # gradients after the first step (before it, like a fresh trainer's, it has none).
                mp[name].data = self.flat[i, cols].view(shape)
                self._grad_views.append((mp[name], self.flat_grad[i, cols].view(shape)))
        self._plan_forward(trainers)
        # L1/L2 act on the weight matrices of Dense and Output layers, as in the trainer.
        l1 = [tr.settings["l1"] for tr in trainers]
        l2 = [tr.settings["l2"] for tr in trainers]
        self.weight_leaves = [self.stacked[f"layers.{lid}.linear.weight"] for lid in self.layer_ids]
        self.l1 = torch.tensor(l1, dtype=dtype, device=self.device).view(v, 1, 1) if any(l1) else None
        self.l2 = torch.tensor(l2, dtype=dtype, device=self.device).view(v, 1, 1) if any(l2) else None
        clips = [tr.settings["clip_norm"] for tr in trainers]
        self.clip = torch.tensor(clips, dtype=dtype, device=self.device).view(v, 1) if any(clips) else None
        self._make_updates(trainers)
        self.trainers = trainers
        self.loss_name, self.head = t0.loss_name, t0.model.head
        self.leaves = list(self.stacked.values())
        self._manual_layers_cache: list | None = None
        self._mean_grads: dict = {}
        self.manual = self._plan_manual(trainers)
        self.epochs = t0.settings["epochs"]
        self.step = 0
        self.epoch = 0
        self.batch_index = 0
        self.on_cpu = self.device.type == "cpu"
        # Threads as the trainer chooses them, for the arithmetic of one step of all members together.
        from .threads import choose_threads, step_flops

        rows = max(hi - lo for lo, hi in t0._bounds)
        self.thread_choice = choose_threads(v * step_flops(model0, rows), requested=t0.settings.get("threads", 0),
                                            reserve_cores=getattr(t0, "reserve_cores", 0),
                                            device_type=self.device.type)
        self.dead: set[int] = set()    # rows whose member diverged or stopped
        # Members with stop targets (test accuracy, loss, patience, best weights; guinet.core.stopping).
        self.stop_rules = [i for i, tr in enumerate(trainers) if tr._stop_rule is not None]

    # -- set-up

    def _plan_forward(self, trainers) -> None:
        """Per layer: its stacked weight and bias, how its weighted sums run, the members'
        normalizations, and their activation (one function for the whole stack, or each member's own).

        Batched kernels do not always round as a single run does (a tiny matrix product takes another
        code path; the last partial SIMD chunk of an elementwise op falls elsewhere in a longer
        tensor), and training amplifies a last-bit difference until, a few hundred steps on, the
        losses differ in the fourth digit. So each batched form is tried once, on random numbers of
        the real shapes (``_exact``), and the first that gives a single run's bits is taken: one batched
        product over the stack, the same product turned around (weights times inputs), or for the first
        layer, whose input all share, one product with every member's weights side by side. Only where
        none does, that part runs member by member."""
        from .builder import DenseLayer

        t0 = trainers[0]
        v = self.v
        batch_sizes = sorted({hi - lo for lo, hi in t0._bounds})
        first = True
        self.plan = []
        for lid in self.layer_ids:
            modules = [tr.model.layers[lid] for tr in trainers]
            w = self.stacked[f"layers.{lid}.linear.weight"]
            b = self.stacked.get(f"layers.{lid}.linear.bias")
            out_w, in_w = w.shape[1], w.shape[2]
            mode = "members"
            for candidate in (("concat", "batched", "turned") if first else ("batched", "turned")):
                key = ("linear", candidate, v, in_w, out_w, b is not None, first)
                if self._exact(key, batch_sizes, lambda bs, c=candidate: _probe_linear(
                        c, v, bs, in_w, out_w, b is not None, first, self.device)):
                    mode = candidate
                    break
            step = {"w": w, "b": b, "mode": mode, "first": first, "norm": None, "acts": None, "shared_act": None}
            if isinstance(modules[0], DenseLayer):
                norms = [m.norm for m in modules]
                acts = [m.act for m in modules]
                if norms[0] is not None:
                    step["norm"] = (type(norms[0]).__name__, norms, self.stacked.get(f"layers.{lid}.norm.weight"),
                                    self.stacked.get(f"layers.{lid}.norm.bias"))
                if any(a is not None for a in acts):
                    # Their forward functions, not the modules: Module.__call__ costs microseconds a call.
                    step["acts"] = [a.forward if a is not None else None for a in acts]
                    if all(_same_module(a, acts[0]) for a in acts) and self._exact(
                            ("act", type(acts[0]).__name__, repr(acts[0]), v, out_w), batch_sizes,
                            lambda bs: _probe_elementwise(acts[0], (v, bs, out_w), self.device)):
                        step["shared_act"] = acts[0].forward
                        step["act_module"] = acts[0]
            self.plan.append(step)
            first = False
        n_out = self.plan[-1]["w"].shape[1]
        # The loss, batched or batched row by row (see _batched_loss), or member by member (None).
        self.loss_form = None
        for form in ("batched", "padded"):
            if self._exact(("loss", form, t0.loss_name, t0.model.head, v, n_out), batch_sizes,
                           lambda bs, f=form: _probe_loss(t0, v, bs, n_out, self.device, f)):
                self.loss_form = form
                break

    def _exact(self, key: tuple, batch_sizes: list[int], probe: Callable[[int], bool]) -> bool:
        """Whether a batched form gives, on this device, the very bits a single run gets member by
        member, for every batch size of the plan (``probe(batch size)``; remembered for the process,
        by ``key``). On a GPU, where runs are not bit-reproducible anyway, the batched form is taken."""
        if self.device.type != "cpu":
            return True
        return all(_remembered(key + (bs,), lambda bs=bs: probe(bs)) for bs in batch_sizes)

    def _make_updates(self, trainers) -> None:
        """Each run of members with equal optimizer settings gets one update over its block of rows
        (``_row_update``): torch's own update rule for the trainer's optimizer with its settings, as a
        few operations on whole rows, with the members' own state. Where a probe finds that it does
        not give the bits of the trainer's own torch optimizer on each member's tensors (the SIMD
        tails of a row fall elsewhere than those of the separate tensors), that run gets exactly that:
        a torch optimizer, built as the trainer builds it, over the members' own parameters."""
        self.updates: list[Callable[[], Any]] = []
        self.update_kinds: list[tuple[str, int, str]] = []
        for _, run in itertools.groupby(range(len(trainers)), key=lambda i: _optimizer_key(trainers[i])):
            rows = list(run)
            lo, hi = rows[0], rows[-1] + 1
            tr = trainers[lo]
            p, g = self.flat[lo:hi], self.flat_grad[lo:hi]
            key = ("update", _optimizer_key(tr), hi - lo, tuple(self.shapes))
            if self._exact(key, [0], lambda _: _probe_update(tr, hi - lo, self.shapes, self.device)):
                self.updates.append(_row_update(tr, p, g, self.device, self.shapes))
                form = "rows"
            else:
                self.updates.append(_torch_optimizer_update(tr, _pieces(p, self.shapes), _pieces(g, self.shapes),
                                                            self.device))
                form = "torch"
            self.update_kinds.append((tr.settings["optimizer"], hi - lo, form))

    # -- stepping

    def _forward(self, x):
        """The members' outputs, a [V, B, out] stack."""
        import torch

        v = self.v
        h = x                    # the shared input [B, in], then a [V, B, H] stack
        stack = torch.stack
        for step in self.plan:
            h = _linear_form(step["mode"], h, step["w"], step["b"], v, step["first"])
            if step["norm"] is not None:
                kind, norms, gamma, beta = step["norm"]
                parts = h.unbind(0)
                gammas = gamma.unbind(0) if gamma is not None else [None] * v
                betas = beta.unbind(0) if beta is not None else [None] * v
                h = stack([self._norm(kind, norms[i], parts[i], gammas[i], betas[i]) for i in range(v)])
            if step["shared_act"] is not None:
                h = step["shared_act"](h)
            elif step["acts"] is not None:
                parts = h.unbind(0)
                h = stack([a(parts[i]) if a is not None else parts[i] for i, a in enumerate(step["acts"])])
        return h

    @staticmethod
    def _norm(kind: str, module, z, gamma, beta):
        import torch.nn.functional as F

        if kind == "BatchNorm1d":
            # nn.BatchNorm1d.forward in training mode, with the member's own running statistics.
            module.num_batches_tracked.add_(1)
            momentum = module.momentum if module.momentum is not None else 1.0 / float(module.num_batches_tracked)
            return F.batch_norm(z, module.running_mean, module.running_var, gamma, beta, True, momentum, module.eps)
        return F.layer_norm(z, module.normalized_shape, gamma, beta, module.eps)

    def _next_batch(self):
        t0 = self.members[0].trainer
        t0._batch_index = self.batch_index
        return t0._next_batch()

    def advance(self, deadline: float, stop_ok: Callable[[], bool]) -> None:
        import torch

        if self.epoch >= self.epochs or len(self.dead) == self.v:
            return
        from .threads import apply_threads

        apply_threads(self.thread_choice.threads)
        clock = time.perf_counter
        isfinite, fsum = math.isfinite, math.fsum
        started = clock()
        climb_at = started + self.climb_every_s
        flat_grad = self.flat_grad
        members = self.members
        trainers = [m.trainer for m in members]
        # A member that is done keeps being computed (its row is part of the stack) but records nothing.
        loss_lists = [[] if i in self.dead else tr._losses for i, tr in enumerate(trainers)]
        steps_per_epoch = trainers[0].steps_per_epoch
        clip = self.clip
        updates = self.updates
        # Forward, loss and the gradients into flat_grad; the members' losses (see _autograd_step).
        grad_step = self._manual_step if self.manual else self._autograd_step
        t0 = trainers[0]
        full = t0._full_batch
        x_all, y_all = t0.x_train, t0.y_train
        no_grad = torch.no_grad()
        try:
            while self.epoch < self.epochs and stop_ok():
                x, y = (x_all, y_all) if full else self._next_batch()
                per_member = grad_step(x, y)
                if self.step == 0:
                    for p, g in self._grad_views:
                        p.grad = g
                    for tr in trainers:
                        tr.initial_grad_norms = tr._layer_stats.gradients()[0]
                with no_grad:
                    if clip is not None:
                        # clip_grad_norm_ per member: scale its gradients when their norm exceeds its limit.
                        norms = torch.linalg.vector_norm(flat_grad, 2, dim=1, keepdim=True)
                        coef = torch.where(clip > 0, (clip / (norms + 1e-6)).clamp(max=1.0), torch.ones_like(norms))
                        flat_grad.mul_(coef)
                    for update in updates:
                        update()
                self.step += 1
                self.batch_index += 1
                epoch_end = self.batch_index >= steps_per_epoch
                if epoch_end:
                    self.batch_index = 0
                    self.epoch += 1
                if self.on_cpu:
                    values = per_member.tolist()    # a plain memory read on the CPU
                    for lst, value in zip(loss_lists, values):
                        lst.append(value)
                    if not isfinite(fsum(values)) and self._check_divergence(values):
                        break
                else:
                    for lst, value in zip(loss_lists, per_member.detach().unbind(0)):
                        lst.append(value)
                # The stop targets at the end of an epoch, after its last loss is recorded (as a
                # Trainer checks them): a member that reached one is done and reports now, with the
                # weights it has at this epoch.
                if epoch_end and self.stop_rules and self._check_stop_rules():
                    break
                now = clock()
                if now >= climb_at:
                    # The loss-climb check as often as a Trainer makes it (after each chunk of steps
                    # between its snapshots): a turn here may be longer than a snapshot interval.
                    climb_at = now + self.climb_every_s
                    if self._check_climbs():
                        break
                if now >= deadline:
                    break
        finally:
            self._sync_trainers()
            self._check_climbs()
            spent = clock() - started
            self.elapsed += spent
            for tr in trainers:
                tr.elapsed = self.elapsed

    def _autograd_step(self, x, y):
        """The members' losses on the batch (x, y), a [V] tensor, with their gradients written side by
        side into the [V, P] gradient buffer in one copy: no zeroing, no accumulation into strided
        views, and each number exactly what autograd computed (a single run's fresh .grad is that
        tensor itself; 0 + g would turn a -0 into +0)."""
        import torch

        out = self._forward(x)
        if self.loss_form is None:
            per_member = objective = torch.stack([tr._loss_fn(o, y) for tr, o in zip(self.trainers, out.unbind(0))])
        else:
            per_member, objective = _batched_loss(self.loss_name, self.head, out, y, self.loss_form)
        total = objective.sum()
        l1, l2 = self.l1, self.l2
        if l1 is not None or l2 is not None:
            for w in self.weight_leaves:
                if l1 is not None:
                    total = total + (l1 * w.abs()).sum()
                if l2 is not None:
                    total = total + (l2 * (w * w)).sum()
        v = self.v
        torch.cat([g.reshape(v, -1) for g in torch.autograd.grad(total, self.leaves)], dim=1, out=self.flat_grad)
        return per_member

    # -- the same step without autograd

    _MANUAL_ACTS = ("ReLU", "Tanh", "Sigmoid")

    def _plan_manual(self, trainers) -> bool:
        """Whether steps may run as ``_manual_step``: the forward under no_grad and the backward
        written out as the very kernels autograd's backward formulas call (BaddbmmBackward0,
        AddmmBackward0, ReluBackward0, BCEWithLogitsBackward0, ...), on tensors of the same shapes and
        strides, so without autograd's graph and engine (on these tiny networks, much of a step).
        Planned for chains of Dense layers with biases and no normalization, one activation per layer
        shared by all members (ReLU, tanh, sigmoid), the batched forms and the binary cross-entropy
        (batched or padded) without L1/L2 on the CPU; and only where a probe finds the very bits of ``_autograd_step``
        (losses and every gradient) on random batches of each batch size."""
        if self.device.type != "cpu" or self.loss_form not in ("batched", "padded") or self.loss_name != "bce" or \
                self.l1 is not None or self.l2 is not None:
            return False
        names = []
        for lid, step in zip(self.layer_ids, self.plan):
            if step["mode"] not in ("concat", "batched", "turned") or step["b"] is None or step["norm"] is not None:
                return False
            if step["acts"] is not None and (step["shared_act"] is None or
                                             type(step["act_module"]).__name__ not in self._MANUAL_ACTS):
                return False
            names += [f"layers.{lid}.linear.weight", f"layers.{lid}.linear.bias"]
        if names != list(self.stacked):
            return False
        t0 = trainers[0]
        batch_sizes = sorted({hi - lo for lo, hi in t0._bounds})
        kinds = tuple((s["mode"], type(s.get("act_module")).__name__) for s in self.plan)
        key = ("manual", self.v, tuple(self.shapes), kinds, self.loss_name, self.head)
        return all(_remembered(key + (bs,), lambda bs=bs: self._probe_manual(t0, bs)) for bs in batch_sizes)

    def _probe_manual(self, t0, batch: int) -> bool:
        import torch

        gen = torch.Generator().manual_seed(2024)
        n_in = t0.x_train.shape[1]
        saved = self.flat_grad.clone()
        try:
            for trial in range(3):
                x = (torch.randn(batch, n_in, generator=gen) * (1 + trial)).to(self.device)
                y = (torch.rand(batch, 1, generator=gen) > 0.5).float().to(self.device)
                a = self._autograd_step(x, y).detach().clone()
                ga = self.flat_grad.clone()
                b = self._manual_step(x, y)
                gb = self.flat_grad
                bits = torch.int32
                if not (torch.equal(a.view(bits), b.view(bits)) and torch.equal(ga.view(bits), gb.view(bits))):
                    return False
        finally:
            self.flat_grad.copy_(saved)
        return True

    def _manual_layers(self) -> list[tuple]:
        """Per layer, what ``_manual_step`` needs, with the views of the stacked weights it takes made
        once (the buffer changes in place; its views see the new numbers)."""
        acts = {"ReLU": 1, "Tanh": 2, "Sigmoid": 3}
        layers = []
        for step in self.plan:
            mode, w, b = step["mode"], step["w"], step["b"]
            bias = b if mode == "concat" else b.unsqueeze(2 if mode == "turned" else 1)
            act = step["shared_act"]
            layers.append((mode, w, w.transpose(1, 2), bias, step["first"], act,
                           acts[type(step["act_module"]).__name__] if act is not None else 0))
        return layers

    def _manual_step(self, x, y):
        """``_autograd_step`` without autograd (see ``_plan_manual``)."""
        import torch
        import torch.nn.functional as F

        v = self.v
        layers = self._manual_layers_cache
        if layers is None:
            layers = self._manual_layers_cache = self._manual_layers()
        with torch.no_grad():
            saved = []
            h = x
            baddbmm = torch.baddbmm
            for mode, w, wt, bias, first, act, _ in layers:
                if mode == "concat":
                    n_out = w.shape[1]
                    z = F.linear(h, w.reshape(v * n_out, -1), bias.reshape(-1)).view(
                        h.shape[0], v, n_out).transpose(0, 1).contiguous()
                    inputs = h
                else:
                    inputs = h.unsqueeze(0).expand(v, *h.shape) if first else h
                    if mode == "turned":
                        z = baddbmm(bias, w, inputs.transpose(1, 2)).transpose(1, 2).contiguous()
                    else:
                        z = baddbmm(bias, inputs, wt)
                if act is not None:
                    z = act(z)
                saved.append((inputs, z))
                h = z
            # The loss (_batched_loss) and its backward.
            targets = y.expand(v, *y.shape)
            padded = self.loss_form == "padded"
            if padded:
                h = F.pad(h, (0, 0, 0, 1))[:, :h.shape[1]]
            elem = F.binary_cross_entropy_with_logits(h, targets, reduction="none")
            dims = tuple(range(1, elem.dim()))
            values = elem.mean(dim=dims)
            if padded:
                # SumBackward0 and SumBackward1 (ones), BCEWithLogitsBackward0 ((sigmoid - target)
                # times those ones, which changes no bit), the hook's division by the count, then
                # SliceBackward0 and ConstantPadNdBackward0 (a contiguous copy of the same numbers).
                g = h.sigmoid().sub_(targets) / elem[0].numel()
            else:
                # SumBackward0, MeanBackward1 (ones expanded, divided by the count: made once per
                # shape, the same numbers every step), BCEWithLogitsBackward0: (sigmoid - target) * grad.
                shape = tuple(elem.shape)
                g = self._mean_grads.get(shape)
                if g is None:
                    ones = torch.ones((), dtype=h.dtype, device=h.device).expand(v)
                    g = self._mean_grads[shape] = ones.view(v, *([1] * len(dims))).expand(shape) / elem[0].numel()
                g = h.sigmoid().sub_(targets).mul_(g)
            grads: list = []
            threshold_backward, tanh_backward, sigmoid_backward = (
                torch.ops.aten.threshold_backward, torch.ops.aten.tanh_backward, torch.ops.aten.sigmoid_backward)
            for (mode, w, wt, bias, first, act, kind), (inputs, out) in zip(reversed(layers), reversed(saved)):
                if kind == 1:
                    g = threshold_backward(g, out, 0)
                elif kind == 2:
                    g = tanh_backward(g, out)
                elif kind == 3:
                    g = sigmoid_backward(g, out)
                # (A view turned twice has the sizes and strides it had: the products below take the
                # very tensors autograd's formulas build.)
                if mode == "concat":
                    # CloneBackward0, TransposeBackward0, ViewBackward0 (a reshape), then AddmmBackward0:
                    # the bias's gradient summed to its shape, the weight's in its layout
                    # (mm_mat2_backward: (grad.t() @ x), turned twice by it and TBackward0).
                    gt = g.transpose(0, 1).reshape(g.shape[1], -1)
                    grads.append(gt.sum([0], keepdim=True))
                    grads.append(gt.t().mm(inputs))
                    g = None
                elif mode == "turned":
                    # TransposeBackward0, BaddbmmBackward0 (the bias summed to [V, out, 1]), the input's
                    # gradient turned back and made contiguous (the hook _linear_form registers).
                    gt = g.transpose(1, 2)
                    grads.append(gt.sum([2], keepdim=True))
                    grads.append(gt.bmm(inputs))
                    g = None if first else wt.bmm(gt).transpose(1, 2).contiguous()
                else:
                    # BaddbmmBackward0 with the weights turned (TransposeBackward0 back).
                    grads.append(g.sum([1], keepdim=True))
                    grads.append(inputs.transpose(1, 2).bmm(g).transpose(1, 2))
                    g = None if first else g.bmm(w)
            grads.reverse()   # [weight, bias] per layer, input to output: the buffer's columns
            torch.cat([t.reshape(v, -1) for t in grads], dim=1, out=self.flat_grad)
        return values

    def _check_climbs(self) -> bool:
        """Each live member's loss-climb check (``Trainer._check_climb``); True when one diverged."""
        newly = False
        for i, m in enumerate(self.members):
            if i in self.dead:
                continue
            tr = m.trainer
            self._sync_trainer(tr)
            tr._check_climb()
            if tr.state == DIVERGED:
                self.dead.add(i)
                newly = True
        return newly

    def _check_stop_rules(self) -> bool:
        """Each live member with stop targets checks them as its Trainer does at the end of an epoch
        (and, keeping the best weights, goes back to them); True when one was reached."""
        newly = False
        for i in self.stop_rules:
            if i in self.dead:
                continue
            tr = self.members[i].trainer
            self._sync_trainer(tr)
            tr._check_stop_rule()
            if tr._target_met:
                self.dead.add(i)
                newly = True
        return newly

    def _check_divergence(self, values: list[float]) -> bool:
        """Marks members whose loss stopped being finite as diverged (as their own trainer would);
        True when one newly diverged (its final snapshot is due now)."""
        newly = False
        for i, value in enumerate(values):
            if i in self.dead or math.isfinite(value):
                continue
            tr = self.members[i].trainer
            self._sync_trainer(tr)
            tr._diverge("the loss became " + ("NaN" if value != value else "infinite"))
            self.dead.add(i)
            newly = True
        return newly

    def check_device_losses(self) -> None:
        """On a GPU, losses are checked once per snapshot (as the trainer does)."""
        if self.on_cpu:
            return
        for i, m in enumerate(self.members):
            tr = m.trainer
            if i in self.dead:
                continue
            tr._check_losses_on_device()
            if tr.state == DIVERGED:
                self.dead.add(i)

    def _sync_trainer(self, tr) -> None:
        tr.step, tr.epoch, tr._batch_index = self.step, self.epoch, self.batch_index

    def _sync_trainers(self) -> None:
        for i, m in enumerate(self.members):
            if i not in self.dead:
                self._sync_trainer(m.trainer)

    def stop(self) -> None:  # the group checks the comparison's stop count itself
        pass

    def state_of(self, member: _Member) -> str:
        if member.trainer.state == DIVERGED:
            return DIVERGED
        return FINISHED if member.trainer._target_met or self.epoch >= self.epochs else RUNNING

    def retire(self, member: _Member) -> None:
        """A member that is done no longer counts (its row keeps being computed, unused)."""
        self.dead.add(self.members.index(member))


def _batched_loss(name: str, head: str, out, y, form: str = "batched"):
    """(values, objective): the mean loss of each member of a [V, B, out] stack, the trainer's loss row
    by row, and what to differentiate for the sum of the members' losses.

    ``form`` "padded" computes each member's row in a loop of its own (a padded view that torch's
    elementwise kernels cannot fuse with the next member's, so a short batch takes the scalar code a
    single run takes), and differentiates the sums, dividing their gradient by the batch size as
    torch's mean-reduced losses do (x / n rounds otherwise than x * (1 / n))."""
    import torch
    import torch.nn.functional as F

    v = out.shape[0]
    if form == "padded":
        out = F.pad(out, (0, 0, 0, 1))[:, :out.shape[1]]
    if name == "bce":
        elem = F.binary_cross_entropy_with_logits(out, y.expand(v, *y.shape), reduction="none")
    elif name == "cross_entropy":
        elem = F.cross_entropy(out.transpose(1, 2), y.expand(v, *y.shape), reduction="none")
    elif name == "mse":
        pred = torch.sigmoid(out) if head == "sigmoid" else out
        elem = F.mse_loss(pred, y.expand(v, *y.shape), reduction="none")
    else:
        raise CompareError(f"cannot compare with the loss {name!r}")
    dims = tuple(range(1, elem.dim()))
    values = elem.mean(dim=dims)
    if form != "padded":
        return values, values
    n = elem[0].numel()
    out.register_hook(lambda g: g / n)
    return values, elem.sum(dim=dims)


def _pieces(block, shapes) -> list:
    """Each row of a [k, P] block cut into the parameters' shapes (views)."""
    out = []
    for row in block.unbind(0):
        offset = 0
        for shape in shapes:
            n = math.prod(shape)
            out.append(row[offset:offset + n].view(shape))
            offset += n
    return out


def _row_update(tr, p, g, device, shapes) -> Callable[[], Any]:
    """One step of ``tr``'s optimizer (as ``Trainer._make_optimizer`` builds it) for the block of
    parameter rows ``p`` with gradient rows ``g``, as a closure that updates ``p`` and its own state
    in place. The arithmetic is that of torch's per-tensor (``_single_tensor_*``) update for the
    settings ``choices.make_optimizer`` uses, on the CPU the form a single run takes; Adam and AdamW
    call torch's fused kernel, as a single run does. Being elementwise, the update of a whole row
    equals the per-tensor one up to where vector instructions and their tails fall (a last-bit
    rounding difference). Another device, or settings outside that table, get a torch optimizer
    over the block itself."""
    import torch

    s = tr.settings
    name, lr = s["optimizer"], float(s["learning_rate"])
    sub = {k.split(".", 1)[1]: val for k, val in s.items() if k.startswith("optimizer.")}
    if device.type not in ("cpu", "cuda"):
        return _torch_optimizer_update(tr, [p], [g], device)
    zeros = torch.zeros_like
    # Factors and summands as 0-dim tensors of the parameters' type on the CPU: a Python number is
    # wrapped into a tensor and converted to that type on every call (two more operations); the
    # kernel then takes either as the same scalar, so the numbers do not change.
    sc = (lambda x: torch.tensor(x, dtype=p.dtype)) if device.type == "cpu" else float
    if name in ("sgd", "momentum", "nesterov"):
        momentum = 0.0 if name == "sgd" else float(sub.get("momentum", 0.9))
        if momentum == 0:
            return lambda: p.add_(g, alpha=-lr)
        nesterov = name == "nesterov"
        buf: list = [None]
        momentum_t = sc(momentum)

        def heavy_ball():
            if buf[0] is None:
                buf[0] = g.detach().clone()
            else:
                buf[0].mul_(momentum_t).add_(g, alpha=1)
            p.add_(g.add(buf[0], alpha=momentum) if nesterov else buf[0], alpha=-lr)
        return heavy_ball
    if name == "adagrad":
        eps = float(sub.get("eps", 1e-10))
        state_sum = zeros(p)
        clr = lr      # torch's lr / (1 + (step - 1) * lr_decay), with lr_decay 0
        eps_t = sc(eps)

        def adagrad():
            state_sum.addcmul_(g, g, value=1)
            p.addcdiv_(g, state_sum.sqrt().add_(eps_t), value=-clr)
        return adagrad
    if name == "rmsprop":
        alpha, eps, momentum = float(sub.get("alpha", 0.99)), float(sub.get("eps", 1e-8)), float(sub.get("momentum", 0.0))
        square_avg = zeros(p)
        mbuf = zeros(p) if momentum > 0 else None
        alpha_t, eps_t, momentum_t = sc(alpha), sc(eps), sc(momentum)

        def rmsprop():
            square_avg.mul_(alpha_t).addcmul_(g, g, value=1 - alpha)
            avg = square_avg.sqrt().add_(eps_t)
            if mbuf is not None:
                mbuf.mul_(momentum_t).addcdiv_(g, avg)
                p.add_(mbuf, alpha=-lr)
            else:
                p.addcdiv_(g, avg, value=-lr)
        return rmsprop
    if name == "adadelta":
        rho, eps = float(sub.get("rho", 0.9)), float(sub.get("eps", 1e-6))
        square_avg, acc_delta = zeros(p), zeros(p)

        rho_t, eps_t = sc(rho), sc(eps)
        std, delta = zeros(p), zeros(p)     # reused each step (the same arithmetic, no allocations)
        add = torch.add

        def adadelta():
            square_avg.mul_(rho_t).addcmul_(g, g, value=1 - rho)
            add(square_avg, eps_t, out=std).sqrt_()
            add(acc_delta, eps_t, out=delta).sqrt_().div_(std).mul_(g)
            acc_delta.mul_(rho_t).addcmul_(delta, delta, value=1 - rho)
            p.add_(delta, alpha=-lr)
        return adadelta
    if name in ("adam", "adamw"):
        beta1, beta2 = float(sub.get("beta1", 0.9)), float(sub.get("beta2", 0.999))
        eps = float(sub.get("eps", 1e-8))
        decay = float(sub.get("weight_decay", 0.01)) if name == "adamw" else 0.0
        exp_avg, exp_avg_sq = zeros(p), zeros(p)
        fused = torch._fused_adamw_ if name == "adamw" else torch._fused_adam_
        # The fused kernel takes each member's parameters as the tensors a single run has (the
        # vector loop and its tail then fall where they fall there, so the numbers are the same).
        params, grads, avgs, sqs = (_pieces(t, shapes) for t in (p, g, exp_avg, exp_avg_sq))
        # torch keeps a step count per tensor for the fused kernel, which only reads them; all of a
        # member's tensors take every step together, so one count, counted once a step, serves all
        # (one add instead of one per tensor).
        step = torch.zeros((), dtype=torch.float32, device=device)
        steps = [step] * len(params)
        one = torch.ones((), dtype=torch.float32, device=device)
        add_ = step.add_

        def adam():
            add_(one)
            fused(params, grads, avgs, sqs, [], steps, amsgrad=False, lr=lr, beta1=beta1, beta2=beta2,
                  weight_decay=decay, eps=eps, maximize=False, grad_scale=None, found_inf=None)
        return adam
    return _torch_optimizer_update(tr, _pieces(p, shapes), _pieces(g, shapes), device)


def _torch_optimizer_update(tr, params: list, grads: list, device) -> Callable[[], Any]:
    """The trainer's torch optimizer (its kind, settings and fused choice, as ``Trainer._make_optimizer``
    builds it) over ``params`` (views into the parameter buffer) with gradients ``grads``."""
    from .choices import make_optimizer

    name = tr.settings["optimizer"]
    sub = {k.split(".", 1)[1]: val for k, val in tr.settings.items() if k.startswith("optimizer.")}
    leaves = []
    for param, grad in zip(params, grads):
        leaf = param.detach().requires_grad_()
        leaf.grad = grad
        leaves.append(leaf)
    fused = True if name in ("adam", "adamw") and device.type in ("cpu", "cuda") else None
    try:
        opt = make_optimizer(name, sub, leaves, tr.settings["learning_rate"], fused=fused)
    except (RuntimeError, TypeError, ValueError):
        if fused is None:
            raise
        opt = make_optimizer(name, sub, leaves, tr.settings["learning_rate"])
    return _raw_step(opt)


# --------------------------------------------------------------------------- probes: batched = single bits?

_PROBED: dict[tuple, bool] = {}


def _remembered(key: tuple, probe: Callable[[], bool]) -> bool:
    """A probe's answer, worked out once per process (it depends only on shapes, settings and the
    kernels of this torch on this machine)."""
    import torch

    key = key + (torch.get_num_threads(),)
    if key not in _PROBED:
        _PROBED[key] = bool(probe())
    return _PROBED[key]


def _same_bits(a, b) -> bool:
    import torch

    return a is None and b is None or (a is not None and b is not None and torch.equal(a, b))


def _trials(numel: int) -> int:
    """How many random trials make a probe see about 20,000 numbers (rounding differences show in
    only some elements, so tiny shapes need several)."""
    return max(2, min(16, 20_000 // max(numel, 1)))


def _contiguous(grad):
    return grad.contiguous()


def _linear_form(mode: str, h, w, b, v: int, shared: bool):
    """The weighted sums of a [V, out, in] stack of weights (and [V, out] biases) for an input ``h``,
    [B, in] shared by all members when ``shared``, else a [V, B, in] stack; a contiguous [V, B, out]
    stack. ``mode``: "batched" (one batched product), "turned" (the batched product of the weights
    and the turned inputs, turned back), "concat" (shared input only: one product with the members'
    weights side by side) or "members" (one product per member, as each single run does)."""
    import torch
    import torch.nn.functional as F

    if mode == "concat":
        n_out = w.shape[1]
        flat = F.linear(h, w.reshape(v * n_out, -1), b.reshape(-1) if b is not None else None)
        return flat.view(h.shape[0], v, n_out).transpose(0, 1).contiguous()
    if mode == "members":
        inputs = [h] * v if shared else h.unbind(0)
        ws = w.unbind(0)
        bs = b.unbind(0) if b is not None else [None] * v
        return torch.stack([F.linear(inputs[i], ws[i], bs[i]) for i in range(v)])
    if shared:
        h = h.unsqueeze(0).expand(v, *h.shape)
    if mode == "turned":
        if h.requires_grad:
            # Its gradient comes back turned (strided); made contiguous, the activation's backward
            # before it runs on plain rows (fast, and as the probes tried it) instead of strided ones.
            h.register_hook(_contiguous)
        ht = h.transpose(1, 2)
        out = torch.baddbmm(b.unsqueeze(2), w, ht) if b is not None else torch.bmm(w, ht)
        return out.transpose(1, 2).contiguous()
    wt = w.transpose(1, 2)
    return torch.baddbmm(b.unsqueeze(1), h, wt) if b is not None else torch.bmm(h, wt)


def _probe_linear(mode: str, v: int, batch: int, n_in: int, n_out: int, bias: bool, first: bool, device) -> bool:
    """Does ``_linear_form(mode)`` give the bits of V separate F.linear calls on each member's own
    weights (what V single runs compute), forward and backward? The stacked weights are views into
    a wider buffer, as in a vector group."""
    import torch
    import torch.nn.functional as F

    gen = torch.Generator().manual_seed(1234)
    for _ in range(_trials(v * batch * n_out)):
        x = torch.randn((batch, n_in) if first else (v, batch, n_in), generator=gen).to(device)
        buffer = torch.randn(v, n_out * n_in + n_out + 3, generator=gen).to(device)
        grad = torch.randn(v, batch, n_out, generator=gen).to(device)
        # Batched, on views into the buffer.
        xs = x.clone().requires_grad_(not first)
        ws = buffer[:, :n_out * n_in].view(v, n_out, n_in).requires_grad_()
        bs = buffer[:, n_out * n_in:n_out * (n_in + 1)].requires_grad_() if bias else None
        out = _linear_form(mode, xs, ws, bs, v, first)
        out.backward(grad)
        # Member by member, on tensors of their own.
        refs = []
        for i in range(v):
            xi = (x if first else x[i].clone()).requires_grad_(not first)
            wi = ws[i].detach().clone().requires_grad_()
            bi = bs[i].detach().clone().requires_grad_() if bias else None
            oi = F.linear(xi, wi, bi)
            oi.backward(grad[i])
            refs.append((oi.detach(), wi.grad, bi.grad if bias else None, None if first else xi.grad))
        for i, (oi, gw, gb, gx) in enumerate(refs):
            if not (_same_bits(out[i].detach(), oi) and _same_bits(ws.grad[i], gw)
                    and (not bias or _same_bits(bs.grad[i], gb)) and (first or _same_bits(xs.grad[i], gx))):
                return False
    return True


def _probe_elementwise(module, shape: tuple[int, ...], device) -> bool:
    """Does ``module`` on the whole [V, B, H] stack give the bits of applying it member by member?"""
    import torch

    gen = torch.Generator().manual_seed(4321)
    for _ in range(_trials(int(np.prod(shape)))):
        z = torch.randn(*shape, generator=gen).to(device) * 3
        g = torch.randn(*shape, generator=gen).to(device)
        zs = z.clone().requires_grad_()
        out = module(zs)
        out.backward(g)
        for i in range(shape[0]):
            zi = z[i].clone().requires_grad_()
            oi = module(zi)
            oi.backward(g[i])
            if not (_same_bits(out[i].detach(), oi.detach()) and _same_bits(zs.grad[i], zi.grad)):
                return False
    return True


def _probe_loss(tr, v: int, batch: int, n_out: int, device, form: str) -> bool:
    """Does the batched loss give each member's loss and gradient with the bits of its own loss?"""
    import torch

    y = tr.y_train[:batch]
    gen = torch.Generator().manual_seed(99)
    for _ in range(_trials(v * batch * n_out)):
        out = (torch.randn(v, batch, n_out, generator=gen) * 2).to(device)
        os_ = out.clone().requires_grad_()
        losses, objective = _batched_loss(tr.loss_name, tr.model.head, os_, y, form)
        objective.sum().backward()
        for i in range(v):
            oi = out[i].clone().requires_grad_()
            li = tr._loss_fn(oi, y)
            li.backward()
            if not (_same_bits(losses[i].detach(), li.detach()) and _same_bits(os_.grad[i], oi.grad)):
                return False
    return True


def _probe_update(tr, rows: int, shapes, device, trials: int = 6, steps: int = 5) -> bool:
    """Do steps of ``_row_update`` over a [rows, P] block give the bits of the trainer's own torch
    optimizer over each member's own tensors? (It also checks the row update's arithmetic against
    torch's.)"""
    import torch

    total = sum(math.prod(s) for s in shapes)
    gen = torch.Generator().manual_seed(7)
    for _ in range(trials):
        start = torch.randn(rows, total, generator=gen).to(device)
        grads = [torch.randn(rows, total, generator=gen).to(device) for _ in range(steps)]
        p, g = start.clone(), torch.zeros_like(start)
        update = _row_update(tr, p, g, device, shapes)
        ref_p, ref_g = start.clone(), torch.zeros_like(start)
        reference = _torch_optimizer_update(tr, _pieces(ref_p, shapes), _pieces(ref_g, shapes), device)
        with torch.no_grad():
            for grad in grads:
                g.copy_(grad)
                ref_g.copy_(grad)
                update()
                reference()
        if not torch.equal(p, ref_p):
            return False
    return True


def _same_module(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return type(a) is type(b) and repr(a) == repr(b)


def _optimizer_key(tr) -> str:
    s = tr.settings
    opt = {k: v for k, v in s.items() if k.startswith("optimizer")}
    return json.dumps([opt, s["learning_rate"]], sort_keys=True)


def _vector_key(tr) -> str | None:
    """What members of one vector group share; None when this trainer must train alone."""
    from torch import nn

    from .builder import DenseLayer, OutputLayer

    model = tr.model
    if tr.perceptron or not model._is_chain or tr._uses_global_rng:
        return None
    layers = [model.layers[n] for n in model.order if model.kinds[n] != "input"]
    if not all(isinstance(m, (DenseLayer, OutputLayer)) for m in layers):
        return None   # stand-alone activation, norm or dropout nodes: not planned for stacking
    norms = []
    for m in layers:
        if isinstance(m, DenseLayer) and m.drop is not None:
            return None
        norm = getattr(m, "norm", None)
        if isinstance(norm, nn.BatchNorm1d):
            norms.append(("bn", norm.eps, norm.momentum))
        elif isinstance(norm, nn.LayerNorm):
            norms.append(("ln", norm.eps))
        else:
            norms.append(None)
    shapes = [(name, tuple(p.shape)) for name, p in model.named_parameters()]
    s = tr.settings
    return json.dumps([str(tr.device), id(tr.dataset), s["seed"], s["epochs"], tr._bounds, tr.loss_name,
                       model.head, shapes, norms])


class Comparison:
    """Trains ``variants`` side by side (see the module docstring). Drive it like a Trainer: ``run()``
    yields CompareFrames until every variant finished, diverged or the comparison was stopped;
    ``stop()`` is thread-safe; a later ``run()`` continues where a closed one left off (pause)."""

    def __init__(self, variants: Sequence[Variant], *, base_dir=None, device: str | None = None,
                 target_accuracy: float = DEFAULT_TARGET_ACCURACY, vectorize: bool = True) -> None:
        from .data import DataError, make_dataset
        from .trainer import BuildError, Trainer, TrainerError

        if not variants:
            raise CompareError("a comparison needs at least one variant")
        if len(variants) > MAX_VARIANTS:
            raise CompareError(f"{len(variants)} variants is too many; at most {MAX_VARIANTS}")
        self.variants = list(variants)
        self.target_accuracy = float(target_accuracy)
        datasets: dict[str, Any] = {}
        self.members: list[_Member] = []
        for i, variant in enumerate(self.variants):
            data_key = json.dumps(variant.project.data, sort_keys=True)
            try:
                if data_key not in datasets:
                    datasets[data_key] = make_dataset(variant.project.data, base_dir=base_dir)
                trainer = Trainer(variant.project, datasets[data_key], device=device)
            except BuildError as exc:
                lines = "; ".join(str(p) for p in exc.problems) or str(exc)
                raise CompareError(f"variant '{variant.label}': the network cannot be built: {lines}") from None
            except (DataError, TrainerError) as exc:
                raise CompareError(f"variant '{variant.label}': {' '.join(str(exc).split())}") from None
            self.members.append(_Member(i, variant, trainer))
        self.groups: list[_Group] = []
        by_key: dict[str, list[_Member]] = {}
        for m in self.members:
            key = _vector_key(m.trainer) if vectorize else None
            if key is None:
                self.groups.append(_SoloGroup(m))
            else:
                by_key.setdefault(key, []).append(m)
        for members in by_key.values():
            self.groups.append(_SoloGroup(members[0]) if len(members) == 1 else _VectorGroup(members))
        self.groups.sort(key=lambda g: min(m.index for m in g.members))
        self._stop_serial = 0
        self.elapsed = 0.0
        self.started = False
        self.state = RUNNING

    # ------------------------------------------------------------------ queries

    @property
    def trainers(self) -> list:
        return [m.trainer for m in self.members]

    def results(self) -> list[VariantResult]:
        return [m.result for m in self.members]

    def losses(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """(steps, per-step training losses) of variant ``index`` so far, as reported in the frames."""
        return self.members[index].losses()

    def group_sizes(self) -> list[int]:
        return [len(g.members) for g in self.groups]

    def weights(self, index: int) -> dict:
        """Variant ``index``'s weights now (or when it finished), in the project file's format."""
        m = self.members[index]
        return m.weights if m.weights is not None else m.trainer.export_weights()

    @property
    def finished(self) -> bool:
        return all(m.done for m in self.members)

    # ------------------------------------------------------------------ driving

    def stop(self) -> None:
        """Ask the run in progress to stop soon (thread-safe); it yields a final STOPPED frame."""
        self._stop_serial += 1
        for g in self.groups:
            g.stop()

    def request_setting(self, key: str, value: Any) -> None:
        raise CompareError("settings cannot change while a comparison trains; stop it and start another")

    def run(self, *, snapshot_every_s: float = 1 / 30, grid_size: int | None = None, grid_every_s: float = 0.0,
            neuron_grids: bool = False, histograms: bool = False, histograms_every_s: float = 0.0
            ) -> Iterator[CompareFrame]:
        """Frames until done (see the class docstring). Each group trains for a turn of about
        ``snapshot_every_s`` (longer when its snapshots are expensive), then reports its variants."""
        return self._run(self._stop_serial, snapshot_every_s, grid_size, grid_every_s, histograms,
                         histograms_every_s)

    def _run(self, serial: int, every: float, grid_size, grid_every_s: float, histograms: bool,
             histograms_every_s: float) -> Iterator[CompareFrame]:
        from .trainer import MAX_SNAPSHOT_INTERVAL, SNAPSHOT_SHARE, SNAPSHOT_SHARE_WITH_GRIDS

        share = SNAPSHOT_SHARE_WITH_GRIDS if grid_size else SNAPSHOT_SHARE
        opts = dict(grid_size=grid_size, histograms=histograms)
        if self.finished:
            yield self._frame(self.state, {})
            return
        stop_ok = lambda: self._stop_serial == serial  # noqa: E731 - read on every step
        # The first frame: every variant where it stands (step 0 on a fresh comparison).
        yield self._frame(RUNNING, self._snapshots(self.groups, full=not self.started, **opts))
        self.started = True
        while True:
            progressed = False
            for group in self.groups:
                if group.finished():
                    continue
                if not stop_ok():
                    break
                turn = min(max(every, group.cost / share), max(every, MAX_SNAPSHOT_INTERVAL))
                group.climb_every_s = max(every, 1e-3)
                began = time.perf_counter()
                group.advance(began + turn, stop_ok)
                self.elapsed += time.perf_counter() - began
                made = time.perf_counter()
                now_grid = bool(grid_size) and made - group.grid_at >= grid_every_s
                now_hist = histograms and made - group.hist_at >= histograms_every_s
                if now_grid:
                    group.grid_at = made
                if now_hist:
                    group.hist_at = made
                snaps = self._group_snapshots(group, grid_size=grid_size if now_grid else None,
                                              histograms=now_hist, final_grid_size=grid_size)
                group.cost = 0.7 * group.cost + 0.3 * (time.perf_counter() - made)
                progressed = True
                yield self._frame(RUNNING if not self.finished else FINISHED, snaps)
            if self.finished:
                self.state = FINISHED
                if not progressed:
                    yield self._frame(FINISHED, {})
                return
            if not stop_ok():
                # Stopped: every variant still moving reports once more, in full.
                snaps = {}
                for group in self.groups:
                    for m in group.active:
                        snaps[m.index] = self._snapshot_of(group, m, STOPPED, True, grid_size, histograms)
                self.state = STOPPED
                yield self._frame(STOPPED, snaps)
                # A later run() continues from here: nothing is marked done.
                self.state = RUNNING
                for group in self.groups:
                    for m in group.members:
                        m.trainer.state = m.trainer.state if m.trainer.state == DIVERGED else RUNNING
                return

    def _frame(self, state: str, snapshots: dict[int, Snapshot]) -> CompareFrame:
        return CompareFrame(state, snapshots, self.elapsed, [dataclasses.replace(m.result) for m in self.members])

    def _snapshots(self, groups, *, full: bool, grid_size, histograms) -> dict[int, Snapshot]:
        snaps = {}
        for group in groups:
            for m in group.members:
                if m.done and m.final is not None:
                    # Reported before: the same numbers, without repeating its per-step losses.
                    snaps[m.index] = dataclasses.replace(m.final, new_steps=np.zeros(0, np.int64),
                                                         new_losses=np.zeros(0, np.float32))
                    continue
                snaps[m.index] = self._snapshot_of(group, m, RUNNING, full, grid_size, histograms)
        return snaps

    def _group_snapshots(self, group: _Group, *, grid_size, histograms, final_grid_size=None) -> dict[int, Snapshot]:
        if isinstance(group, _VectorGroup):
            group.check_device_losses()
        snaps = {}
        for m in group.active:
            state = group.state_of(m)
            done = state != RUNNING
            # A variant's last snapshot always brings its boundary: without it the view kept the one
            # from the last timed grid, drawn by the network of an earlier epoch (XOR trains in less
            # time than one grid interval, so its boundaries showed the initial weights).
            size = (final_grid_size or grid_size) if done else grid_size
            snaps[m.index] = self._snapshot_of(group, m, state, done, size, histograms)
            if done:
                m.done = True
                m.final = snaps[m.index]
                m.weights = m.trainer.export_weights()
                if isinstance(group, _VectorGroup):
                    group.retire(m)
        return snaps

    def _snapshot_of(self, group: _Group, m: _Member, state: str, full: bool, grid_size, histograms) -> Snapshot:
        tr = m.trainer
        if state == FINISHED:
            tr.state = FINISHED
        snap = tr._snapshot(state, full=full, grid_size=grid_size, neuron_grids=False, histograms=histograms)
        # Steps per second over this variant's own training time (other groups' turns do not count).
        steps, spent = snap.step - m.snap_step, tr.elapsed - m.snap_elapsed
        if steps > 0 and spent > 0:
            snap.steps_per_second = steps / spent
        elif tr.elapsed > 0:
            snap.steps_per_second = snap.step / tr.elapsed
        m.snap_step, m.snap_elapsed = snap.step, tr.elapsed
        m.record(snap, self.target_accuracy)
        return snap

    def train(self, *, snapshot_every_s: float = 1.0, progress: Callable[[CompareFrame], None] | None = None
              ) -> list[VariantResult]:
        """Run to the end headless (the command line); the results, one per variant."""
        for frame in self.run(snapshot_every_s=snapshot_every_s):
            if progress is not None:
                progress(frame)
        return self.results()


def best_result(results: Sequence[VariantResult]) -> VariantResult | None:
    """The variant with the lowest final training loss (diverged ones never win)."""
    fine = [r for r in results if not r.diverged and r.train_loss is not None and math.isfinite(r.train_loss)]
    return min(fine, key=lambda r: r.train_loss) if fine else None
