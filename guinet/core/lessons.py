"""Lessons: the slide deck's path through guinet, as data a teacher can write without Python.

A lesson is one JSON file in ``resources/lessons/`` with its English and Korean texts side by side.
It is a list of steps; a step explains one idea (``text``), may set something up first (``setup``: open
an example, select a layer, change a setting, start the step-through or a comparison), may ask the
learner to do something (``task``) and then says how to tell it was done (``checks``), with a ``hint``
shown after a try that did not pass. Each step also carries its own ``solution``: the actions a
learner would take, so ``guinet lessons --check`` can play every lesson headless and prove that every
check can pass.

Actions and checks are named from the two small tables below (ACTIONS, CHECKS); the reader refuses a
file that names anything else or gives an argument the table does not know, saying where. Checks look
only at the learner's network, data and training settings and at the results of the last training run
*of the network on screen now* (a run of an earlier network counts for nothing).

This module is Qt-free: the GUI's lesson controller (guinet.gui.lessons) performs the same actions
through undo commands and the live trainer, and asks the same checks.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

LESSON_FORMAT_VERSION = 1
LANGUAGES = ("en", "ko")


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file and the place."""


# =========================================================================== texts


@dataclass(frozen=True)
class Text:
    """One text in every language guinet speaks."""

    en: str
    ko: str

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def format(self, **values: Any) -> "Text":
        return Text(self.en.format(**values), self.ko.format(**values))


def paragraphs(text: str) -> list[str]:
    """A step's text as paragraphs: a blank line separates them."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# =========================================================================== the tables


@dataclass(frozen=True)
class Arg:
    name: str
    kind: type | tuple[type, ...]
    required: bool = True
    doc: str = ""


@dataclass(frozen=True)
class ActionSpec:
    name: str
    args: tuple[Arg, ...]
    doc: str
    # True when the action only changes what the window shows (selection, a panel, a view): the
    # headless player checks its arguments and goes on.
    view_only: bool = False


@dataclass(frozen=True)
class CheckSpec:
    name: str
    args: tuple[Arg, ...]
    doc: str
    fn: Callable[..., "Outcome"]
    # True when the check reads the results of a training run.
    needs_results: bool = False


_ANY = (str, int, float, bool, list)
_NUM = (int, float)

ACTIONS: dict[str, ActionSpec] = {a.name: a for a in (
    ActionSpec("open_example", (Arg("example", str),),
               "Open an example project (the window first asks what to do with unsaved changes)."),
    ActionSpec("set_layer", (Arg("layer", str, doc="a layer id, or 'hidden' for every hidden Dense layer"),
                             Arg("key", str), Arg("value", _ANY, required=False)),
               "Set one setting of a layer (value null or absent: back to its default)."),
    ActionSpec("insert_layer", (Arg("kind", str), Arg("before", str), Arg("params", dict, required=False),
                                Arg("id", str, required=False)),
               "Insert a new layer on the connection that enters layer 'before'."),
    ActionSpec("remove_layer", (Arg("layer", str),),
               "Remove a layer and join its input to what it fed."),
    ActionSpec("set_data", (Arg("key", str), Arg("value", _ANY, required=False)), "Set one data setting."),
    ActionSpec("set_training", (Arg("key", str), Arg("value", _ANY, required=False)),
               "Set one training setting."),
    ActionSpec("train", (), "Train the network from new weights for the planned epochs."),
    ActionSpec("measure_devices", (Arg("seconds", _NUM, required=False),),
               "Train the network on the CPU and on each GPU for a moment and report each one's speed."),
    ActionSpec("select_layer", (Arg("layer", str),), "Select a layer on the canvas (its Properties show).",
               view_only=True),
    ActionSpec("show_panel", (Arg("panel", str),),
               "Bring a panel to the front: properties, data, training, loss, boundary, gradflow, histograms.",
               view_only=True),
    ActionSpec("start_stepper", (Arg("sample", int, required=False),),
               "Open the step-through on the current network: one training step on one sample, forward and "
               "backward, phase by phase.", view_only=True),
    ActionSpec("stepper_go", (Arg("phase", str),), "Move the step-through to the first phase of a kind: "
               "forward, loss, backward or update.", view_only=True),
    ActionSpec("start_compare", (Arg("preset", str),), "Open Compare with one of its presets.",
               view_only=True),
)}

STEPPER_PHASES = ("forward", "loss", "backward", "update")
PANELS = ("properties", "data", "training", "problems", "loss", "boundary", "gradflow", "histograms")


# =========================================================================== results


def network_key(project) -> str:
    """The network (without node positions), the data and the training settings: what a training run's
    results belong to. Results whose key differs from the network on screen are stale."""
    graph = project.graph.to_dict()
    nodes = sorted((n["id"], n["kind"], json.dumps(n["params"], sort_keys=True)) for n in graph["nodes"])
    return json.dumps([nodes, graph["edges"], project.data, project.training], sort_keys=True, default=str)


@dataclass
class TrainingResult:
    """What the checks may ask about a finished (or stopped) training run."""

    key: str
    state: str
    epoch: int
    step: int
    train_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    layer_names: list[str]
    grad_norms: dict[str, float]
    initial_grad_norms: dict[str, float]
    device: str = "cpu"

    @classmethod
    def from_run(cls, project, snapshot, trainer) -> "TrainingResult":
        return cls(key=network_key(project), state=snapshot.state, epoch=snapshot.epoch, step=snapshot.step,
                   train_loss=snapshot.train_loss, train_accuracy=snapshot.train_accuracy,
                   test_accuracy=snapshot.test_accuracy, layer_names=list(snapshot.layer_names),
                   grad_norms=dict(snapshot.grad_norms),
                   initial_grad_norms=dict(getattr(trainer, "initial_grad_norms", {}) or {}),
                   device=str(getattr(trainer, "device", "cpu")))


@dataclass
class DeviceSpeed:
    label: str
    kind: str
    steps_per_second: float


@dataclass
class DeviceReport:
    """What lesson 2 shows: the devices PyTorch found here, and the same network's speed on each."""

    speeds: list[DeviceSpeed]
    cuda_note: str

    def lines(self) -> list[Text]:
        out = []
        for s in self.speeds:
            out.append(Text(f"{s.label}: {s.steps_per_second:,.0f} training steps per second",
                            f"{s.label}: 초당 학습 단계 {s.steps_per_second:,.0f}회"))
        if self.cuda_note:
            out.append(Text(self.cuda_note, _NO_GPU_KO if self.cuda_note == _NO_GPU_EN else self.cuda_note))
        elif len(self.speeds) > 1:
            cpu, best = self.speeds[0], max(self.speeds[1:], key=lambda s: s.steps_per_second)
            ratio = best.steps_per_second / cpu.steps_per_second if cpu.steps_per_second else float("nan")
            out.append(Text(f"The GPU ran {ratio:.2g} times as many steps per second as the CPU on this network.",
                            f"이 신경망에서 GPU는 CPU보다 초당 {ratio:.2g}배의 학습 단계를 처리했습니다."))
        return out


_NO_GPU_EN = ("No GPU here: PyTorch found no CUDA device on this machine, so only the CPU figures are "
              "shown. On a computer with an NVIDIA GPU (and a CUDA build of PyTorch) this step also shows "
              "the GPU's name, its CUDA and cuDNN versions and its speed.")
_NO_GPU_KO = ("이 컴퓨터에는 GPU가 없습니다: PyTorch가 CUDA 장치를 찾지 못해 CPU 수치만 보여 줍니다. NVIDIA GPU와 "
              "CUDA용 PyTorch가 있는 컴퓨터에서는 GPU의 이름, CUDA와 cuDNN 버전, 속도도 함께 나옵니다.")


def measure_devices(project, seconds: float = 0.5, dataset=None) -> DeviceReport:
    """Train a copy of ``project`` for about ``seconds`` on the CPU and on each CUDA GPU; steps per second."""
    import time

    import torch

    from .devices import available_devices
    from .model import Project
    from .trainer import Trainer

    speeds = []
    for info in available_devices():
        if info.kind == "mps":
            continue
        copy = Project(project.graph.copy(), dict(project.data), dict(project.training), name=project.name)
        copy.set_training("epochs", 10_000_000)
        trainer = Trainer(copy, dataset, device=info.name)
        trainer.train_steps(20)  # warm-up: kernels, caches, the first CUDA context
        if info.kind == "cuda":
            torch.cuda.synchronize()
        steps, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            trainer.train_steps(50)
            steps += 50
        if info.kind == "cuda":
            torch.cuda.synchronize()
        speeds.append(DeviceSpeed(info.label, info.kind, steps / (time.perf_counter() - started)))
    note = "" if any(s.kind == "cuda" for s in speeds) else _NO_GPU_EN
    return DeviceReport(speeds, note)


# =========================================================================== checks


@dataclass(frozen=True)
class Outcome:
    passed: bool
    detail: Text


@dataclass
class CheckContext:
    """What a check looks at: the learner's project, and the last training run (when it belongs to it)."""

    project: Any
    result: TrainingResult | None = None
    devices: DeviceReport | None = None
    problems: list | None = None   # the window's list (with the loaded data); None: ask the project
    # GUI only: features that report they were opened ("stepper", "compare"); headless, the player
    # marks them when it plays the actions.
    opened: set[str] = field(default_factory=set)

    def current_result(self) -> TrainingResult | None:
        if self.result is None or self.result.key != network_key(self.project):
            return None
        return self.result


def _hidden_dense(project) -> list:
    graph = project.graph
    return [graph.nodes[i] for i in graph.topological_order() if graph.nodes[i].kind == "dense"]


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _matches(actual: Any, value: Any = None, one_of: list | None = None) -> bool:
    if one_of is not None:
        return actual in one_of
    return actual == value


def _wanted(value: Any, one_of: list | None) -> str:
    return " or ".join(_fmt(v) for v in one_of) if one_of is not None else _fmt(value)


def _wanted_ko(value: Any, one_of: list | None) -> str:
    return " 또는 ".join(_fmt(v) for v in one_of) if one_of is not None else _fmt(value)


def check_network_valid(ctx: CheckContext) -> Outcome:
    problems = ctx.problems if ctx.problems is not None else ctx.project.problems()
    if problems:
        first = str(problems[0])
        return Outcome(False, Text(f"The network has a problem: {first}", f"신경망에 문제가 있습니다: {first}"))
    return Outcome(True, Text("The network is complete.", "신경망이 완성되었습니다."))


def check_hidden_layers(ctx: CheckContext, min: int = 0, max: int | None = None) -> Outcome:  # noqa: A002
    n = len(_hidden_dense(ctx.project))
    ok = n >= min and (max is None or n <= max)
    if max == 0:
        want_en, want_ko = "no hidden Dense layer", "은닉 Dense 층 없음"
    elif max is None:
        want_en, want_ko = f"at least {min} hidden Dense layer{'s' if min != 1 else ''}", f"은닉 Dense 층 {min}개 이상"
    elif max == min:
        want_en, want_ko = f"exactly {min} hidden Dense layer{'s' if min != 1 else ''}", f"은닉 Dense 층 {min}개"
    else:
        want_en, want_ko = f"{min} to {max} hidden Dense layers", f"은닉 Dense 층 {min}~{max}개"
    return Outcome(ok, Text(f"Wanted {want_en}; the network has {n}.",
                            f"필요한 것: {want_ko}. 지금 신경망에는 {n}개가 있습니다."))


def check_every_hidden(ctx: CheckContext, key: str, value: Any = None, one_of: list | None = None,
                       at_least: float | None = None) -> Outcome:
    nodes = _hidden_dense(ctx.project)
    if not nodes:
        return Outcome(False, Text("The network has no hidden Dense layer yet.", "신경망에 아직 은닉 Dense 층이 없습니다."))
    if at_least is not None:
        def fits(v: Any) -> bool:
            return isinstance(v, (int, float)) and not isinstance(v, bool) and v >= at_least
        value, one_of = f"≥ {_fmt(at_least)}", None
    else:
        def fits(v: Any) -> bool:
            return _matches(v, value, one_of)
    wrong = [n for n in nodes if not fits(n.get(key))]
    if wrong:
        names = ", ".join(f"{n.label} ({_fmt(n.get(key))})" for n in wrong)
        return Outcome(False, Text(f"Not yet: {names} — every hidden Dense layer needs {key} = "
                                   f"{_wanted(value, one_of)}.",
                                   f"아직입니다: {names} — 모든 은닉 Dense 층의 {key}가 "
                                   f"{_wanted_ko(value, one_of)}이어야 합니다."))
    return Outcome(True, Text(f"Every hidden Dense layer has {key} = {_wanted(value, one_of)}.",
                              f"모든 은닉 Dense 층의 {key}가 {_wanted_ko(value, one_of)}입니다."))


def check_layer(ctx: CheckContext, layer: str, key: str, value: Any = None, one_of: list | None = None) -> Outcome:
    node = ctx.project.graph.nodes.get(layer)
    if node is None:
        return Outcome(False, Text(f"There is no layer {layer!r}.", f"{layer!r} 층이 없습니다."))
    actual = node.get(key)
    ok = _matches(actual, value, one_of)
    return Outcome(ok, Text(f"{node.label}: {key} is {_fmt(actual)} (wanted {_wanted(value, one_of)}).",
                            f"{node.label}: {key}의 값은 {_fmt(actual)}입니다 (필요한 값: {_wanted_ko(value, one_of)})."))


def _setting(ctx: CheckContext, where: str, key: str, value: Any, one_of: list | None,
             at_least: float | None = None, at_most: float | None = None) -> Outcome:
    settings = ctx.project.training_settings() if where == "training" else ctx.project.data_settings()
    actual = settings.get(key)
    if at_least is not None or at_most is not None:
        ok = isinstance(actual, (int, float)) and (at_least is None or actual >= at_least) and \
            (at_most is None or actual <= at_most)
        lo = "" if at_least is None else f"≥ {_fmt(at_least)}"
        hi = "" if at_most is None else f"≤ {_fmt(at_most)}"
        want = " and ".join(x for x in (lo, hi) if x)
        return Outcome(ok, Text(f"{key} is {_fmt(actual)} (wanted {want}).",
                                f"{key}의 값은 {_fmt(actual)}입니다 (필요한 값: {want.replace(' and ', ', ')})."))
    ok = _matches(actual, value, one_of)
    return Outcome(ok, Text(f"{key} is {_fmt(actual)} (wanted {_wanted(value, one_of)}).",
                            f"{key}의 값은 {_fmt(actual)}입니다 (필요한 값: {_wanted_ko(value, one_of)})."))


def check_training(ctx: CheckContext, key: str, value: Any = None, one_of: list | None = None,
                   at_least: float | None = None, at_most: float | None = None) -> Outcome:
    return _setting(ctx, "training", key, value, one_of, at_least, at_most)


def check_data(ctx: CheckContext, key: str, value: Any = None, one_of: list | None = None) -> Outcome:
    return _setting(ctx, "data", key, value, one_of)


def check_normalized(ctx: CheckContext, kind: str) -> Outcome:
    """Every hidden Dense layer normalized with ``kind`` ('batch' or 'layer'), by its own option or by a
    BatchNorm/LayerNorm layer right after it."""
    layer_kind = {"batch": "batchnorm", "layer": "layernorm"}[kind]
    graph = ctx.project.graph
    nodes = _hidden_dense(ctx.project)
    if not nodes:
        return Outcome(False, Text("The network has no hidden Dense layer yet.", "신경망에 아직 은닉 Dense 층이 없습니다."))
    missing = [n for n in nodes if n.get("normalization") != kind
               and not any(graph.nodes[o].kind == layer_kind for o in graph.outputs_of(n.id))]
    name_en = {"batch": "batch normalization", "layer": "layer normalization"}[kind]
    name_ko = {"batch": "배치 정규화", "layer": "층 정규화"}[kind]
    if missing:
        names = ", ".join(n.label for n in missing)
        return Outcome(False, Text(f"Not yet normalized ({name_en}): {names}.", f"아직 {name_ko}가 없는 층: {names}."))
    return Outcome(True, Text(f"Every hidden Dense layer uses {name_en}.", f"모든 은닉 Dense 층이 {name_ko}를 씁니다."))


_NOT_TRAINED = Text("Train the network first (Train ▶, or F5); the check reads the results of the last run "
                    "of the network on screen now.",
                    "먼저 신경망을 학습시키세요 (학습 ▶ 또는 F5). 이 확인은 지금 화면에 있는 신경망의 마지막 학습 결과를 봅니다.")


def _result_or_fail(ctx: CheckContext) -> TrainingResult | Outcome:
    result = ctx.current_result()
    if result is None:
        if ctx.result is not None:
            return Outcome(False, Text("The network or its settings changed since the last training run: "
                                       "train it again.",
                                       "마지막 학습 뒤에 신경망이나 설정이 바뀌었습니다: 다시 학습시키세요."))
        return Outcome(False, _NOT_TRAINED)
    if result.step == 0:
        return Outcome(False, _NOT_TRAINED)
    return result


def check_trained(ctx: CheckContext) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    return Outcome(True, Text(f"Trained: {result.epoch} epochs, {result.step} steps.",
                              f"학습 완료: 에포크 {result.epoch}회, 단계 {result.step}회."))


def check_accuracy_at_least(ctx: CheckContext, value: float) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    acc = result.train_accuracy
    if acc is None:
        return Outcome(False, Text("This task has no accuracy (it is a regression).", "이 과제에는 정확도가 없습니다 (회귀)."))
    return Outcome(acc >= value - 1e-9, Text(f"Training accuracy {acc:.1%} (wanted at least {value:.0%}).",
                                             f"학습 정확도 {acc:.1%} (필요: {value:.0%} 이상)."))


def check_accuracy_at_most(ctx: CheckContext, value: float) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    acc = result.train_accuracy
    if acc is None:
        return Outcome(False, Text("This task has no accuracy (it is a regression).", "이 과제에는 정확도가 없습니다 (회귀)."))
    return Outcome(acc <= value + 1e-9, Text(f"Training accuracy {acc:.1%} (this step expects at most {value:.0%}).",
                                             f"학습 정확도 {acc:.1%} (이 단계에서는 {value:.0%} 이하가 나와야 합니다)."))


def check_loss_at_most(ctx: CheckContext, value: float) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    loss = result.train_loss
    ok = loss is not None and math.isfinite(loss) and loss <= value
    shown = "–" if loss is None else f"{loss:.4g}"
    return Outcome(ok, Text(f"Training loss {shown} (wanted at most {value:g}).",
                            f"학습 손실 {shown} (필요: {value:g} 이하)."))


def check_loss_at_least(ctx: CheckContext, value: float) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    loss = result.train_loss
    ok = loss is not None and (not math.isfinite(loss) or loss >= value)
    shown = "–" if loss is None else f"{loss:.4g}"
    return Outcome(ok, Text(f"Training loss {shown} (this step expects at least {value:g}).",
                            f"학습 손실 {shown} (이 단계에서는 {value:g} 이상이 나와야 합니다)."))


def _gradient_ratio(result: TrainingResult) -> tuple[float, str, str] | None:
    """First layer's gradient norm over the last's, at the first training step (when vanishing or
    exploding is plainest; later steps follow from it)."""
    grads = result.initial_grad_norms or result.grad_norms
    names = [n for n in result.layer_names if n in grads]
    if len(names) < 2:
        return None
    first, last = grads[names[0]], grads[names[-1]]
    if not (math.isfinite(first) and math.isfinite(last)) or last == 0:
        return (math.inf if first > 0 or not math.isfinite(first) else 0.0), names[0], names[-1]
    return first / last, names[0], names[-1]


def _ratio_outcome(ctx: CheckContext, ok_if: Callable[[float], bool], want_en: str, want_ko: str) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    found = _gradient_ratio(result)
    if found is None:
        return Outcome(False, Text("The network needs at least two layers with weights.",
                                   "가중치가 있는 층이 둘 이상 있어야 합니다."))
    ratio, first, last = found
    return Outcome(ok_if(ratio), Text(f"At the first step the gradient of {first} was {ratio:.3g} times that of "
                                      f"{last} ({want_en}).",
                                      f"첫 단계에서 {first}의 기울기는 {last}의 {ratio:.3g}배였습니다 ({want_ko})."))


def check_gradient_ratio_at_least(ctx: CheckContext, value: float) -> Outcome:
    return _ratio_outcome(ctx, lambda r: r >= value, f"wanted at least {value:g}", f"필요: {value:g}배 이상")


def check_gradient_ratio_at_most(ctx: CheckContext, value: float) -> Outcome:
    return _ratio_outcome(ctx, lambda r: r <= value, f"this step expects at most {value:g}",
                          f"이 단계에서는 {value:g}배 이하가 나와야 합니다")


def check_diverged(ctx: CheckContext) -> Outcome:
    result = _result_or_fail(ctx)
    if isinstance(result, Outcome):
        return result
    ok = result.state == "diverged"
    return Outcome(ok, Text("The run diverged: the numbers overflowed." if ok else "The run did not diverge.",
                            "학습이 발산했습니다: 수가 넘쳐 버렸습니다." if ok else "학습이 발산하지 않았습니다."))


def check_devices_measured(ctx: CheckContext) -> Outcome:
    if ctx.devices is None:
        return Outcome(False, Text("Measure the devices first (the button in this step).",
                                   "먼저 장치를 측정하세요 (이 단계의 버튼)."))
    return Outcome(True, Text("Measured: " + "; ".join(t.en for t in ctx.devices.lines()),
                              "측정 결과: " + "; ".join(t.ko for t in ctx.devices.lines())))


def check_opened(ctx: CheckContext, feature: str) -> Outcome:
    name_en = {"stepper": "the step-through", "compare": "Compare"}.get(feature, feature)
    name_ko = {"stepper": "단계별 실행", "compare": "비교"}.get(feature, feature)
    ok = feature in ctx.opened
    return Outcome(ok, Text(f"{name_en} {'is open' if ok else 'has not been opened yet'}.",
                            f"{name_ko} 창이 {'열렸습니다' if ok else '아직 열리지 않았습니다'}."))


def reached_phases(kind: str) -> set[str]:
    """What reaching a step-through phase of ``kind`` means: that phase and every kind before it."""
    index = STEPPER_PHASES.index(kind)
    return {f"stepper:{k}" for k in STEPPER_PHASES[:index + 1]}


_PHASE_NAMES = {"forward": ("the forward pass", "순전파"), "loss": ("the loss", "손실"),
                "backward": ("the backward pass", "역전파"), "update": ("the update of the weights", "가중치 업데이트")}


def check_stepper_reached(ctx: CheckContext, phase: str) -> Outcome:
    en, ko = _PHASE_NAMES[phase]
    if "stepper" not in ctx.opened:
        return Outcome(False, Text("Open the step-through first (Train > Step Through, F11).",
                                   "먼저 단계별 실행을 여세요 (학습 > 단계별 실행, F11)."))
    ok = f"stepper:{phase}" in ctx.opened
    return Outcome(ok, Text(f"The step-through {'has reached' if ok else 'has not reached'} {en} yet."
                            if not ok else f"The step-through has reached {en}.",
                            f"단계별 실행이 {ko} 단계에 {'닿았습니다' if ok else '아직 닿지 않았습니다'}."))


CHECKS: dict[str, CheckSpec] = {c.name: c for c in (
    CheckSpec("network_valid", (), "The network has no problems (it can be trained).", check_network_valid),
    CheckSpec("hidden_layers", (Arg("min", int, required=False), Arg("max", int, required=False)),
              "The number of hidden Dense layers is between min and max.", check_hidden_layers),
    CheckSpec("every_hidden", (Arg("key", str), Arg("value", _ANY, required=False),
                               Arg("one_of", list, required=False), Arg("at_least", _NUM, required=False)),
              "Every hidden Dense layer has this setting (e.g. activation = relu).", check_every_hidden),
    CheckSpec("layer", (Arg("layer", str), Arg("key", str), Arg("value", _ANY, required=False),
                        Arg("one_of", list, required=False)),
              "One layer has this setting.", check_layer),
    CheckSpec("training", (Arg("key", str), Arg("value", _ANY, required=False), Arg("one_of", list, required=False),
                           Arg("at_least", _NUM, required=False), Arg("at_most", _NUM, required=False)),
              "A training setting has this value (or lies in a range).", check_training),
    CheckSpec("data", (Arg("key", str), Arg("value", _ANY, required=False), Arg("one_of", list, required=False)),
              "A data setting has this value.", check_data),
    CheckSpec("normalized", (Arg("kind", str),), "Every hidden Dense layer is normalized ('batch' or 'layer').",
              check_normalized),
    CheckSpec("trained", (), "The network on screen has been trained.", check_trained, needs_results=True),
    CheckSpec("accuracy_at_least", (Arg("value", _NUM),), "Training accuracy of the last run ≥ value.",
              check_accuracy_at_least, needs_results=True),
    CheckSpec("accuracy_at_most", (Arg("value", _NUM),), "Training accuracy of the last run ≤ value.",
              check_accuracy_at_most, needs_results=True),
    CheckSpec("loss_at_most", (Arg("value", _NUM),), "Training loss of the last run ≤ value.",
              check_loss_at_most, needs_results=True),
    CheckSpec("loss_at_least", (Arg("value", _NUM),), "Training loss of the last run ≥ value.",
              check_loss_at_least, needs_results=True),
    CheckSpec("gradient_ratio_at_least", (Arg("value", _NUM),),
              "At the first step, the first layer's gradient ≥ value × the last layer's.",
              check_gradient_ratio_at_least, needs_results=True),
    CheckSpec("gradient_ratio_at_most", (Arg("value", _NUM),),
              "At the first step, the first layer's gradient ≤ value × the last layer's.",
              check_gradient_ratio_at_most, needs_results=True),
    CheckSpec("diverged", (), "The last run diverged (exploding numbers).", check_diverged, needs_results=True),
    CheckSpec("devices_measured", (), "The devices' speeds were measured.", check_devices_measured),
    CheckSpec("stepper_reached", (Arg("phase", str),), "The learner walked the step-through to a phase of this "
              "kind (forward, loss, backward, update).", check_stepper_reached),
    CheckSpec("opened", (Arg("feature", str),), "The step-through ('stepper') or Compare ('compare') was opened.",
              check_opened),
)}


# =========================================================================== lessons


@dataclass(frozen=True)
class Call:
    """An action or a check with its arguments, as a lesson file names it."""

    name: str
    args: Mapping[str, Any]


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    text: Text
    setup: tuple[Call, ...] = ()
    task: Text | None = None
    checks: tuple[Call, ...] = ()
    hint: Text | None = None
    solution: tuple[Call, ...] = ()


@dataclass(frozen=True)
class Lesson:
    id: str
    number: int
    slides: str
    title: Text
    summary: Text
    steps: tuple[Step, ...]
    source: str = ""

    def step_index(self, step_id: str) -> int:
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        raise KeyError(step_id)


def _text(obj: Any, where: str) -> Text:
    if not isinstance(obj, dict) or set(obj) != set(LANGUAGES):
        raise LessonError(f"{where}: needs an object with exactly the texts {', '.join(LANGUAGES)}")
    for lang in LANGUAGES:
        if not isinstance(obj[lang], str) or not obj[lang].strip():
            raise LessonError(f"{where}.{lang}: needs a text that is not empty")
    return Text(obj["en"], obj["ko"])


def _call(obj: Any, table: Mapping[str, ActionSpec | CheckSpec], kind: str, where: str) -> Call:
    if not isinstance(obj, dict):
        raise LessonError(f"{where}: a {kind} is an object like {{\"{kind}\": NAME, ...}}")
    name = obj.get(kind)
    if name not in table:
        raise LessonError(f"{where}: unknown {kind} {name!r}; choose from {', '.join(table)}")
    spec = table[name]
    args = {k: v for k, v in obj.items() if k != kind}
    known = {a.name: a for a in spec.args}
    for key, value in args.items():
        if key not in known:
            raise LessonError(f"{where}: {kind} {name!r} takes no argument {key!r}"
                              f" (it takes {', '.join(known) or 'none'})")
        arg = known[key]
        if value is not None and not isinstance(value, arg.kind) or isinstance(value, bool) and arg.kind == _NUM:
            raise LessonError(f"{where}: {kind} {name!r}: {key} has the wrong type ({type(value).__name__})")
    for arg in spec.args:
        if arg.required and arg.name not in args:
            raise LessonError(f"{where}: {kind} {name!r} needs {arg.name!r}")
    if name in ("stepper_go", "stepper_reached") and args.get("phase") not in STEPPER_PHASES:
        raise LessonError(f"{where}: unknown phase {args.get('phase')!r}; choose from {', '.join(STEPPER_PHASES)}")
    if kind == "action" and name == "show_panel" and args["panel"] not in PANELS:
        raise LessonError(f"{where}: unknown panel {args['panel']!r}; choose from {', '.join(PANELS)}")
    return Call(name, args)


_STEP_KEYS = ("id", "title", "text", "setup", "task", "checks", "hint", "solution")
_LESSON_KEYS = ("format_version", "id", "number", "slides", "title", "summary", "steps")


def lesson_from_dict(doc: Any, source: str = "lesson") -> Lesson:
    if not isinstance(doc, dict):
        raise LessonError(f"{source}: a lesson file holds one JSON object")
    if doc.get("format_version") != LESSON_FORMAT_VERSION:
        raise LessonError(f"{source}: format_version must be {LESSON_FORMAT_VERSION}, not {doc.get('format_version')!r}")
    unknown = set(doc) - set(_LESSON_KEYS)
    if unknown:
        raise LessonError(f"{source}: unknown keys {', '.join(sorted(unknown))}")
    for key in ("id", "slides"):
        if not isinstance(doc.get(key), str) or not doc[key]:
            raise LessonError(f"{source}: {key!r} must be a text")
    if not isinstance(doc.get("number"), int) or isinstance(doc.get("number"), bool):
        raise LessonError(f"{source}: 'number' must be a whole number")
    steps_doc = doc.get("steps")
    if not isinstance(steps_doc, list) or not steps_doc:
        raise LessonError(f"{source}: 'steps' must be a list of steps")
    steps, seen = [], set()
    for i, s in enumerate(steps_doc):
        where = f"{source}: step {i + 1}"
        if not isinstance(s, dict):
            raise LessonError(f"{where}: a step is an object")
        unknown = set(s) - set(_STEP_KEYS)
        if unknown:
            raise LessonError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        sid = s.get("id")
        if not isinstance(sid, str) or not sid or sid in seen:
            raise LessonError(f"{where}: needs an 'id' of its own")
        seen.add(sid)
        where = f"{source}: step {sid!r}"
        checks = tuple(_call(c, CHECKS, "check", f"{where}.checks[{j}]") for j, c in enumerate(s.get("checks", [])))
        task = _text(s["task"], f"{where}.task") if "task" in s else None
        hint = _text(s["hint"], f"{where}.hint") if "hint" in s else None
        if checks and task is not None and hint is None:
            raise LessonError(f"{where}: a task with checks needs a 'hint' for a try that did not pass")
        for key in ("setup", "solution", "checks"):
            if not isinstance(s.get(key, []), list):
                raise LessonError(f"{where}: {key!r} must be a list")
        steps.append(Step(
            id=sid, title=_text(s.get("title"), f"{where}.title"), text=_text(s.get("text"), f"{where}.text"),
            setup=tuple(_call(a, ACTIONS, "action", f"{where}.setup[{j}]") for j, a in enumerate(s.get("setup", []))),
            task=task, checks=checks, hint=hint,
            solution=tuple(_call(a, ACTIONS, "action", f"{where}.solution[{j}]")
                           for j, a in enumerate(s.get("solution", []))),
        ))
    return Lesson(id=doc["id"], number=doc["number"], slides=doc["slides"],
                  title=_text(doc.get("title"), f"{source}: title"),
                  summary=_text(doc.get("summary"), f"{source}: summary"), steps=tuple(steps), source=source)


def load_lesson(path: str | Path) -> Lesson:
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LessonError(f"{path.name}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise LessonError(f"{path.name}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return lesson_from_dict(doc, path.name)


def lessons_dir() -> Path:
    from ..resources import resource_path

    return Path(resource_path("lessons"))


def load_lessons(folder: str | Path | None = None) -> list[Lesson]:
    """Every lesson in ``folder`` (guinet's own by default), in lesson-number order."""
    folder = Path(folder) if folder is not None else lessons_dir()
    if not folder.is_dir():
        raise LessonError(f"{folder}: there is no such folder")
    lessons = [load_lesson(p) for p in sorted(folder.glob("*.json"))]
    ids = [lesson.id for lesson in lessons]
    if len(set(ids)) != len(ids):
        raise LessonError(f"{folder}: two lessons share an id")
    return sorted(lessons, key=lambda lesson: lesson.number)


# =========================================================================== playing headless


def resolve_layers(project, layer: str) -> list[str]:
    """The layer ids an action's 'layer' names: one id, or 'hidden' for every hidden Dense layer."""
    if layer == "hidden":
        return [n.id for n in _hidden_dense(project)]
    if layer not in project.graph.nodes:
        raise LessonError(f"there is no layer {layer!r}")
    return [layer]


def insert_position(project, before: str) -> tuple[str, tuple[float, float]]:
    """Where insert_layer puts a new layer: on the one connection into ``before``, half way."""
    graph = project.graph
    if before not in graph.nodes:
        raise LessonError(f"there is no layer {before!r}")
    inputs = graph.inputs_of(before)
    if len(inputs) != 1:
        raise LessonError(f"layer {before!r} must have exactly one input to insert before it")
    src = inputs[0]
    a, b = graph.nodes[src].pos, graph.nodes[before].pos
    return src, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


@dataclass
class StepFailure:
    lesson: Lesson
    step: Step
    message: str

    def __str__(self) -> str:
        return f"lesson {self.lesson.number} ({self.lesson.id}), step {self.step.id!r}: {self.message}"


class LessonPlayer:
    """Plays lessons without a window: the same actions on a core Project, training with the core
    Trainer. ``guinet lessons --check`` and the tests use it."""

    def __init__(self, device: str = "cpu", measure_seconds: float = 0.2) -> None:
        from .model import Project

        self.project = Project()
        self.result: TrainingResult | None = None
        self.devices: DeviceReport | None = None
        self.opened: set[str] = set()
        self.device = device
        self.measure_seconds = measure_seconds
        self.log: list[str] = []

    def context(self) -> CheckContext:
        return CheckContext(self.project, self.result, self.devices, None, set(self.opened))

    def perform(self, call: Call) -> None:
        from .graph import GraphError
        from .project import load_example

        a = call.args
        try:
            if call.name == "open_example":
                self.project = load_example(a["example"])
            elif call.name == "set_layer":
                for node_id in resolve_layers(self.project, a["layer"]):
                    self.project.graph.set_param(node_id, a["key"], a.get("value"))
            elif call.name == "insert_layer":
                src, pos = insert_position(self.project, a["before"])
                graph = self.project.graph
                index = graph.remove_edge(src, a["before"])
                node_id = graph.add_node(a["kind"], dict(a.get("params") or {}), pos, a.get("id")).id
                graph.add_edge(src, node_id, index)
                graph.add_edge(node_id, a["before"], index + 1)
            elif call.name == "remove_layer":
                graph = self.project.graph
                ins, outs = graph.inputs_of(a["layer"]), graph.outputs_of(a["layer"])
                graph.remove_node(a["layer"])
                if len(ins) == 1:
                    for dst in outs:
                        graph.add_edge(ins[0], dst)
            elif call.name == "set_data":
                self.project.set_data(a["key"], a.get("value"))
            elif call.name == "set_training":
                self.project.set_training(a["key"], a.get("value"))
            elif call.name == "train":
                self.train()
            elif call.name == "measure_devices":
                self.devices = measure_devices(self.project, self.measure_seconds)
            elif call.name == "select_layer":
                resolve_layers(self.project, a["layer"])
            elif call.name == "start_stepper":
                self.record_step(a.get("sample", 0))
                self.opened.add("stepper")
                self.opened |= reached_phases("forward")
            elif call.name == "stepper_go":
                if "stepper" not in self.opened:
                    raise LessonError("stepper_go needs start_stepper first")
                self.opened |= reached_phases(a["phase"])
            elif call.name == "start_compare":
                self.check_preset(a["preset"])
                self.opened.add("compare")
        except GraphError as exc:
            raise LessonError(f"{call.name}: {exc}") from None

    @staticmethod
    def check_preset(name: str) -> None:
        """A lesson's comparison preset must exist (one that needs a GPU may be missing its GPU here:
        the window then says so)."""
        try:
            from . import compare
        except ImportError:  # a guinet without Compare: the window says so
            return
        slugs = {p.slug for p in compare.PRESETS} | {p.name.lower() for p in compare.PRESETS}
        if name.strip().lower() not in slugs:
            raise LessonError(f"there is no comparison preset {name!r}; choose from "
                              f"{', '.join(sorted(p.slug for p in compare.PRESETS))}")

    def record_step(self, sample: int):
        """What the step-through shows, recorded headless: proves the lesson's network can be stepped."""
        from .trainer import Trainer

        from .stepper import StepError, record_step

        trainer = Trainer(self.project, device=self.device)
        try:
            return record_step(trainer, sample=sample)
        except StepError as exc:
            raise LessonError(f"the step-through cannot record this network: {exc}") from None

    def train(self) -> TrainingResult:
        from .trainer import Trainer

        trainer = Trainer(self.project, device=self.device)
        snap = None
        for snap in trainer.run(snapshot_every_s=3600.0):
            pass
        self.result = TrainingResult.from_run(self.project, snap, trainer)
        return self.result

    def check(self, step: Step) -> list[tuple[Call, Outcome]]:
        ctx = self.context()
        return [(c, CHECKS[c.name].fn(ctx, **c.args)) for c in step.checks]

    def play(self, lesson: Lesson) -> StepFailure | None:
        """Every step's setup, then its solution, then its checks; the first step that fails."""
        for step in lesson.steps:
            try:
                for call in step.setup + step.solution:
                    self.perform(call)
            except LessonError as exc:
                return StepFailure(lesson, step, str(exc))
            for call, outcome in self.check(step):
                if not outcome.passed:
                    return StepFailure(lesson, step, f"check {call.name!r} failed: {outcome.detail.en}")
            self.log.append(f"lesson {lesson.number} step {step.id}: "
                            + ("; ".join(o.detail.en for _, o in self.check(step)) or "no checks"))
        return None


def check_lessons(lessons: Iterable[Lesson], device: str = "cpu",
                  on_lesson: Callable[[Lesson, StepFailure | None], None] | None = None) -> list[StepFailure]:
    """Play every lesson's solution from a fresh start; the failures."""
    failures = []
    for lesson in lessons:
        failure = LessonPlayer(device).play(lesson)
        if on_lesson is not None:
            on_lesson(lesson, failure)
        if failure is not None:
            failures.append(failure)
    return failures
