"""How many CPU threads torch may use for one training step.

torch starts with one intra-op thread per core. The networks guinet mostly trains are tiny: a step is
a few small matrix products, far below what pays for splitting work across threads. Worse, torch's
idle OpenMP threads spin while they wait, and on a machine where another program (a browser, an
editor, the GUI thread) holds a core they wait for that core: measured on a 2-core machine with one
busy process, a plain loop on xor-mlp ran 2,217 steps/s with 1 thread and 167 with torch's default 2.

So the count follows the arithmetic of one step: one thread below ``FLOPS_PER_THREAD`` floating-point
operations per step, one more thread for each further ``FLOPS_PER_THREAD``, up to the cores there are.
The threshold was measured here (2 cores, torch 2.13, MKL + OpenMP) by training Linear/ReLU stacks with
1 and 2 threads: at 2.3e5 and 1.3e7 FLOPs per step two threads were no faster (1.02x, 0.90x); at
2.0e8 and above they were 1.6-2.0x faster. 5e7 sits between.

``torch.set_num_threads`` sets the count for the calling thread (OpenMP's setting is per thread), so the
trainer applies its count on the thread that trains, every time it starts stepping.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .text import msg

FLOPS_PER_THREAD = 5e7
MAX_THREADS = 256


@dataclass(frozen=True)
class ThreadChoice:
    threads: int
    reason: str          # one short sentence for the status bar tooltip, the JSON and the bench

    @property
    def label(self) -> str:
        return f"{self.threads} thread" if self.threads == 1 else f"{self.threads} threads"


def cpu_cores() -> int:
    """Cores this process may run on (the affinity mask where the OS tells it, as in a container)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def step_flops(model, batch_rows: int) -> float:
    """Floating-point operations of one training step, roughly: each Linear layer costs 2·in·out per row
    forward and about twice that backward. Everything else in guinet's layers is elementwise and small."""
    from torch import nn

    macs = sum(m.in_features * m.out_features for m in model.modules() if isinstance(m, nn.Linear))
    return 6.0 * macs * max(1, batch_rows)


def choose_threads(flops: float, *, requested: int = 0, reserve_cores: int = 0,
                   device_type: str = "cpu", cores: int | None = None) -> ThreadChoice:
    """The thread count for steps of ``flops`` operations. ``requested`` > 0 is the user's own choice;
    ``reserve_cores`` keeps cores free for others in this process (the window's event loop)."""
    cores = cpu_cores() if cores is None else cores
    if requested > 0:
        n = min(int(requested), MAX_THREADS)
        automatic = choose_threads(flops, reserve_cores=reserve_cores, device_type=device_type, cores=cores)
        return ThreadChoice(n, msg("{n} set in the Training settings (automatic would choose {automatic})", n=n,
                                   automatic=automatic.threads))
    if device_type != "cpu":
        return ThreadChoice(1, msg("the arithmetic runs on the GPU; one CPU thread feeds it"))
    available = max(1, cores - reserve_cores)
    wanted = max(1, int(flops // FLOPS_PER_THREAD))
    n = min(wanted, available)
    if n == 1:
        why = (msg("a step is small ({flops:.1e} operations); more threads would only wait for each other",
                   flops=flops) if wanted == 1 else
               msg("{cores} cores, {reserve} kept for the window", cores=cores, reserve=reserve_cores))
        return ThreadChoice(1, why)
    return ThreadChoice(n, msg("a step is large ({flops:.1e} operations): {n} of {cores} cores, {reserve} kept for "
                               "the window" if reserve_cores else
                               "a step is large ({flops:.1e} operations): {n} of {cores} cores",
                               flops=flops, n=n, cores=cores, reserve=reserve_cores))


def apply_threads(n: int) -> None:
    """Set torch's intra-op thread count for the calling thread, if it differs (a cheap call either way)."""
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
