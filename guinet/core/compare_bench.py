"""``guinet bench --compare N``: N optimizer variants trained together against one run, in one process.

The N variants are the first N of the eight optimizers that share a batch size (SGD, Momentum, Nesterov,
AdaGrad, RMSProp, AdaDelta, Adam, AdamW), the seed's comparison and the hard case for training them
together, since each keeps its own kind of state. Three timings of the example's full training (its
epochs, snapshots at 30 Hz as in the app, no grids): one run of the example as it is, the N variants
together (``Comparison``), and the N variants one after another (N separate ``Trainer`` runs). One run
and "together" alternate ``repeats`` times (medians), "one after another" runs once. The per-step
losses of "together" are checked against "one after another" and the largest relative difference is
printed (0 means bit for bit; the issue asks for at most 1e-5).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

OPTIMIZER_ORDER = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw")


class CompareBenchError(ValueError):
    """The benchmark cannot run (unknown example, the perceptron rule, a bad N)."""


@dataclass
class CompareBenchResult:
    example: str
    device: str
    threads: int
    variants: list[str]
    epochs: int
    steps: int                                   # per variant
    groups: list[int]
    single_runs: list[float] = field(default_factory=list)     # seconds
    together_runs: list[float] = field(default_factory=list)
    sequential: float = 0.0
    setup: float = 0.0                           # building the comparison (trainers, kernel checks)
    max_rel_diff: float = 0.0

    @property
    def single(self) -> float:
        return statistics.median(self.single_runs)

    @property
    def together(self) -> float:
        return statistics.median(self.together_runs)

    @property
    def ratio(self) -> float:
        return self.together / self.single

    def lines(self) -> list[str]:
        n = len(self.variants)
        diff = "0 (bit for bit)" if self.max_rel_diff == 0 else f"{self.max_rel_diff:.2g}"
        return [
            f"example {self.example} on {self.device}, {self.threads} torch threads: {n} variants "
            f"({', '.join(self.variants)}), {self.epochs} epochs = {self.steps} steps each, snapshots at 30 Hz",
            f"one run:                   {self.single:7.3f} s  (median of {len(self.single_runs)})",
            f"{n} variants together:      {self.together:7.3f} s  (median of {len(self.together_runs)}; "
            f"groups {self.groups}; setup {self.setup:.3f} s not included)",
            f"{n} one after another:      {self.sequential:7.3f} s",
            f"largest relative difference of the per-step losses, together vs one after another: {diff}",
            f"ratio sequential/single: {self.sequential / self.single:.2f}",
            f"ratio compare/single: {self.ratio:.2f}",
        ]

    def to_dict(self) -> dict:
        return {"example": self.example, "device": self.device, "threads": self.threads,
                "variants": self.variants, "epochs": self.epochs, "steps": self.steps, "groups": self.groups,
                "single_seconds": round(self.single, 4), "together_seconds": round(self.together, 4),
                "sequential_seconds": round(self.sequential, 4), "setup_seconds": round(self.setup, 4),
                "single_runs": [round(x, 4) for x in self.single_runs],
                "together_runs": [round(x, 4) for x in self.together_runs],
                "ratio": round(self.ratio, 4), "sequential_ratio": round(self.sequential / self.single, 4),
                "max_rel_diff": self.max_rel_diff}


def _single(project, dataset) -> tuple[float, np.ndarray]:
    from .trainer import Trainer

    trainer = Trainer(project, dataset)
    losses = []
    start = time.perf_counter()
    for snap in trainer.run(snapshot_every_s=1 / 30):
        losses.append(snap.new_losses)
    return time.perf_counter() - start, np.concatenate(losses)


def _together(variants):
    from .compare import Comparison

    made = time.perf_counter()
    comparison = Comparison(variants)
    start = time.perf_counter()
    for _ in comparison.run(snapshot_every_s=1 / 30):
        pass
    return time.perf_counter() - start, start - made, comparison


def _max_rel(comparison, reference: list[np.ndarray]) -> float:
    worst = 0.0
    for i, ref in enumerate(reference):
        _, mine = comparison.losses(i)
        if len(mine) != len(ref):
            return float("inf")
        denom = np.maximum(np.abs(ref.astype(np.float64)), 1e-30)
        worst = max(worst, float(np.max(np.abs(mine.astype(np.float64) - ref) / denom)) if len(ref) else 0.0)
    return worst


def run_compare_bench(example: str = "xor-mlp", *, n: int = 8, repeats: int = 3,
                      log: Callable[[str], None] | None = None) -> CompareBenchResult:
    import torch

    from .compare import Vary, make_variants
    from .data import DataError, make_dataset
    from .project import ProjectError, example_names, load_example

    if not 2 <= n <= len(OPTIMIZER_ORDER):
        raise CompareBenchError(f"--compare takes 2 to {len(OPTIMIZER_ORDER)} variants, not {n}")
    if example not in example_names():
        raise CompareBenchError(f"there is no example called {example!r}; choose from {', '.join(example_names())}")
    try:
        project = load_example(example)
        if project.training_settings()["optimizer"] == "perceptron":
            raise CompareBenchError(f"{example} trains with the perceptron rule; choose an example trained by "
                                    f"gradient descent, such as xor-mlp or spiral")
        dataset = make_dataset(project.data)
    except (ProjectError, DataError) as exc:
        raise CompareBenchError(str(exc)) from None
    variants = make_variants(project, [Vary("optimizer", OPTIMIZER_ORDER[:n])])
    # Warm up (first-call allocations, lazy kernel set-up) on a short run of each kind.
    _single(project, dataset)
    _together(variants[:2])
    single_runs, together_runs = [], []
    comparison = None
    setup = 0.0
    for i in range(repeats):
        order = ("single", "together") if i % 2 == 0 else ("together", "single")
        for which in order:
            if which == "single":
                seconds, _ = _single(project, dataset)
                single_runs.append(seconds)
            else:
                seconds, setup, comparison = _together(variants)
                together_runs.append(seconds)
            if log:
                log(f"run {i + 1}/{repeats}: {which:8s} {seconds:.3f} s")
    sequential = 0.0
    reference = []
    for v in variants:
        seconds, losses = _single(v.project, dataset)
        sequential += seconds
        reference.append(losses)
    if log:
        log(f"one after another: {sequential:.3f} s")
    assert comparison is not None
    trainer0 = comparison.trainers[0]
    return CompareBenchResult(
        example=example, device=str(trainer0.device), threads=torch.get_num_threads(),
        variants=[v.label for v in variants], epochs=trainer0.settings["epochs"],
        steps=trainer0.settings["epochs"] * trainer0.steps_per_epoch, groups=comparison.group_sizes(),
        single_runs=single_runs, together_runs=together_runs, sequential=sequential, setup=setup,
        max_rel_diff=_max_rel(comparison, reference))
