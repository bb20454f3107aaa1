"""Training: a generator of snapshots that its caller can stop between steps.

The live view runs ``Trainer.run`` on a worker thread and draws the snapshots it yields; the command
line and ``guinet bench`` run it headless. The step loop is the hot path, so it does only what a
hand-written PyTorch loop does (zero_grad, forward, loss, backward, step) plus recording the loss and
reading the clock; statistics are computed only when a snapshot is due (about 30 times a second).
What keeps it as fast as a plain loop or faster: the whole training set stays on the device as one
tensor (no DataLoader), the model's forward runs a precomputed plan, Adam/AdamW use the fused kernels,
gradients are released with ``set_to_none``, and losses are read back without per-step device syncs
(on the CPU ``item()`` is a plain memory read, so it doubles as the divergence check).

Determinism: the weights come from a generator seeded with the training seed, the batch order from a
second one, dropout from torch's global generator reseeded at reset; on the CPU the same seed gives
the same losses bit for bit.
"""

from __future__ import annotations

import math
import threading
from collections import deque
import time
from typing import Any, Iterator

import numpy as np
import torch
import torch.nn.functional as F

from . import probes, stopping
from .builder import BuildError, GraphModule, build_model
from .diagnosis import diagnose
from .check import loss_name
from .choices import OPTIMIZERS, make_optimizer
from .devices import resolve_device
from .params import ParamError, spec_for_key
from .snapshot import DIVERGED, FINISHED, RUNNING, STOPPED, Snapshot
from .threads import ThreadChoice, apply_threads, choose_threads, step_flops
from .settings import TRAINING_PARAMS, resolve_training
from .text import join, msg, quote

__all__ = ["Trainer", "TrainerError", "BuildError", "EVAL_SAMPLES"]

# While training runs, snapshots evaluate the loss and accuracy on at most this many samples of each
# split (a fixed random subset: the splits are already shuffled) to keep 30 snapshots a second cheap
# on big data; final snapshots and ``snapshot()`` use every sample.
EVAL_SAMPLES = 8192
# Regression snapshots carry at most this many (actual, predicted) pairs for the scatter view.
PREDICTION_SAMPLES = 2000
# Activation statistics and histograms look at this many training samples at most.
STATS_SAMPLES = 2048

# While training runs, making snapshots may take at most this share of the time (the next snapshot
# waits longer than asked when one was expensive), but they still come at least every
# MAX_SNAPSHOT_INTERVAL seconds. Grids (the decision boundary a user watches) get a larger share.
SNAPSHOT_SHARE = 0.04
SNAPSHOT_SHARE_WITH_GRIDS = 0.15
MAX_SNAPSHOT_INTERVAL = 1.0

# Snapshots carry the weight matrices themselves when the Dense/Output layers hold at most this many
# numbers in all (a copy of a few kilobytes), so the GUI can draw them live.
SNAPSHOT_WEIGHTS_LIMIT = 4096
# With run(record_epochs=True), evaluating at the end of epochs may take at most this share of the
# training time (epochs are skipped evenly on networks whose evaluation costs as much as an epoch).
RECORD_SHARE = 0.25
# ... but the first epochs are always recorded: a short run (a logic gate's 20 epochs) gets them all.
ALWAYS_RECORDED_EPOCHS = 50

# Settings that may change while training runs (see ``request_setting``).
LIVE_SETTINGS = ("learning_rate", "l1", "l2", "clip_norm", "epochs", "batch_size", "optimizer", "threads")


class TrainerError(ValueError):
    """Training cannot start or a setting cannot change; the message says what to do."""


# A run whose loss climbs above CLIMB_FACTOR times where it started (and by at least CLIMB_MARGIN)
# is diverging even while its numbers are still finite: e.g. a classifier at a huge learning rate
# that saturates on the wrong side ends near loss 20 without ever overflowing. The start is the loss
# of the first step (the initial weights'); the climb is judged from step 2 * CLIMB_START_STEPS on,
# on the median of the CLIMB_RECENT_STEPS latest losses, so one noisy mini-batch does not count.
CLIMB_FACTOR = 10.0
CLIMB_MARGIN = 1.0
CLIMB_START_STEPS = 5
CLIMB_RECENT_STEPS = 20

def _remedy(lr: float) -> str:
    return msg("Lower the learning rate (now {lr:g}), turn on gradient clipping (Gradient clipping > 0, e.g. 1), "
               "or add batch or layer normalization to the Dense layers, then Reset and train again.", lr=lr)


def _divergence_message(step: int, layer: str | None, lr: float, what: str, culprit: str = "gradient") -> str:
    """What went wrong, in the order it happened: ``culprit`` says what stopped being finite first
    ("gradient" or "weights" of ``layer``, or "loss" when every gradient and weight is still finite)."""
    if culprit == "weights" and layer:
        where = msg("The weights of layer '{layer}' (the first one, counting from the input) stopped being "
                    "finite numbers: the update before overshot so far that they overflowed", layer=layer)
    elif culprit == "gradient" and layer:
        where = msg("The gradient of layer '{layer}' (the first one, counting from the input) stopped being a "
                    "finite number", layer=layer)
    else:
        where = msg("Every gradient and weight is still finite: the loss itself overflowed, because the "
                    "network's outputs grew too large for the loss to be computed in 32-bit numbers")
    return msg("Training diverged at step {step}: {what}. {where}. This is an exploding gradient: each "
               "update overshoots, the next gradient is larger still, until the numbers overflow. {remedy}",
               step=step, what=what, where=where, remedy=_remedy(lr))


def _climb_message(step: int, start: float, now: float, lr: float) -> str:
    return msg("Training diverged at step {step}: the loss climbed from {start:.4g} to {now:.4g}, more than "
               "{factor:g} times where it started, although every number is still finite. The updates "
               "overshoot: each step moves the weights past the minimum and further up the other side. {remedy}",
               step=step, start=start, now=now, factor=CLIMB_FACTOR, remedy=_remedy(lr))


class Trainer:
    """Trains a project's network on its data. See the module docstring."""

    def __init__(self, project, dataset=None, device: str | None = None, *, reserve_cores: int = 0) -> None:
        """``reserve_cores``: CPU cores the automatic thread count leaves to others in this process
        (the window keeps one for its event loop; see guinet.core.threads)."""
        from .data import make_dataset, task_info_for

        self.project = project
        self.graph = project.graph.copy()
        self.settings: dict[str, Any] = resolve_training(project.training)
        if dataset is None:
            dataset = make_dataset(project.data)
        self.dataset = dataset
        self.info = task_info_for(project, dataset)
        self.loss_name = loss_name(self.graph, self.info)
        self.perceptron = self.settings["optimizer"] == "perceptron"
        device_name = device if device is not None else self.settings["device"]
        self.device, self.device_note = resolve_device(device_name)
        if self.perceptron and self.device.type != "cpu":
            self.device = torch.device("cpu")
            self.device_note = msg("The perceptron rule updates one sample at a time, which a GPU cannot speed "
                                   "up; training on the CPU.")
        self.reserve_cores = reserve_cores
        self.thread_choice = ThreadChoice(1, "")
        self._lock = threading.Lock()
        self._pending: dict[str, Any] = {}
        self._has_pending = False
        # stop() counts requests; a run stops when the count moves past what it was when run() was called,
        # so a stop asked before a run began never cuts the next one short.
        self._stop_serial = 0
        self._grid_inputs: dict[int, torch.Tensor] = {}
        self._prepare_data()
        self.reset()

    # ------------------------------------------------------------------ set-up

    def _prepare_data(self) -> None:
        ds, dev = self.dataset, self.device
        if len(ds.x_train) == 0:
            raise TrainerError("The training split is empty. Raise the training share or add samples.")
        self.x_train = torch.from_numpy(np.ascontiguousarray(ds.x_train, np.float32)).to(dev)
        self.x_test = torch.from_numpy(np.ascontiguousarray(ds.x_test, np.float32)).to(dev)
        classification = ds.task == "classification"
        # Labels (for accuracy) and the targets the loss compares against, shaped for it once.
        self.labels_train = torch.from_numpy(ds.y_train).to(dev) if classification else None
        self.labels_test = torch.from_numpy(ds.y_test).to(dev) if classification else None
        self.y_train = self._loss_targets(ds.y_train)
        self.y_test = self._loss_targets(ds.y_test)
        n = len(self.x_train)
        # Fixed evaluation subsets for running snapshots (the splits are shuffled already).
        self._eval_train = slice(0, min(n, EVAL_SAMPLES))
        self._eval_test = slice(0, min(len(self.x_test), EVAL_SAMPLES))
        self._x_eval = torch.cat([self.x_train[self._eval_train], self.x_test[self._eval_test]])

    def _loss_targets(self, y: np.ndarray) -> torch.Tensor:
        t = torch.from_numpy(np.asarray(y))
        if self.loss_name == "cross_entropy":
            return t.long().to(self.device)
        return t.float().reshape(-1, 1).to(self.device)

    def _make_loss_fn(self):
        name, head = self.loss_name, self.model.head
        if name == "bce":
            return F.binary_cross_entropy_with_logits
        if name == "cross_entropy":
            return F.cross_entropy
        if name == "mse":
            if head == "sigmoid":
                return lambda out, y: F.mse_loss(torch.sigmoid(out), y)
            return F.mse_loss
        if name == "perceptron":
            # The share of misclassified samples: what the perceptron rule drives to zero.
            return lambda out, y: ((out >= 0).to(y.dtype) != y).float().mean()
        raise TrainerError(f"Unknown loss {name!r}.")

    def _make_optimizer(self):
        if self.perceptron:
            return None
        name = self.settings["optimizer"]
        params = {k.split(".", 1)[1]: v for k, v in self.settings.items() if k.startswith("optimizer.")}
        fused = None
        if name in ("adam", "adamw") and self.device.type in ("cpu", "cuda"):
            # The fused kernel does one pass over all parameters instead of one small op per tensor;
            # on tiny networks that is most of the optimizer's time.
            fused = True
        try:
            return make_optimizer(name, params, self.model.parameters(), self.settings["learning_rate"], fused=fused)
        except (RuntimeError, TypeError, ValueError):
            if fused is None:
                raise
            return make_optimizer(name, params, self.model.parameters(), self.settings["learning_rate"])

    def reset(self, seed: int | None = None) -> None:
        """New weights from the seed (the training seed when None), a fresh optimizer, step 0."""
        if seed is not None:
            self.settings["seed"] = int(seed)
        seed = self.settings["seed"]
        self.model: GraphModule = build_model(self.graph, self.info, seed).to(self.device)
        self.model.train()
        if self.model.has_batchnorm and self.settings["batch_size"] == 1:
            raise TrainerError("Batch norm needs at least 2 samples per batch. Set the batch size to 0 "
                               "(whole set) or 2 or more, or use layer norm instead.")
        # Dropout draws from torch's global generator: seed it, and keep this run's own state of it
        # between calls so that whatever else uses it meanwhile cannot change the numbers.
        self._uses_global_rng = any(isinstance(m, torch.nn.Dropout) and m.p > 0 for m in self.model.modules())
        torch.manual_seed(seed)
        self._rng_state = self._get_rng_state() if self._uses_global_rng else None
        self._batch_gen = torch.Generator().manual_seed(seed + 1)
        self.optimizer = self._make_optimizer()
        self._loss_fn = self._make_loss_fn()
        self._param_layers = self.model.parameter_layers()
        self._params = [p for ps in self._param_layers.values() for p in ps]
        self._layer_stats = probes.LayerStats(self._param_layers)
        self._unit_activations = probes.unit_activations(self.model)
        self._weights = self.model.weight_matrices()
        self._small_weights = sum(w.numel() for w in self._weights) <= SNAPSHOT_WEIGHTS_LIMIT
        self.step = 0
        self.epoch = 0
        self._batch_index = 0
        self._epoch_x: torch.Tensor | None = None
        self._epoch_y: torch.Tensor | None = None
        self._replan_at_epoch = False
        self._plan_batches()
        self.elapsed = 0.0
        self.state = RUNNING if self.epoch < self.settings["epochs"] else FINISHED
        self.message = ""
        self.diverged_layer: str | None = None
        self.diverged_what: str | None = None  # "gradient", "weights", "loss" or "climb"
        # The first losses of the run and the most recent ones (see CLIMB_FACTOR).
        self._climb_first: list[float] = []
        self._climb_recent: deque[float] = deque(maxlen=CLIMB_RECENT_STEPS)
        self.initial_grad_norms: dict[str, float] = {}
        self._losses: list[Any] = []       # per-step losses since the last snapshot
        self._losses_first_step = 1        # the step number of _losses[0]
        # (step, train loss, test loss, train accuracy, test accuracy) per epoch since the last
        # snapshot, when run(record_epochs=True); NaN where there is none.
        self._epoch_records: list[tuple[int, float, float, float, float]] = []
        self._epoch_cost = self._record_cost = 0.0   # running means, seconds
        self._last_snapshot_time = None
        self._last_snapshot_step = 0
        if self.perceptron:
            self._perceptron_setup()
        # Stop at a target (see guinet.core.stopping): checked at the end of each epoch.
        self._stop_rule = stopping.StopRule.from_settings(self.settings)
        self._target_met = False
        self._best_state: dict | None = None
        self.stop_reason = ""

    def _get_rng_state(self):
        cuda = torch.cuda.get_rng_state(self.device) if self.device.type == "cuda" else None
        return torch.random.get_rng_state(), cuda

    def _set_rng_state(self, state) -> None:
        cpu, cuda = state
        torch.random.set_rng_state(cpu)
        if cuda is not None:
            torch.cuda.set_rng_state(cuda, self.device)

    def _plan_batches(self) -> None:
        n = len(self.x_train)
        bs = self.settings["batch_size"]
        self._full_batch = bs == 0 or bs >= n
        if self._full_batch:
            self._bounds = [(0, n)]
        else:
            starts = list(range(0, n, bs))
            if self.model.has_batchnorm and n - starts[-1] == 1 and len(starts) > 1:
                starts.pop()  # a last batch of one sample would break batch norm: fold it into the one before
            self._bounds = [(s, starts[i + 1] if i + 1 < len(starts) else n) for i, s in enumerate(starts)]
        self.steps_per_epoch = len(self._bounds)
        self._choose_threads()

    def _choose_threads(self) -> None:
        rows = max(hi - lo for lo, hi in self._bounds)
        self.thread_choice = choose_threads(step_flops(self.model, rows), requested=self.settings["threads"],
                                            reserve_cores=self.reserve_cores, device_type=self.device.type)

    @property
    def threads(self) -> int:
        """The torch threads each step uses (applied on whichever thread trains)."""
        return self.thread_choice.threads

    # ------------------------------------------------------------------ thread-safe requests

    def stop(self) -> None:
        """Ask the run in progress (any ``run()`` called before this) to stop after the current step
        (thread-safe); it yields a final STOPPED snapshot, and a later ``run()`` continues from there."""
        self._stop_serial += 1

    def request_setting(self, key: str, value: Any) -> None:
        """Change a training setting while training runs (thread-safe); applied between steps. Keys are
        those of the Training settings: learning_rate, l1, l2, clip_norm, epochs, batch_size (from the
        next epoch), optimizer (a fresh optimizer state) and the optimizer's own ``optimizer.*`` params.
        Raises TrainerError for a key that cannot change now or a value out of range."""
        if key not in LIVE_SETTINGS and not key.startswith("optimizer."):
            raise TrainerError(f"{quote(key)} cannot change while training; stop training first.")
        try:
            spec = spec_for_key(TRAINING_PARAMS, key, None if key.startswith("optimizer.") else self.settings)
            value = spec.validate(value)
        except KeyError:
            raise TrainerError(f"Unknown training setting {quote(key)}.") from None
        except ParamError as exc:
            raise TrainerError(str(exc)) from None
        if key == "optimizer" and (value == "perceptron") != self.perceptron:
            raise TrainerError("Switching to or from the perceptron rule changes the network's head; "
                               "stop training and start again.")
        if key == "batch_size" and value == 1 and self.model.has_batchnorm:
            raise TrainerError("Batch norm needs at least 2 samples per batch.")
        with self._lock:
            self._pending[key] = value
            self._has_pending = True

    def _apply_pending(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
            self._has_pending = False
        rebuild_optimizer = False
        # The optimizer itself first: its own parameters may follow in the same batch of requests.
        if "optimizer" in pending:
            name = pending.pop("optimizer")
            self.settings = {k: v for k, v in self.settings.items() if not k.startswith("optimizer.")}
            self.settings["optimizer"] = name
            self.settings.update({f"optimizer.{p.name}": p.default for p in OPTIMIZERS[name].params})
            rebuild_optimizer = True
        for key, value in pending.items():
            self.settings[key] = value
            if key == "learning_rate" and self.optimizer is not None:
                for group in self.optimizer.param_groups:
                    group["lr"] = value
            elif key.startswith("optimizer.") and self.optimizer is not None and not rebuild_optimizer:
                self._set_optimizer_param(key.split(".", 1)[1], value)
            elif key == "batch_size":
                # Applied at the next epoch boundary so every sample is still seen once per epoch.
                self._replan_at_epoch = True
            elif key == "threads":
                self._choose_threads()
            elif key == "epochs" and self.state in (RUNNING, FINISHED):
                self.state = RUNNING if self.epoch < value else FINISHED
        if rebuild_optimizer:
            self.optimizer = self._make_optimizer()

    def _set_optimizer_param(self, name: str, value: Any) -> None:
        for group in self.optimizer.param_groups:
            if name in ("beta1", "beta2"):
                b1, b2 = group["betas"]
                group["betas"] = (value, b2) if name == "beta1" else (b1, value)
            elif name in group:
                group[name] = value

    # ------------------------------------------------------------------ stepping

    def _next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        if self._full_batch:
            return self.x_train, self.y_train
        if self._batch_index == 0 or self._epoch_x is None:
            perm = torch.randperm(len(self.x_train), generator=self._batch_gen).to(self.device)
            self._epoch_x = self.x_train[perm]
            self._epoch_y = self.y_train[perm]
        lo, hi = self._bounds[self._batch_index]
        return self._epoch_x[lo:hi], self._epoch_y[lo:hi]

    def _end_of_step(self) -> None:
        self.step += 1
        self._batch_index += 1
        if self._batch_index >= self.steps_per_epoch:
            self._batch_index = 0
            self.epoch += 1
            if self._stop_rule is not None:
                self._check_stop_rule()
            if self._replan_at_epoch:
                self._replan_at_epoch = False
                self._plan_batches()
                self._has_pending = True  # makes the step loop pick up the new batch plan

    def _advance(self, max_steps: int, deadline: float | None, stop_serial: int | None,
                 respect_plan: bool = True) -> None:
        """Take optimizer steps until ``max_steps`` are done, the clock passes ``deadline``, a stop is
        asked for (since ``stop_serial``; None: ignore stops), the planned epochs are done (when ``respect_plan``) or the
        run diverges. The clock is read once per step (perf_counter is tens of nanoseconds)."""
        apply_threads(self.thread_choice.threads)
        if self.perceptron:
            return self._advance_perceptron(max_steps, deadline, stop_serial, respect_plan)
        if self._uses_global_rng:
            self._set_rng_state(self._rng_state)
            try:
                return self._advance_gradient(max_steps, deadline, stop_serial, respect_plan)
            finally:
                self._rng_state = self._get_rng_state()
        return self._advance_gradient(max_steps, deadline, stop_serial, respect_plan)

    def _advance_gradient(self, max_steps: int, deadline: float | None, stop_serial: int | None,
                          respect_plan: bool) -> None:
        model_forward = self.model.forward
        loss_fn = self._loss_fn
        opt = self.optimizer
        params = self._params
        opt_step = opt.step
        losses = self._losses
        on_cpu = self.device.type == "cpu"
        clock = time.perf_counter
        isfinite = math.isfinite
        full = self._full_batch
        x_all, y_all = self.x_train, self.y_train
        l1, l2, clip = self.settings["l1"], self.settings["l2"], self.settings["clip_norm"]
        taken = 0
        while taken < max_steps:
            if self._has_pending:
                self._apply_pending()
                opt = self.optimizer
                opt_step, loss_fn = opt.step, self._loss_fn
                full = self._full_batch
                l1, l2, clip = self.settings["l1"], self.settings["l2"], self.settings["clip_norm"]
            if (stop_serial is not None and self._stop_serial != stop_serial) or (respect_plan and (self.epoch >= self.settings["epochs"] or self._target_met)):
                break
            if full:
                x, y = x_all, y_all
            else:
                x, y = self._next_batch()
            # zero_grad(set_to_none=True) without the optimizer's profiler bookkeeping (~14 us a call here)
            for p in params:
                p.grad = None
            out = model_forward(x)
            loss = loss_fn(out, y)
            if l1 or l2:
                total = loss
                for w in self._weights:
                    if l1:
                        total = total + l1 * w.abs().sum()
                    if l2:
                        total = total + l2 * (w * w).sum()
                total.backward()
            else:
                loss.backward()
            if self.step == 0:
                self.initial_grad_norms = self._layer_stats.gradients()[0]
            if clip:
                torch.nn.utils.clip_grad_norm_(self._params, clip)
            opt_step()
            taken += 1
            self._end_of_step()
            if on_cpu:
                value = loss.item()  # a plain memory read on the CPU; no device to wait for
                losses.append(value)
                if not isfinite(value):
                    self._diverge(msg("the loss became NaN") if value != value else msg("the loss became infinite"))
                    return
            else:
                losses.append(loss.detach())
            if deadline is not None and clock() >= deadline:
                break
        if not on_cpu and losses:
            self._check_losses_on_device()

    def _check_losses_on_device(self) -> None:
        """On a GPU the losses are checked for NaN/inf once per snapshot, in one copy (no per-step sync)."""
        if not any(isinstance(v, torch.Tensor) for v in self._losses):
            return
        values = torch.stack([v if isinstance(v, torch.Tensor) else torch.tensor(v, device=self.device)
                              for v in self._losses]).float().cpu().numpy()
        self._losses[:] = values.tolist()
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size and self.state != DIVERGED:
            self._diverge(msg("the loss became NaN or infinite"), step=self._losses_first_step + int(bad[0]))

    def _diverge(self, what: str, step: int | None = None) -> None:
        """Stop in the DIVERGED state, naming the first layer (input to output) whose gradient is not finite.
        When the loss itself is NaN every gradient is; then the first layer whose weights are no longer
        finite is where the previous step's gradient blew up."""
        grads, _ = probes.gradient_stats(self._param_layers)
        bad_grad = probes.first_nonfinite(grads)
        bad_weight = probes.nonfinite_parameter_layer(self._param_layers)
        all_grads_bad = grads and all(not math.isfinite(v) for v in grads.values())
        if bad_weight and (all_grads_bad or not bad_grad):
            layer, culprit = bad_weight, "weights"
        elif bad_grad:
            layer, culprit = bad_grad, "gradient"
        else:  # only the loss overflowed: no layer is to blame
            layer, culprit = None, "loss"
        self.state = DIVERGED
        self.diverged_layer = layer
        self.diverged_what = culprit
        self.message = _divergence_message(self.step if step is None else step, layer,
                                           self.settings["learning_rate"], what, culprit)

    def _check_climb(self) -> None:
        """Flag a run whose loss climbed far above where it started (see CLIMB_FACTOR); called after
        each chunk of steps, with the losses recorded since the last snapshot."""
        if self.perceptron or self.state == DIVERGED:
            return
        first = self._losses_first_step
        for i, v in enumerate(self._losses):
            if not isinstance(v, float):
                continue
            if first + i <= CLIMB_START_STEPS and len(self._climb_first) < first + i:
                self._climb_first.append(v)
            self._climb_recent.append(v)
        if len(self._climb_first) < CLIMB_START_STEPS or self.step < 2 * CLIMB_START_STEPS:
            return
        start = self._climb_first[0]  # the loss of the initial weights: later ones may have climbed already
        now = float(np.median(self._climb_recent))
        if math.isfinite(start) and math.isfinite(now) and now > max(CLIMB_FACTOR * start, start + CLIMB_MARGIN):
            self.state = DIVERGED
            self.diverged_layer = None
            self.diverged_what = "climb"
            self.message = _climb_message(self.step, start, now, self.settings["learning_rate"])

    # ------------------------------------------------------------------ the perceptron rule

    def _perceptron_setup(self) -> None:
        linear = self.model.layers[self.model.output_id].linear
        self._p_linear = linear
        # numpy views sharing the parameters' memory: the rule updates them in place.
        self._p_w = linear.weight.detach().numpy()[0]
        self._p_b = linear.bias.detach().numpy() if linear.bias is not None else None
        self._p_x = self.x_train.numpy()
        self._p_t = self.y_train.numpy().reshape(-1).astype(np.float32)

    def _advance_perceptron(self, max_steps: int, deadline: float | None, stop_serial: int | None,
                            respect_plan: bool) -> None:
        """Rosenblatt's rule, one sample at a time: for a misclassified sample, w += lr (t - y) x and
        b += lr (t - y). A step is one batch; the gradient reported for it is the rule's direction
        -sum (t - y) x over the batch (the gradient of the perceptron criterion)."""
        w, b, xs, ts = self._p_w, self._p_b, self._p_x, self._p_t
        n = len(xs)
        taken = 0
        grad_w = np.zeros_like(w)
        grad_b = np.zeros(1, np.float32)
        while taken < max_steps:
            if self._has_pending:
                self._apply_pending()
            if (stop_serial is not None and self._stop_serial != stop_serial) or (respect_plan and (self.epoch >= self.settings["epochs"] or self._target_met)):
                break
            lr = np.float32(self.settings["learning_rate"])
            if self._full_batch:
                order = range(n)  # the classic fixed order
            else:
                if self._batch_index == 0 or self._epoch_x is None:
                    self._epoch_x = torch.randperm(n, generator=self._batch_gen).numpy()
                lo, hi = self._bounds[self._batch_index]
                order = self._epoch_x[lo:hi]
            grad_w[:] = 0
            grad_b[:] = 0
            errors = 0
            count = 0
            for i in order:
                x = xs[i]
                z = float(x @ w) + (float(b[0]) if b is not None else 0.0)
                y = 1.0 if z >= 0 else 0.0
                delta = ts[i] - y
                count += 1
                if delta != 0:
                    errors += 1
                    w += lr * delta * x
                    grad_w -= delta * x
                    if b is not None:
                        b += lr * delta
                        grad_b -= delta
            self._losses.append(errors / max(count, 1))
            self._p_linear.weight.grad = torch.from_numpy(grad_w.copy()).reshape(1, -1)
            if b is not None:
                self._p_linear.bias.grad = torch.from_numpy(grad_b.copy())
            if self.step == 0:
                self.initial_grad_norms = probes.gradient_stats(self._param_layers)[0]
            taken += 1
            self._end_of_step()
            if deadline is not None and time.perf_counter() >= deadline:
                break

    # ------------------------------------------------------------------ public driving API

    @property
    def finished(self) -> bool:
        return self.epoch >= self.settings["epochs"] or self._target_met

    # ------------------------------------------------------------------ stopping at a target

    def _check_stop_rule(self) -> None:
        """End-of-epoch check of the stop targets; keeps a copy of the best weights when asked."""
        rule = self._stop_rule
        train_loss, test_loss, test_acc = self._quick_evaluate()
        best, reason = rule.update(self.epoch, train_loss, test_loss, test_acc)
        if best and rule.keep_best:
            self._best_state = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        at_end = self.epoch >= self.settings["epochs"]
        if reason is not None or at_end:
            if reason is not None:
                self._target_met = True
                self.stop_reason = reason
            if rule.keep_best and self._best_state is not None and rule.best_epoch != self.epoch:
                self.model.load_state_dict(self._best_state)
                note = msg("The weights of epoch {epoch} (the lowest loss, {loss:.4g}) were kept.",
                           epoch=rule.best_epoch, loss=rule.best)
                self.stop_reason = join([self.stop_reason, note], " ") if self.stop_reason else note

    def _quick_evaluate(self) -> tuple[float, float | None, float | None]:
        """(training loss, test loss, test accuracy) on the evaluation subsets, in eval mode."""
        model = self.model
        model.train(False)
        try:
            with torch.no_grad():
                tr, te = self._eval_train, self._eval_test
                values = [self._loss_fn(model(self.x_train[tr]), self.y_train[tr])]
                has_test = len(self.x_test) > 0
                if has_test:
                    out_te = model(self.x_test[te])
                    values.append(self._loss_fn(out_te, self.y_test[te]))
                    if self.labels_test is not None:
                        values.append(self._accuracy(out_te, self.labels_test[te]))
                numbers = torch.stack([v.float() for v in values]).tolist()
        finally:
            model.train(True)
        train_loss = numbers[0]
        test_loss = numbers[1] if has_test else None
        test_acc = numbers[2] if has_test and self.labels_test is not None else None
        return train_loss, test_loss, test_acc

    # ------------------------------------------------------------------ predictions and metrics

    def _predicted_labels(self, out: torch.Tensor) -> torch.Tensor:
        head = self.model.head
        if head == "softmax":
            return out.argmax(dim=1)
        return (out[:, 0] >= 0).long() if head == "step" else (out[:, 0] > 0).long()

    def _predicted_values(self, out: torch.Tensor) -> torch.Tensor:
        if self.model.head == "sigmoid":
            return torch.sigmoid(out[:, 0])
        return out[:, 0]

    def predict(self, split: str = "test") -> np.ndarray:
        """The network's predictions on a whole split ("train" or "test"): class indices for
        classification, values for regression. Call between runs, not while ``run`` is training."""
        x = self.x_train if split == "train" else self.x_test
        model = self.model
        was_training = model.training
        model.train(False)
        try:
            with torch.no_grad():
                out = model(x) if len(x) else None
        finally:
            model.train(was_training)
        if out is None:
            return np.zeros(0, np.int64 if self.labels_train is not None else np.float32)
        pred = self._predicted_labels(out) if self.labels_train is not None else self._predicted_values(out)
        return pred.cpu().numpy()

    def _add_metrics(self, snap: Snapshot, outputs: tuple) -> None:
        """Confusion matrices or (actual, predicted) pairs from the outputs the evaluation computed."""
        out_tr, out_te, tr, te = outputs
        if self.labels_train is not None:
            k = self.dataset.n_classes
            for name, out, labels in (("confusion_train", out_tr, self.labels_train[tr]),
                                      ("confusion_test", out_te, self.labels_test[te] if out_te is not None else None)):
                if out is None or labels is None or not len(labels):
                    continue
                pairs = labels.long() * k + self._predicted_labels(out).clamp(0, k - 1)
                setattr(snap, name, torch.bincount(pairs, minlength=k * k).reshape(k, k).cpu().numpy())
            return
        use_test = out_te is not None and len(out_te) > 0
        out, y = (out_te, self.y_test[te]) if use_test else (out_tr, self.y_train[tr])
        n = min(len(out), PREDICTION_SAMPLES)
        snap.predicted = self._predicted_values(out[:n]).float().cpu().numpy()
        snap.actual = y[:n, 0].float().cpu().numpy()
        snap.predicted_split = "test" if use_test else "train"

    def run(self, *, snapshot_every_s: float = 1 / 30, grid_size: int | None = None, neuron_grids: bool = False,
            histograms: bool = False, grid_every_s: float = 0.0, histograms_every_s: float = 0.0,
            record_epochs: bool = False, one_epoch_per_snapshot: bool = False) -> Iterator[Snapshot]:
        """Train to the planned epochs, yielding a snapshot at step 0 (or where the last run stopped), then
        at most every ``snapshot_every_s`` seconds, and a final FINISHED, STOPPED or DIVERGED one.
        ``stop()`` is honoured between steps. Time spent while the caller holds a snapshot (a pause) is
        not counted in ``elapsed``. Expensive snapshots come less often (see SNAPSHOT_SHARE).

        Running snapshots carry grids (and neuron grids) at most every ``grid_every_s`` seconds and
        histograms at most every ``histograms_every_s`` seconds, so a viewer that draws them less often
        than it draws the loss does not make the trainer compute them for nothing; the first and the
        final snapshot always carry them.

        ``record_epochs``: evaluate the loss and accuracy at the end of every epoch and hand them over
        in the snapshots' ``epoch_*`` arrays, so a short run's curves have a point per epoch instead
        of one per snapshot (XOR's 500 epochs take under a second). ``one_epoch_per_snapshot``: each
        ``next()`` trains exactly one epoch and yields, for a caller that paces the run (the speed
        control: the caller waits between epochs, and can pause or stop meanwhile)."""
        # Not a generator itself: the stop count is taken now, when run() is called, so a stop() between
        # this call and the first next() still counts.
        return self._run(self._stop_serial, snapshot_every_s,
                         dict(grid_size=grid_size, neuron_grids=neuron_grids, histograms=histograms),
                         grid_every_s, histograms_every_s, record_epochs, one_epoch_per_snapshot)

    def _run(self, stop_serial: int, snapshot_every_s: float, extras: dict, grid_every_s: float = 0.0,
             histograms_every_s: float = 0.0, record_epochs: bool = False,
             one_epoch: bool = False) -> Iterator[Snapshot]:
        if self._has_pending:  # e.g. more epochs asked for after the run finished
            self._apply_pending()
        if self.state == DIVERGED or self.finished:
            yield self._snapshot(DIVERGED if self.state == DIVERGED else FINISHED, full=True, **extras)
            return
        self.state = RUNNING
        # Snapshots are paced so that making them takes at most a small share of the time: when one
        # costs more (big data, big grids, a busy machine), the next comes later than snapshot_every_s.
        share = SNAPSHOT_SHARE_WITH_GRIDS if extras["grid_size"] else SNAPSHOT_SHARE
        grid_at = hist_at = -math.inf

        def running_snapshot() -> Snapshot:
            nonlocal grid_at, hist_at
            now = time.perf_counter()
            with_grid = bool(extras["grid_size"]) and now - grid_at >= grid_every_s
            with_hist = extras["histograms"] and now - hist_at >= histograms_every_s
            if with_grid:
                grid_at = now
            if with_hist:
                hist_at = now
            return self._snapshot(RUNNING, full=False, grid_size=extras["grid_size"] if with_grid else None,
                                  neuron_grids=extras["neuron_grids"] and with_grid, histograms=with_hist)

        # Paced by a running mean of the cost: grids come with some snapshots only, and one expensive
        # snapshot should not hold back the cheap ones after it.
        made = time.perf_counter()
        snap = running_snapshot()
        cost = time.perf_counter() - made
        interval = self._next_interval(snapshot_every_s, cost, share)
        yield snap
        big = 1 << 62
        while True:
            started = time.perf_counter()
            # The interval counts from when the last snapshot began, so making it is part of the
            # interval: snapshots come every snapshot_every_s, not every snapshot_every_s + cost.
            if record_epochs or one_epoch:
                self._advance_epochs(None if one_epoch else max(started, made + interval), stop_serial,
                                     record=record_epochs)
            else:
                self._advance(big, max(started, made + interval), stop_serial=stop_serial)
            self._check_climb()
            made = time.perf_counter()
            self.elapsed += made - started
            if self.state == DIVERGED:
                yield self._snapshot(DIVERGED, full=True, **extras)
                return
            if self._stop_serial != stop_serial:
                yield self._snapshot(STOPPED, full=True, **extras)
                return
            if self.finished:
                self.state = FINISHED
                yield self._snapshot(FINISHED, full=True, **extras)
                return
            snap = running_snapshot()
            cost = 0.7 * cost + 0.3 * (time.perf_counter() - made)
            interval = self._next_interval(snapshot_every_s, cost, share)
            yield snap

    def _advance_epochs(self, deadline: float | None, stop_serial: int, record: bool) -> None:
        """Train to the end of the current epoch and on, epoch by epoch, until ``deadline`` (None: one
        epoch), recording each finished epoch's loss and accuracy when ``record``."""
        clock = time.perf_counter
        while True:
            started = clock()
            self._advance(self.steps_per_epoch - self._batch_index, deadline, stop_serial=stop_serial)
            recorded = clock()
            if self._batch_index == 0:
                self._epoch_cost = 0.8 * self._epoch_cost + 0.2 * (recorded - started) if self._epoch_cost else \
                    recorded - started
            # Every epoch while an evaluation costs at most RECORD_SHARE of an epoch; on networks
            # where it costs more (XOR: about a step), every k-th epoch, evenly. Slowed down
            # (deadline None) and in a run's first epochs, every epoch.
            stride = max(1, math.ceil(self._record_cost / (RECORD_SHARE * self._epoch_cost))) \
                if self._epoch_cost > 0 else 1
            if self._batch_index == 0 and record and self.state != DIVERGED and \
                    (deadline is None or self.epoch <= ALWAYS_RECORDED_EPOCHS or self.epoch % stride == 0):
                self._record_epoch()
                cost = clock() - recorded
                self._record_cost = 0.8 * self._record_cost + 0.2 * cost if self._record_cost else cost
            if (deadline is None or self.state == DIVERGED or self._stop_serial != stop_serial or self.finished
                    or self._batch_index != 0 or time.perf_counter() >= deadline):
                return

    def _record_epoch(self) -> None:
        if self._epoch_records and self._epoch_records[-1][0] == self.step:
            return
        train_loss, test_loss, train_acc, test_acc = self._metrics()
        nan = math.nan
        self._epoch_records.append((self.step, train_loss, nan if test_loss is None else test_loss,
                                    nan if train_acc is None else train_acc, nan if test_acc is None else test_acc))

    def _metrics(self) -> tuple[float, float | None, float | None, float | None]:
        """Loss and accuracy on the running snapshots' evaluation subsets, in one copy to Python."""
        model = self.model
        was_training = model.training
        model.train(False)
        try:
            with torch.no_grad():
                # One forward pass over both splits (eval mode: samples do not affect each other).
                n_train = len(self.x_train[self._eval_train])
                out = model(self._x_eval)
                out_tr, out_te = out[:n_train], out[n_train:]
                values = [self._loss_fn(out_tr, self.y_train[self._eval_train])]
                has_test = len(self.x_test) > 0
                if has_test:
                    values.append(self._loss_fn(out_te, self.y_test[self._eval_test]))
                if self.labels_train is not None:
                    values.append(self._accuracy(out_tr, self.labels_train[self._eval_train]))
                    if has_test:
                        values.append(self._accuracy(out_te, self.labels_test[self._eval_test]))
                numbers = torch.stack([v.float() for v in values]).tolist()
        finally:
            model.train(was_training)
        train_loss = numbers.pop(0)
        test_loss = numbers.pop(0) if has_test else None
        train_acc = numbers.pop(0) if self.labels_train is not None else None
        test_acc = numbers.pop(0) if self.labels_train is not None and has_test else None
        return train_loss, test_loss, train_acc, test_acc

    @staticmethod
    def _next_interval(wanted: float, cost: float, share: float) -> float:
        return min(max(wanted, cost / share), max(wanted, MAX_SNAPSHOT_INTERVAL))

    def train_steps(self, n: int, *, grid_size: int | None = None, neuron_grids: bool = False,
                    histograms: bool = False) -> Snapshot:
        """Exactly ``n`` optimizer steps (the Step button; the planned epochs do not limit them), then a
        full snapshot. Does nothing more once the run has diverged."""
        if self.state != DIVERGED:
            started = time.perf_counter()
            self._advance(int(n), None, stop_serial=None, respect_plan=False)
            self._check_climb()
            self.elapsed += time.perf_counter() - started
        if self.state != DIVERGED:
            self.state = FINISHED if self.finished else RUNNING
        return self._snapshot(self.state, full=True, grid_size=grid_size, neuron_grids=neuron_grids,
                              histograms=histograms)

    def snapshot(self, *, grid_size: int | None = None, neuron_grids: bool = False,
                 histograms: bool = False) -> Snapshot:
        """A full snapshot of the model now (every sample evaluated)."""
        return self._snapshot(self.state, full=True, grid_size=grid_size, neuron_grids=neuron_grids,
                              histograms=histograms)

    def weights_now(self) -> dict[str, tuple[np.ndarray, np.ndarray | None]]:
        """Each Dense/Output layer's (W [out, in], b [out] or None), copied to numpy."""
        out = {}
        for node_id in self.model.order:
            layer = self.model.layers[node_id]
            linear = getattr(layer, "linear", None)
            if linear is not None:
                bias = linear.bias.detach().cpu().numpy().copy() if linear.bias is not None else None
                out[node_id] = (linear.weight.detach().cpu().numpy().copy(), bias)
        return out

    def export_weights(self) -> dict:
        """The trained weights in the project file's format (for ``Project.weights``)."""
        from .project import weights_to_json

        return weights_to_json({k: v.detach().cpu() for k, v in self.model.state_dict().items()})

    def load_weights(self, weights: dict) -> None:
        """Start from saved weights (``Project.weights``); raises TrainerError when they do not fit."""
        from .project import weights_from_json

        try:
            tensors = weights_from_json(weights)
            self.model.load_state_dict({k: v.to(self.device) for k, v in tensors.items()})
        except Exception as exc:  # a ProjectError, or shapes that belong to another network
            raise TrainerError(f"The saved weights do not fit this network ({exc}); train it afresh.") from None

    # ------------------------------------------------------------------ snapshots

    def _evaluate(self, full: bool):
        """(train loss, test loss, train accuracy, test accuracy, hidden outputs on training samples)."""
        model = self.model
        was_training = model.training
        model.train(False)
        try:
            with torch.no_grad():
                tr = slice(None) if full else self._eval_train
                te = slice(None) if full else self._eval_test
                x_tr = self.x_train[tr]
                stats_x = x_tr[:STATS_SAMPLES]
                outputs = model.hidden_outputs(stats_x)
                out_stats = outputs[model.output_id]
                out_tr = out_stats if len(stats_x) == len(x_tr) else model(x_tr)
                values = [self._loss_fn(out_tr, self.y_train[tr])]
                has_test = len(self.x_test) > 0
                out_te = None
                if has_test:
                    out_te = model(self.x_test[te])
                    values.append(self._loss_fn(out_te, self.y_test[te]))
                self._eval_outputs = (out_tr, out_te, tr, te)  # for the metrics of the snapshot
                if self.labels_train is not None:
                    values.append(self._accuracy(out_tr, self.labels_train[tr]))
                    if has_test:
                        values.append(self._accuracy(out_te, self.labels_test[te]))
                numbers = torch.stack([v.float() for v in values]).tolist()
        finally:
            model.train(was_training)
        train_loss = numbers.pop(0)
        test_loss = numbers.pop(0) if has_test else None
        train_acc = test_acc = None
        if self.labels_train is not None:
            train_acc = numbers.pop(0)
            test_acc = numbers.pop(0) if has_test else None
        return train_loss, test_loss, train_acc, test_acc, outputs

    def _accuracy(self, out: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        head = self.model.head
        if head == "softmax":
            predicted = out.argmax(dim=1)
        else:
            predicted = (out[:, 0] >= 0).long() if head == "step" else (out[:, 0] > 0).long()
        return (predicted == labels).float().mean()

    def _snapshot(self, state: str, *, full: bool, grid_size: int | None, neuron_grids: bool,
                  histograms: bool) -> Snapshot:
        now = time.perf_counter()
        if not self.device.type == "cpu":
            self._check_losses_on_device()
            if self.state == DIVERGED:
                state = DIVERGED
        losses = np.asarray(self._losses, dtype=np.float32)
        steps = np.arange(self._losses_first_step, self._losses_first_step + len(losses), dtype=np.int64)
        self._losses.clear()
        self._losses_first_step = self.step + 1
        records = np.asarray(self._epoch_records, dtype=np.float64).reshape(-1, 5)
        self._epoch_records.clear()
        if self._last_snapshot_time is not None and self.step > self._last_snapshot_step:
            rate = (self.step - self._last_snapshot_step) / max(now - self._last_snapshot_time, 1e-9)
        else:
            rate = self.step / self.elapsed if self.elapsed > 0 else 0.0
        self._last_snapshot_time, self._last_snapshot_step = now, self.step

        train_loss, test_loss, train_acc, test_acc, outputs = self._evaluate(full)
        grad_norms, grad_mean_abs = self._layer_stats.gradients()
        snap = Snapshot(
            state=state, epoch=self.epoch, epochs=self.settings["epochs"], step=self.step, elapsed=self.elapsed,
            steps_per_second=rate, new_steps=steps, new_losses=losses, train_loss=train_loss,
            test_loss=test_loss, train_accuracy=train_acc, test_accuracy=test_acc,
            layer_names=list(self._param_layers), grad_norms=grad_norms, grad_mean_abs=grad_mean_abs,
            weight_norms=self._layer_stats.weights(),
            activation_stats=probes.activation_stats({n: a for n, a in outputs.items()
                                                      if self.model.kinds[n] != "input"}, self._unit_activations),
            diverged_layer=self.diverged_layer if state == DIVERGED else None,
            message=self.message if state == DIVERGED else (self.device_note if self.step == 0 else ""),
            full=full, epoch_steps=records[:, 0].astype(np.int64), epoch_metrics=records[:, 1:],
        )
        if self._small_weights:
            snap.weights = self.weights_now()
        try:
            snap.diagnosis = diagnose(snap.layer_names, grad_norms, snap.weight_norms, self.settings["learning_rate"],
                                      output=self.model.output_id, activations=self._unit_activations,
                                      activation_stats=snap.activation_stats, accuracy=train_acc)
        except (ArithmeticError, ValueError):
            # Advice only: numbers it has no words for (a run going wrong) must never stop training.
            snap.diagnosis = None
        if state == FINISHED and self.stop_reason:
            snap.message = self.stop_reason
        self._add_metrics(snap, self._eval_outputs)
        if grid_size and self.dataset.extent is not None and self.dataset.has_plane:
            inputs = self.grid_inputs(grid_size)
            if neuron_grids:
                snap.grid, snap.neuron_grids = probes.plane_grids(self.model, inputs, grid_size)
            else:
                snap.grid = probes.decision_grid(self.model, inputs, grid_size)
            snap.grid_extent = tuple(self.dataset.extent)
        if histograms:
            snap.histograms = probes.histograms(self.model, outputs)
        return snap

    def histograms_now(self) -> dict:
        """The weight and activation histograms of the network as it is now, for a view opened after
        a run (snapshots carry them only while that view is visible)."""
        *_metrics, outputs = self._evaluate(False)
        return probes.histograms(self.model, outputs)

    def grid_inputs(self, size: int) -> torch.Tensor:
        """The network inputs for a size x size grid of the plane, on the device (made once per size)."""
        inputs = self._grid_inputs.get(size)
        if inputs is None:
            inputs = self._grid_inputs[size] = probes.grid_inputs(self.dataset, size, self.device)
        return inputs
