"""``guinet bench``: guinet's trainer against the loop a PyTorch user writes by hand, in one process.

Both train the same model (same layers, same initial weights) on the same tensors on the same device
for the same number of steps, alternating runs so that a noisy machine slows both alike; the medians
and their ratio are reported. The plain loop is what the PyTorch tutorials teach: ``nn.Sequential`` of
the same layers, the loss module (``nn.BCEWithLogitsLoss`` for two classes), the optimizer with its
default options (``torch.optim.Adam(params, lr)``), and ``zero_grad(); loss = loss_fn(model(x), y);
loss.backward(); step()`` per step, with torch's default thread count, as a user's own loop gets it.
guinet's trainer runs headless as the app runs it: snapshots at 30 Hz (losses, accuracy, gradient and
weight norms, activation statistics), without the decision-boundary grid, with the thread count it
chooses (guinet.core.threads). Where the two counts differ, the plain loop also runs with guinet's
count, and that ratio is printed too, so the gain from the thread choice and the gain from the
trainer itself can be told apart.

``--load`` runs the same comparison twice: on the quiet machine, then while a competing process keeps
one core busy (as a browser or a build does on a user's laptop).
"""

from __future__ import annotations

import contextlib
import math
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Callable

import torch
from torch import nn

from .threads import apply_threads

# torch's own choice, taken before guinet sets any thread's count: what a user's plain loop runs with.
TORCH_DEFAULT_THREADS = torch.get_num_threads()


class BenchError(ValueError):
    """The example cannot be benchmarked (unknown, not a chain of layers, the perceptron rule)."""


@dataclass
class BenchResult:
    example: str
    device: str
    threads: int                    # guinet's torch threads
    steps: int                      # steps per timed run (the same for both loops)
    guinet_runs: list[float] = field(default_factory=list)   # steps/s of each timed run
    plain_runs: list[float] = field(default_factory=list)
    snapshots_per_second: float = 0.0
    plain_threads: int = TORCH_DEFAULT_THREADS
    threads_reason: str = ""
    # The plain loop with guinet's thread count (empty when that is torch's default anyway).
    plain_same_threads_runs: list[float] = field(default_factory=list)

    @property
    def guinet_steps_per_second(self) -> float:
        return statistics.median(self.guinet_runs)

    @property
    def plain_steps_per_second(self) -> float:
        return statistics.median(self.plain_runs)

    @property
    def ratio(self) -> float:
        return self.guinet_steps_per_second / self.plain_steps_per_second

    @property
    def best_ratio(self) -> float:
        """The fastest runs compared: the least disturbed by other programs on the machine."""
        return max(self.guinet_runs) / max(self.plain_runs)

    @property
    def same_threads_ratio(self) -> float | None:
        if not self.plain_same_threads_runs:
            return None
        return self.guinet_steps_per_second / statistics.median(self.plain_same_threads_runs)

    def lines(self) -> list[str]:
        out = [
            f"example {self.example} on {self.device}, {self.steps} steps per run, "
            f"{len(self.guinet_runs)} runs each (median)",
            f"plain PyTorch loop: {self.plain_steps_per_second:,.0f} steps/s "
            f"({_threads(self.plain_threads)}, torch's default)",
            f"guinet trainer:     {self.guinet_steps_per_second:,.0f} steps/s "
            f"({_threads(self.threads)}, snapshots at {self.snapshots_per_second:.0f} Hz)",
        ]
        if self.plain_same_threads_runs:
            out.append(f"plain PyTorch loop: {statistics.median(self.plain_same_threads_runs):,.0f} steps/s "
                       f"({_threads(self.threads)}, as guinet)")
        out.append(f"ratio guinet/plain: {self.ratio:.3f}")
        if self.same_threads_ratio is not None:
            out.append(f"ratio guinet/plain at the same thread count: {self.same_threads_ratio:.3f}")
        out.append(f"(fastest runs: plain {max(self.plain_runs):,.0f}, guinet {max(self.guinet_runs):,.0f} steps/s, "
                   f"ratio {self.best_ratio:.3f})")
        return out

    def to_dict(self) -> dict:
        return {"example": self.example, "device": self.device, "threads": self.threads,
                "steps_per_run": self.steps, "plain_steps_per_second": round(self.plain_steps_per_second, 1),
                "guinet_steps_per_second": round(self.guinet_steps_per_second, 1), "ratio": round(self.ratio, 4),
                "best_ratio": round(self.best_ratio, 4),
                "plain_runs": [round(r, 1) for r in self.plain_runs],
                "guinet_runs": [round(r, 1) for r in self.guinet_runs],
                "snapshots_per_second": round(self.snapshots_per_second, 1),
                "plain_threads": self.plain_threads, "threads_reason": self.threads_reason,
                "plain_same_threads_runs": [round(r, 1) for r in self.plain_same_threads_runs],
                "same_threads_ratio": None if self.same_threads_ratio is None else round(self.same_threads_ratio, 4)}


def _threads(n: int) -> str:
    return "1 thread" if n == 1 else f"{n} threads"


def plain_model(trainer) -> nn.Sequential:
    """The trainer's network with its initial weights (same layers, same seed) as the nn.Sequential a
    PyTorch user would write. Only for chains of layers."""
    from .builder import build_model

    model = build_model(trainer.graph, trainer.info, trainer.settings["seed"]).to(trainer.device)
    if not model._is_chain:
        raise BenchError("the benchmark compares chains of layers; this network has Add or Concat layers")
    parts: list[nn.Module] = []
    for node_id in model.order:
        module = model.layers[node_id]
        if model.kinds[node_id] == "input":
            continue
        parts.extend(module.parts() if hasattr(module, "parts") else [module])
    if trainer.loss_name == "mse" and model.head == "sigmoid":
        parts.append(nn.Sigmoid())
    return nn.Sequential(*parts)


def plain_loss(trainer) -> nn.Module:
    return {"bce": nn.BCEWithLogitsLoss, "cross_entropy": nn.CrossEntropyLoss, "mse": nn.MSELoss}[trainer.loss_name]()


def plain_optimizer(trainer, params) -> torch.optim.Optimizer:
    """The trainer's optimizer kind with torch's default options (no fused kernel): what a user writes."""
    s = trainer.settings
    name, lr = s["optimizer"], s["learning_rate"]
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr)
    from .choices import make_optimizer

    sub = {k.split(".", 1)[1]: v for k, v in s.items() if k.startswith("optimizer.")}
    return make_optimizer(name, sub, params, lr)


def plain_loop(trainer, steps: int, threads: int | None = None) -> float:
    """Steps per second of the hand-written loop, over ``steps`` steps from the trainer's initial weights,
    with ``threads`` torch threads (torch's default when None)."""
    apply_threads(TORCH_DEFAULT_THREADS if threads is None else threads)
    model = plain_model(trainer)
    model.train()
    loss_fn = plain_loss(trainer)
    optimizer = plain_optimizer(trainer, model.parameters())
    x, y = trainer.x_train, trainer.y_train
    n = len(x)
    bs = trainer.settings["batch_size"]
    if bs == 0 or bs >= n:
        start = time.perf_counter()
        for _ in range(steps):
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
    else:
        start = time.perf_counter()
        done = 0
        while done < steps:
            perm = torch.randperm(n, device=x.device)
            for i in range(0, n, bs):
                idx = perm[i:i + bs]
                optimizer.zero_grad()
                loss = loss_fn(model(x[idx]), y[idx])
                loss.backward()
                optimizer.step()
                done += 1
                if done == steps:
                    break
    if x.device.type == "cuda":
        torch.cuda.synchronize()
    return steps / (time.perf_counter() - start)


def guinet_loop(trainer, steps: int) -> tuple[float, int]:
    """Steps per second of guinet's trainer (snapshots at 30 Hz, no grid) from fresh weights, and the
    number of snapshots it made."""
    trainer.reset()
    trainer.settings["epochs"] = math.ceil(steps / trainer.steps_per_epoch)
    trainer.state = "running"
    count = 0
    start = time.perf_counter()
    for _ in trainer.run(snapshot_every_s=1 / 30):
        count += 1
    elapsed = time.perf_counter() - start
    return trainer.step / elapsed, count


def run_bench(example: str = "xor-mlp", *, seconds: float = 5.0, repeats: int = 5,
              log: Callable[[str], None] | None = None, threads: int = 0) -> BenchResult:
    """``threads`` > 0 sets guinet's thread count (the Training setting); 0 lets it choose."""
    from .data import DataError, make_dataset
    from .project import ProjectError, example_names, load_example
    from .trainer import BuildError, Trainer, TrainerError

    if example not in example_names():
        raise BenchError(f"there is no example called {example!r}; choose from {', '.join(example_names())}")
    try:
        project = load_example(example)
        if project.training_settings()["optimizer"] == "perceptron":
            raise BenchError(f"{example} trains with the perceptron rule, which PyTorch has no loop for; "
                             f"choose an example trained by gradient descent, such as xor-mlp")
        if threads:
            project.set_training("threads", threads)
        trainer = Trainer(project, make_dataset(project.data))
    except (ProjectError, DataError, BuildError, TrainerError) as exc:
        raise BenchError(str(exc)) from None
    plain_model(trainer)  # refuses networks that are not chains, before any timing
    same = trainer.threads if trainer.threads != TORCH_DEFAULT_THREADS else None

    # Warm up both (first-call allocations, lazy kernel set-up), then size the runs: ``seconds`` of
    # timed training per loop, split into ``repeats`` alternating runs. The speed is probed a few
    # times and the fastest probe used, so one slow moment of a shared machine does not shrink every
    # run; the runs are sized by the faster loop, so that neither is timed over a sliver of a second.
    warmup = max(10, min(200, int(200 * seconds)))
    plain_loop(trainer, warmup)
    guinet_loop(trainer, warmup)
    probe_steps = max(20, min(300, int(100 * seconds)))
    rate = max(max(plain_loop(trainer, probe_steps) for _ in range(3)),
               max(guinet_loop(trainer, probe_steps)[0] for _ in range(2)))
    # Each run lasts long enough to include many 30 Hz snapshots (half a second at least, unless the
    # whole benchmark is asked to be shorter, as the tests do).
    steps = max(20, int(rate * max(seconds / repeats, min(0.5, seconds))))
    result = BenchResult(example, str(trainer.device), trainer.threads, steps,
                         threads_reason=trainer.thread_choice.reason)
    snapshot_rates = []
    loops = ["plain", "guinet"] + (["plain-same"] if same else [])
    for i in range(repeats):
        # Rotate which loop goes first so drift in the machine's speed hits all alike.
        order = loops[i % len(loops):] + loops[:i % len(loops)]
        for which in order:
            if which == "plain":
                result.plain_runs.append(plain_loop(trainer, steps))
                if log:
                    log(f"run {i + 1}/{repeats}: plain  {result.plain_runs[-1]:,.0f} steps/s "
                        f"({_threads(TORCH_DEFAULT_THREADS)})")
            elif which == "plain-same":
                result.plain_same_threads_runs.append(plain_loop(trainer, steps, threads=same))
                if log:
                    log(f"run {i + 1}/{repeats}: plain  {result.plain_same_threads_runs[-1]:,.0f} steps/s "
                        f"({_threads(same)})")
            else:
                sps, count = guinet_loop(trainer, steps)
                result.guinet_runs.append(sps)
                snapshot_rates.append(count / (trainer.step / sps))
                if log:
                    log(f"run {i + 1}/{repeats}: guinet {sps:,.0f} steps/s ({count} snapshots, "
                        f"{_threads(trainer.threads)})")
    result.snapshots_per_second = statistics.median(snapshot_rates)
    return result


# A competing program: one core kept busy, as a browser tab or a compiler keeps it on a laptop.
BUSY_SCRIPT = "while True:\n    pass\n"


@contextlib.contextmanager
def busy_core():
    """A child process spinning on one core for as long as the block runs."""
    proc = subprocess.Popen([sys.executable, "-c", BUSY_SCRIPT], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.2)   # let it start spinning before anything is timed
        yield proc
    finally:
        proc.kill()
        proc.wait()


@dataclass
class LoadResult:
    quiet: BenchResult
    loaded: BenchResult

    @property
    def loaded_ratio(self) -> float:
        return self.loaded.ratio

    @property
    def loaded_over_quiet(self) -> float:
        return self.loaded.guinet_steps_per_second / self.quiet.guinet_steps_per_second

    def lines(self) -> list[str]:
        q, l = self.quiet, self.loaded
        return ([f"example {q.example} on {q.device}; plain loop with torch's default "
                 f"{_threads(q.plain_threads)}, guinet with {_threads(q.threads)}"]
                + ["quiet machine:"] + ["  " + line for line in q.lines()[1:]]
                + ["with one core kept busy by another process:"] + ["  " + line for line in l.lines()[1:]]
                + [f"ratio guinet/plain quiet: {q.ratio:.3f}",
                   f"ratio guinet/plain under load: {l.ratio:.3f}",
                   f"plain loaded/quiet: {l.plain_steps_per_second / q.plain_steps_per_second:.3f}",
                   f"guinet loaded/quiet: {self.loaded_over_quiet:.3f}"])

    def to_dict(self) -> dict:
        return {"quiet": self.quiet.to_dict(), "loaded": self.loaded.to_dict(),
                "ratio_quiet": round(self.quiet.ratio, 4), "ratio_loaded": round(self.loaded.ratio, 4),
                "guinet_loaded_over_quiet": round(self.loaded_over_quiet, 4)}


def run_load_bench(example: str = "xor-mlp", *, seconds: float = 3.0, repeats: int = 3,
                   log: Callable[[str], None] | None = None, threads: int = 0) -> LoadResult:
    """The comparison on the quiet machine, then again with one core taken by a busy process."""
    if log:
        log("quiet machine")
    quiet = run_bench(example, seconds=seconds, repeats=repeats, log=log, threads=threads)
    if log:
        log("one core kept busy by another process")
    with busy_core():
        loaded = run_bench(example, seconds=seconds, repeats=repeats, log=log, threads=threads)
    return LoadResult(quiet, loaded)
