"""Training on a background thread: a worker QObject, moved to a QThread, pulls snapshots from the
core trainer's ``run()`` generator and hands the newest one to the GUI thread.

Threading rules (DESIGN.md, habits 4 and 5):

* Only the worker touches the trainer (and so the model) while the thread runs; the GUI reads the
  snapshots it is handed, which are plain numpy data.
* The worker never touches a widget. It stores the newest snapshot and emits ``snapshot_ready``
  only when no earlier signal is still waiting to be handled, so at most one is queued: if the GUI
  draws slower than the trainer reports, older snapshots are dropped, but their per-step losses are
  merged into the newest one so the loss curve loses nothing.
* Pause, resume, step and stop are requests, honoured between snapshots (at most ~1/30 s apart):
  cancellation is cooperative, never a killed thread.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import traceback
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from ..core.snapshot import RUNNING, Snapshot

RUNNING_STATE, PAUSED = "running", "paused"


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """``newer`` carrying ``older``'s per-step losses too (and its grids when it has none)."""
    changes: dict[str, Any] = {}
    if len(older.new_losses):
        changes["new_steps"] = np.concatenate([np.asarray(older.new_steps), np.asarray(newer.new_steps)])
        changes["new_losses"] = np.concatenate([np.asarray(older.new_losses), np.asarray(newer.new_losses)])
    if len(older.epoch_steps):
        changes["epoch_steps"] = np.concatenate([np.asarray(older.epoch_steps), np.asarray(newer.epoch_steps)])
        changes["epoch_metrics"] = np.concatenate([np.asarray(older.epoch_metrics).reshape(-1, 4),
                                                   np.asarray(newer.epoch_metrics).reshape(-1, 4)])
    for name in ("grid", "grid_extent", "neuron_grids", "histograms"):
        if getattr(newer, name) is None and getattr(older, name) is not None:
            changes[name] = getattr(older, name)
    return dataclasses.replace(newer, **changes) if changes else newer


def display_neuron_grids(grids: dict[str, np.ndarray], size: int = 32) -> dict[str, np.ndarray]:
    """Per-neuron grids (units, G, G) thinned to about size x size and scaled unit by unit into
    [-1, 1] by the largest |value| (non-finite values become 0)."""
    out = {}
    for node_id, g in grids.items():
        g = np.asarray(g, dtype=np.float32)
        stride = max(1, g.shape[-1] // size) if g.ndim == 3 else 1
        if stride > 1:
            g = g[:, ::stride, ::stride]
        g = np.nan_to_num(g, nan=0.0, posinf=0.0, neginf=0.0)
        peak = np.abs(g).reshape(g.shape[0], -1).max(axis=1) if g.size else np.zeros(0, np.float32)
        peak = np.where(peak > 0, peak, 1.0).astype(np.float32)
        out[node_id] = np.ascontiguousarray(g / peak[:, None, None])
    return out


class _GuiRelay(QObject):
    """Lives in the GUI thread and re-emits the worker's news there. Signals emitted on the worker
    thread would call plain Python callables (lambdas, test helpers) on that thread; re-emitting
    from the GUI thread makes every listener safe, whatever it is."""

    snapshot_ready = Signal()
    state_changed = Signal(str)
    finished = Signal()
    failed = Signal(str)

    @Slot()
    def relay_snapshot(self) -> None:
        self.snapshot_ready.emit()

    @Slot(str)
    def relay_state(self, state: str) -> None:
        self.state_changed.emit(state)

    @Slot()
    def relay_finished(self) -> None:
        self.finished.emit()

    @Slot(str)
    def relay_failed(self, message: str) -> None:
        self.failed.emit(message)


class TrainingWorker(QObject):
    """Runs one training session of a trainer (see ``guinet.core.trainer.Trainer``) on a QThread.

    Create it without a parent, then ``start()`` it: it moves itself to a new QThread. Control it
    from the GUI thread with ``pause``, ``resume``, ``step``, ``stop`` and ``request_setting``;
    collect snapshots with ``take_snapshot`` when ``snapshot_ready`` arrives; ``join`` waits for the
    thread to end.
    """

    # Emitted on the worker thread; relayed to the GUI thread (see the properties below).
    _snapshot_posted = Signal()
    _state_posted = Signal(str)
    _finished_posted = Signal()
    _failed_posted = Signal(str)

    def __init__(self, trainer: Any = None, *, factory: Callable[[], Any] | None = None,
                 start_paused: bool = False, steps: int = 0, snapshot_every_s: float = 1 / 30,
                 grid_size: int | None = None, neuron_grids: bool = False, histograms: bool = False,
                 neuron_grid_size: int = 32, grid_every_s: float = 0.0, histograms_every_s: float = 0.0,
                 record_epochs: bool = False, epochs_per_second: float = 0.0) -> None:
        # No parent: a QObject with a parent cannot be moved to another thread.
        super().__init__(None)
        if trainer is None and factory is None:
            raise ValueError("TrainingWorker needs a trainer or a factory that makes one")
        self.trainer = trainer
        self._factory = factory
        self.run_options = {"snapshot_every_s": snapshot_every_s, "grid_size": grid_size,
                            "neuron_grids": neuron_grids, "histograms": histograms,
                            "grid_every_s": grid_every_s, "histograms_every_s": histograms_every_s,
                            "record_epochs": record_epochs, "epochs_per_second": epochs_per_second}
        self.neuron_grid_size = neuron_grid_size
        self._cond = threading.Condition()
        self._paused = start_paused
        self._steps = max(0, int(steps))
        self._stopping = False
        self._settings: list[tuple[str, Any]] = []
        self._new_options: dict[str, Any] | None = None
        self._done = False
        self._pending: Snapshot | None = None
        self._signal_queued = False
        self.last_snapshot: Snapshot | None = None   # the last one handed to the GUI (GUI thread only)
        self.error: str | None = None
        self.thread: QThread | None = None
        self.state = PAUSED if start_paused else RUNNING_STATE
        self.relay = _GuiRelay()
        queued = Qt.ConnectionType.QueuedConnection
        self._snapshot_posted.connect(self.relay.relay_snapshot, queued)
        self._state_posted.connect(self.relay.relay_state, queued)
        self._finished_posted.connect(self.relay.relay_finished, queued)
        self._failed_posted.connect(self.relay.relay_failed, queued)

    # Signals, all emitted in the GUI thread:
    @property
    def snapshot_ready(self):
        """A snapshot waits: call take_snapshot()."""
        return self.relay.snapshot_ready

    @property
    def state_changed(self):
        """"running" or "paused"."""
        return self.relay.state_changed

    @property
    def finished(self):
        """The session ended (finished, stopped, diverged or failed); its thread is quitting."""
        return self.relay.finished

    @property
    def failed(self):
        """The trainer raised: the message for the user (``finished`` follows)."""
        return self.relay.failed

    # ------------------------------------------------------------------ GUI thread

    def start(self) -> QThread:
        thread = QThread()
        thread.setObjectName("guinet-training")
        self.thread = thread
        self.moveToThread(thread)
        thread.started.connect(self.run)
        # Direct: quit() from the worker thread itself, so the thread's event loop ends even while
        # the GUI thread is blocked in join().
        self._finished_posted.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.start()
        return thread

    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._cond.notify_all()

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def step(self, n: int = 1) -> None:
        """Pauses (if running) and then takes n more optimizer steps."""
        with self._cond:
            self._paused = True
            self._steps += max(1, int(n))
            self._cond.notify_all()

    def stop(self) -> None:
        """Asks the session to end; prompt (the trainer checks between steps)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            # A trainer outlives its session: a stop request after the session ended would stop
            # the next one at its first step.
            trainer = self.trainer if not self._done else None
        if trainer is not None:
            trainer.stop()

    def request_setting(self, key: str, value: Any) -> None:
        """Live change (learning rate, l1, l2, clipping, optimizer params), applied between steps."""
        with self._cond:
            trainer = self.trainer
            if trainer is None:
                self._settings.append((key, value))
                return
        trainer.request_setting(key, value)

    def update_run_options(self, **options: Any) -> None:
        """Changes what snapshots carry (grid_size, neuron_grids, histograms) from the next snapshot
        on, e.g. when a plot's panel is shown or hidden."""
        unknown = set(options) - set(self.run_options)
        if unknown:
            raise TypeError(f"unknown run options: {', '.join(sorted(unknown))}")
        with self._cond:
            self._new_options = {**(self._new_options or self.run_options), **options}
            self._cond.notify_all()   # a run waiting for its next epoch (speed control) takes them now

    def take_snapshot(self) -> Snapshot | None:
        """The newest snapshot not yet taken (with the per-step losses of any dropped ones)."""
        with self._cond:
            snap, self._pending = self._pending, None
            self._signal_queued = False
        if snap is not None:
            self.last_snapshot = snap
        return snap

    def is_running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def join(self, timeout_ms: int = 30_000) -> bool:
        """Stops the session and waits for its thread; True when it has ended."""
        if self.thread is None:
            return True
        if self.thread.isRunning():
            self.stop()
        self.thread.quit()
        done = self.thread.wait(timeout_ms)
        return bool(done)

    # ------------------------------------------------------------------ worker thread

    @Slot()
    def run(self) -> None:
        generator = None
        try:
            if self.trainer is None:
                trainer = self._factory()
                with self._cond:
                    self.trainer = trainer
                    settings, self._settings = self._settings, []
                    stopping = self._stopping
                for key, value in settings:
                    trainer.request_setting(key, value)
                if stopping:
                    trainer.stop()
            trainer = self.trainer
            state = None
            while True:
                if generator is not None and self._pause_due():
                    # The last running snapshot is up to a frame old: paused, the views show the
                    # model exactly as it is (every sample evaluated). Made outside the lock, so
                    # the GUI thread never waits for it.
                    generator.close()
                    generator = None
                    self._publish_resting_snapshot(trainer)
                with self._cond:
                    if self._paused and not self._steps and not self._stopping:
                        if generator is not None:
                            # Paused runs end their generator, so the trainer's clocks (steps per
                            # second, elapsed time) do not count the pause; resuming starts another
                            # run() that continues from the same step.
                            generator.close()
                            generator = None
                        if state != PAUSED:
                            state = self.state = PAUSED
                            self._state_posted.emit(PAUSED)
                        while self._paused and not self._steps and not self._stopping:
                            self._cond.wait()
                    if self._stopping and generator is None:
                        break
                    steps, self._steps = (0, 0) if self._stopping else (self._steps, 0)
                    new_options, self._new_options = self._new_options, None
                if new_options is not None and new_options != self.run_options:
                    self.run_options = new_options
                    if generator is not None and not self._stopping:
                        # run() takes its options once: start another one, which continues
                        # from the same step.
                        generator.close()
                        generator = None
                if steps:
                    if generator is not None:
                        generator.close()
                        generator = None
                    snap = self._train_steps(trainer, steps)
                    self._publish(snap)
                    if snap.done:
                        break
                    continue
                if state != RUNNING_STATE:
                    state = self.state = RUNNING_STATE
                    self._state_posted.emit(RUNNING_STATE)
                if generator is None:
                    generator = trainer.run(**self._trainer_run_options())
                    epoch_due = time.monotonic()
                try:
                    snap = next(generator)
                except StopIteration:
                    generator = None
                    break
                self._publish(snap)
                if snap.done:
                    generator = None
                    break
                speed = self.run_options.get("epochs_per_second") or 0.0
                if speed > 0:
                    # The speed control: one epoch per snapshot, the next one due 1/speed s after
                    # this one. Waiting on the condition, so Pause, Step, Stop and a new speed
                    # take effect at once.
                    epoch_due = max(epoch_due + 1.0 / speed, time.monotonic() - 1.0 / speed)
                    with self._cond:
                        while not (self._paused or self._stopping or self._steps or self._new_options):
                            left = epoch_due - time.monotonic()
                            if left <= 0:
                                break
                            self._cond.wait(left)
        except Exception as exc:  # the trainer failed: say so in the GUI instead of losing the thread
            if isinstance(exc, ValueError) and str(exc):
                self.error = str(exc)   # the engine's errors (TrainerError, BuildError) speak to users
            else:
                self.error = f"{type(exc).__name__}: {exc}"
                traceback.print_exc()
            self._failed_posted.emit(self.error)
        finally:
            if generator is not None:
                generator.close()
            with self._cond:
                self._done = True
            # Hand the object back to the GUI thread so it is deleted there, then end the thread.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            self._finished_posted.emit()

    def _trainer_run_options(self) -> dict[str, Any]:
        # The pacing options only when set, so trainers without them (test doubles) still run.
        options = {k: v for k, v in self.run_options.items()
                   if k != "epochs_per_second" and (v or k not in ("grid_every_s", "histograms_every_s", "record_epochs"))}
        if self.run_options.get("epochs_per_second"):
            options["one_epoch_per_snapshot"] = True
        return options

    def _pause_due(self) -> bool:
        with self._cond:
            return self._paused and not self._steps and not self._stopping

    def _publish_resting_snapshot(self, trainer) -> None:
        snapshot = getattr(trainer, "snapshot", None)
        if snapshot is None:   # a test double without one
            return
        opts = self.run_options
        self._publish(snapshot(grid_size=opts["grid_size"], neuron_grids=opts["neuron_grids"],
                               histograms=opts["histograms"]))

    def _train_steps(self, trainer, steps: int) -> Snapshot:
        opts = self.run_options
        return trainer.train_steps(steps, grid_size=opts["grid_size"], neuron_grids=opts["neuron_grids"],
                                   histograms=opts["histograms"])

    def _publish(self, snap: Snapshot) -> None:
        if snap.neuron_grids:
            # Done here, not in the GUI thread: the canvas's tiles are small, so thin the grids out,
            # and scale each unit to [-1, 1] so ReLU and tanh units are equally visible.
            snap.neuron_grids = display_neuron_grids(snap.neuron_grids, self.neuron_grid_size)
        with self._cond:
            if self._pending is not None:
                snap = merge_snapshots(self._pending, snap)
            self._pending = snap
            emit = not self._signal_queued
            self._signal_queued = True
        if emit:
            self._snapshot_posted.emit()


__all__ = ["TrainingWorker", "merge_snapshots", "display_neuron_grids", "RUNNING_STATE", "PAUSED"]
