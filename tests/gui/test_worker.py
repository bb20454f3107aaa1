"""TrainingWorker: a QThread-hosted worker that pulls a trainer's snapshots, coalesces them for the GUI
and honours pause, resume, step and stop. Tested with a fake trainer that follows the Trainer
contract, so these tests say what the worker does regardless of the engine."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from guinet.core.snapshot import DIVERGED, FINISHED, RUNNING, STOPPED, Snapshot
from guinet.gui.worker import TrainingWorker, display_neuron_grids, merge_snapshots


class FakeTrainer:
    """Takes `per_snapshot` fake steps per snapshot; loss at step s is 1/s."""

    def __init__(self, total_steps: int | None = 200, per_snapshot: int = 5, diverge_at: int | None = None,
                 fail_at: int | None = None) -> None:
        self.step = 0
        self.total_steps = total_steps
        self.per_snapshot = per_snapshot
        self.diverge_at = diverge_at
        self.fail_at = fail_at
        self._stop = False
        self.requested: list[tuple[str, object]] = []
        self.run_calls = 0
        self.thread_names: set[str] = set()
        self.options: dict | None = None

    def _steps(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        steps = np.arange(self.step + 1, self.step + n + 1)
        self.step += n
        return steps, (1.0 / steps).astype(np.float32)

    def _snap(self, state, steps=None, losses=None, grid_size=None, **_):
        snap = Snapshot(state=state, epoch=self.step, epochs=self.total_steps or 0, step=self.step, elapsed=0.0,
                        steps_per_second=100.0, train_loss=1.0 / max(self.step, 1))
        if steps is not None:
            snap.new_steps, snap.new_losses = steps, losses
        if grid_size:
            snap.grid = np.full((grid_size, grid_size), 0.5, np.float32)
        return snap

    def run(self, *, snapshot_every_s, grid_size=None, neuron_grids=False, histograms=False):
        self.run_calls += 1
        self.options = dict(snapshot_every_s=snapshot_every_s, grid_size=grid_size, neuron_grids=neuron_grids,
                            histograms=histograms)
        self.thread_names.add(threading.get_ident())
        yield self._snap(RUNNING, grid_size=grid_size)
        while True:
            if self._stop:
                self._stop = False
                yield self._snap(STOPPED, grid_size=grid_size)
                return
            if self.fail_at is not None and self.step >= self.fail_at:
                raise RuntimeError("fake failure")
            steps, losses = self._steps(self.per_snapshot)
            if self.diverge_at is not None and self.step >= self.diverge_at:
                losses[-1] = np.nan
                yield self._snap(DIVERGED, steps, losses, grid_size=grid_size)
                return
            if self.total_steps is not None and self.step >= self.total_steps:
                yield self._snap(FINISHED, steps, losses, grid_size=grid_size)
                return
            yield self._snap(RUNNING, steps, losses, grid_size=grid_size)

    def train_steps(self, n, *, grid_size=None, neuron_grids=False, histograms=False):
        self.thread_names.add(threading.get_ident())
        steps, losses = self._steps(n)
        return self._snap(RUNNING, steps, losses, grid_size=grid_size)

    def snapshot(self, **kwargs):
        return self._snap(RUNNING, **kwargs)

    def stop(self):
        self._stop = True

    def request_setting(self, key, value):
        self.requested.append((key, value))


class Collector:
    """Takes every snapshot the worker offers, as the GUI does."""

    def __init__(self, worker: TrainingWorker) -> None:
        self.worker = worker
        self.snapshots: list[Snapshot] = []
        worker.snapshot_ready.connect(self.take)

    def take(self) -> None:
        snap = self.worker.take_snapshot()
        if snap is not None:
            self.snapshots.append(snap)

    def steps(self) -> np.ndarray:
        return np.concatenate([s.new_steps for s in self.snapshots]) if self.snapshots else np.zeros(0)


@pytest.fixture(autouse=True)
def join_workers(monkeypatch):
    """Whatever a test asserts, its worker threads end before the leftover-thread check runs."""
    started = []
    original = TrainingWorker.start

    def start(self):
        started.append(self)
        return original(self)

    monkeypatch.setattr(TrainingWorker, "start", start)
    yield
    for worker in started:
        worker.join(5000)


def _wait_state(qtbot, worker, state, timeout=5000):
    if worker.state == state:
        return
    with qtbot.waitSignal(worker.state_changed, timeout=timeout, check_params_cb=lambda s: s == state):
        pass


def _finish(qtbot, worker, collector=None, timeout=10_000):
    if worker.is_running():
        with qtbot.waitSignal(worker.finished, timeout=timeout):
            pass
    assert worker.join(5000)
    if collector is not None:
        collector.take()


def test_runs_on_its_own_thread_and_delivers_every_loss(qtbot):
    trainer = FakeTrainer(total_steps=500, per_snapshot=1)
    worker = TrainingWorker(trainer, grid_size=8)
    collector = Collector(worker)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert worker.join()
    collector.take()
    # Every step's loss arrives exactly once, in order, however many snapshots were dropped.
    np.testing.assert_array_equal(collector.steps(), np.arange(1, 501))
    assert collector.snapshots[-1].state == FINISHED
    assert collector.snapshots[-1].grid.shape == (8, 8)
    assert trainer.options["grid_size"] == 8
    assert threading.main_thread().ident not in trainer.thread_names


def test_coalescing_emits_once_and_merges_losses(qtbot):
    trainer = FakeTrainer()
    worker = TrainingWorker(trainer)
    emitted = []
    worker._snapshot_posted.connect(lambda: emitted.append(1))  # the signal behind snapshot_ready
    a = trainer._snap(RUNNING, *trainer._steps(3), grid_size=4)
    b = trainer._snap(RUNNING, *trainer._steps(2))
    worker._publish(a)
    worker._publish(b)
    assert len(emitted) == 1          # the second waits behind the first, unsignalled
    snap = worker.take_snapshot()
    assert snap.step == 5
    np.testing.assert_array_equal(snap.new_steps, [1, 2, 3, 4, 5])
    assert snap.grid is not None      # kept from the older snapshot, which had one
    assert worker.take_snapshot() is None
    worker._publish(trainer._snap(RUNNING, *trainer._steps(1)))
    assert len(emitted) == 2          # taken, so the next one signals again


def test_merge_keeps_newest_numbers():
    older = Snapshot(state=RUNNING, epoch=1, epochs=9, step=2, elapsed=0.1, steps_per_second=1.0,
                     new_steps=np.array([1, 2]), new_losses=np.array([0.5, 0.4], np.float32), train_loss=0.4)
    newer = Snapshot(state=FINISHED, epoch=2, epochs=9, step=3, elapsed=0.2, steps_per_second=2.0,
                     new_steps=np.array([3]), new_losses=np.array([0.3], np.float32), train_loss=0.3)
    merged = merge_snapshots(older, newer)
    assert merged.state == FINISHED and merged.step == 3 and merged.train_loss == 0.3
    np.testing.assert_allclose(merged.new_losses, [0.5, 0.4, 0.3])


def test_pause_step_resume_stop(qtbot):
    trainer = FakeTrainer(total_steps=None, per_snapshot=3)
    worker = TrainingWorker(trainer)
    collector = Collector(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(collector.snapshots) > 2, timeout=5000)
    worker.pause()
    _wait_state(qtbot, worker, "paused")
    collector.take()
    paused_at = trainer.step
    # Paused: everything taken has been reported and nothing more is trained.
    assert collector.snapshots[-1].step == paused_at
    with qtbot.waitSignal(worker.snapshot_ready, timeout=5000):
        worker.step(1)
    collector.take()
    assert trainer.step == paused_at + 1
    assert collector.snapshots[-1].step == paused_at + 1
    runs_before = trainer.run_calls
    worker.resume()
    qtbot.waitUntil(lambda: trainer.step > paused_at + 10, timeout=5000)
    assert trainer.run_calls == runs_before + 1   # resuming continues with a fresh run()
    worker.stop()
    _finish(qtbot, worker, collector)
    assert collector.snapshots[-1].state == STOPPED
    steps = collector.steps()
    np.testing.assert_array_equal(steps, np.arange(1, len(steps) + 1))


def test_start_paused_with_one_step(qtbot):
    trainer = FakeTrainer(total_steps=None)
    worker = TrainingWorker(trainer, start_paused=True, steps=1)
    collector = Collector(worker)
    with qtbot.waitSignal(worker.snapshot_ready, timeout=5000):
        worker.start()
    _wait_state(qtbot, worker, "paused")
    collector.take()
    assert trainer.step == 1 and trainer.run_calls == 0
    worker.stop()
    _finish(qtbot, worker)


def test_stop_while_paused_ends_promptly(qtbot):
    worker = TrainingWorker(FakeTrainer(total_steps=None), start_paused=True)
    worker.start()
    _wait_state(qtbot, worker, "paused")
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.stop()
    assert worker.join(5000)


def test_join_while_running_stops_the_thread(qtbot):
    worker = TrainingWorker(FakeTrainer(total_steps=None))
    worker.start()
    _wait_state(qtbot, worker, "running")
    assert worker.join(5000)
    assert not worker.thread.isRunning()


def test_divergence_ends_the_session(qtbot):
    trainer = FakeTrainer(total_steps=None, diverge_at=20)
    worker = TrainingWorker(trainer)
    collector = Collector(worker)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    worker.join()
    collector.take()
    assert collector.snapshots[-1].state == DIVERGED


def test_trainer_failure_is_reported_not_lost(qtbot):
    worker = TrainingWorker(FakeTrainer(total_steps=None, fail_at=10))
    with qtbot.waitSignals([worker.failed, worker.finished], timeout=5000):
        worker.start()
    worker.join()
    assert "fake failure" in worker.error


def test_factory_runs_on_the_worker_and_gets_early_settings(qtbot):
    made = []

    def factory():
        made.append(threading.get_ident())
        return FakeTrainer(total_steps=10)

    worker = TrainingWorker(factory=factory)
    worker.request_setting("learning_rate", 0.5)   # before the trainer exists: kept, then forwarded
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    worker.join()
    assert made and made[0] != threading.main_thread().ident
    assert worker.trainer.requested == [("learning_rate", 0.5)]


def test_request_setting_forwards_while_running(qtbot):
    trainer = FakeTrainer(total_steps=None)
    worker = TrainingWorker(trainer)
    worker.start()
    _wait_state(qtbot, worker, "running")
    worker.request_setting("learning_rate", 0.01)
    worker.join()
    assert ("learning_rate", 0.01) in trainer.requested


def test_worker_needs_a_trainer():
    with pytest.raises(ValueError):
        TrainingWorker()


def test_display_neuron_grids_thins_and_scales():
    grids = {"dense_1": np.stack([np.full((96, 96), 4.0), np.zeros((96, 96)), np.full((96, 96), np.nan)])}
    out = display_neuron_grids(grids, 32)["dense_1"]
    assert out.shape == (3, 32, 32)
    assert out[0].max() == 1.0 and not out[1].any() and np.isfinite(out).all()
