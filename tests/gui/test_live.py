"""Live training in the real main window: train, pause, resume, step, stop, reset, edits while
training, divergence, closing, devices. Waits on signals (never sleeps)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from guinet.core.snapshot import DIVERGED, FINISHED

# The offscreen platform says this when a shown window's size limits change (not guinet's fault).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = 10_000_000   # epochs for runs that a test stops itself


# open_window (tests/gui/conftest.py) opens the real main window, not persisting settings, on an example.


def _wait_state(qtbot, live, state, timeout=30_000):
    if live.state != state:
        with qtbot.waitSignal(live.state_changed, timeout=timeout, check_params_cb=lambda s: s == state):
            pass


def _wait_ended(qtbot, live, timeout=60_000):
    with qtbot.waitSignal(live.session_ended, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def _wait_steps(qtbot, live, at_least: int, timeout=30_000):
    qtbot.waitUntil(lambda: live.last_snapshot is not None and live.last_snapshot.step >= at_least, timeout=timeout)


@pytest.mark.slow
def test_training_xor_in_the_window_reaches_accuracy_one_and_feeds_every_plot(open_window, qtbot):
    window = open_window("xor-mlp")
    live = window.live
    live.histogram_dock.raise_()   # tabbed behind gradient flow by default: only shown plots get data
    qtbot.waitUntil(lambda: live.histogram_dock.isVisible(), timeout=5000)
    drawn = []
    live.snapshot_drawn.connect(drawn.append)
    with qtbot.waitSignal(live.session_ended, timeout=60_000) as ended:
        window.live.train_action.trigger()
    last = ended.args[0]
    assert last.state == FINISHED and live.state == "finished"
    assert last.train_accuracy == 1.0
    assert last.epoch == window.project.training_settings()["epochs"]
    # The loss curve holds every step, whatever snapshots were dropped on the way.
    assert len(live.loss_plot.batch) == last.step
    assert live.loss_plot.batch_curve.getData()[0] is not None
    assert live.boundary_plot.last_grid is not None and live.boundary_plot.last_grid.shape == (100, 100)
    assert set(live.gradflow_plot.last_norms) == set(last.layer_names)
    assert live.histogram_plot.shown_layer in last.layer_names
    assert any(s.neuron_grids for s in drawn)
    assert "epoch 400/400" in live.epoch_label.text() and live.progress.value() == live.progress.maximum()
    assert "steps/s" in live.rate_label.text()
    assert live.device_label.text().startswith("device:")
    assert live.train_action.text().replace("&", "") == "Train"


def test_pause_step_resume_stop_continue_and_reset(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.toggle()
    _wait_steps(qtbot, live, 5)
    assert live.state == "running" and live.train_action.text().replace("&", "") == "Pause"
    live.toggle()                                   # Pause
    _wait_state(qtbot, live, "paused")
    assert live.train_action.text().replace("&", "") == "Resume"
    qtbot.waitUntil(lambda: live.worker.take_snapshot() is None, timeout=5000)
    paused_at = live.worker.trainer.step
    with qtbot.waitSignal(live.snapshot_drawn, timeout=10_000):
        live.step_action.trigger()                  # one optimizer step, then paused again
    assert live.last_snapshot.step == paused_at + 1
    assert live.state == "paused"
    live.toggle()                                   # Resume
    _wait_steps(qtbot, live, paused_at + 20)
    live.stop_action.trigger()
    last = _wait_ended(qtbot, live)
    assert live.state == "stopped" and last.state == "stopped"
    assert live.worker is None
    stopped_at = last.step
    # Train after Stop continues from the same weights and step.
    with qtbot.waitSignal(live.snapshot_drawn, timeout=30_000) as first:
        live.start()
    assert first.args[0].step >= stopped_at
    live.stop()
    _wait_ended(qtbot, live)
    # Reset: new weights, step 0, and the last run's curves kept faintly.
    live.reset_action.trigger()
    assert live.state == "idle" and live.trainer.step == 0
    assert live.loss_plot.previous is not None and len(live.loss_plot.previous["batch"]) > 0
    assert len(live.loss_plot.batch) == 0


def test_step_from_idle_takes_exactly_one_step(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    with qtbot.waitSignal(live.snapshot_drawn, timeout=30_000, check_params_cb=lambda s: s.step == 1):
        live.step()
    _wait_state(qtbot, live, "paused")
    assert len(live.loss_plot.batch) == 1
    live.stop()
    _wait_ended(qtbot, live)


def test_closing_the_window_while_training_stops_and_joins(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.start()
    _wait_steps(qtbot, live, 5)
    worker = live.worker
    window.undo_stack.setClean()
    window.close()
    assert live.worker is None
    assert not worker.thread.isRunning()   # joined before close returned, with no prompt


@pytest.mark.slow
def test_a_diverging_run_pauses_and_explains(open_window, qtbot):
    window = open_window("regression-plane", optimizer="sgd", learning_rate=10.0)
    live = window.live
    live.start()
    last = _wait_ended(qtbot, live)
    assert last.state == DIVERGED and live.state == "diverged"
    box = live.divergence_box
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    text = box.text() + box.informativeText()
    assert last.diverged_layer and last.diverged_layer in text
    for advice in ("learning rate", "clipping", "normalization"):
        assert advice in text
    assert live.loss_plot.divergence_lines                 # the loss plot marks the step
    assert "diverged" in window.statusBar().currentMessage()
    # Lowering the learning rate and training again starts from new weights and learns.
    box.close()
    window.project.set_training("learning_rate", 0.01)
    live.start()
    again = _wait_ended(qtbot, live)
    assert again.state == FINISHED


def test_learning_rate_changes_reach_the_running_trainer(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.start()
    _wait_steps(qtbot, live, 5)
    window.project.set_training("learning_rate", 0.0015)
    qtbot.waitUntil(lambda: live.worker.trainer.settings["learning_rate"] == 0.0015, timeout=10_000)
    assert all(g["lr"] == 0.0015 for g in live.worker.trainer.optimizer.param_groups)
    live.stop()
    _wait_ended(qtbot, live)


@pytest.mark.parametrize("answer", [False, True])
def test_editing_the_network_while_training_asks_to_stop(open_window, qtbot, monkeypatch, answer):
    from guinet.gui.commands import SetParamCommand

    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    asked = []
    monkeypatch.setattr(live, "confirm_stop_for_edit", lambda: asked.append(1) or answer)
    live.start()
    _wait_steps(qtbot, live, 5)
    window.undo_stack.push(SetParamCommand(window.project, "dense_1", "units", 7))
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    if answer:
        assert live.worker is None and live.state == "stopped"
        assert window.project.graph.nodes["dense_1"].resolved()["units"] == 7   # the edit stands
        # Training again builds the edited network from new weights.
        live.start()
        _wait_steps(qtbot, live, 1)
        assert live.trainer.model.layers["dense_1"].linear.out_features == 7
        live.stop()
        _wait_ended(qtbot, live)
    else:
        qtbot.waitUntil(lambda: window.project.graph.nodes["dense_1"].resolved()["units"] == 4, timeout=5000)
        assert live.state == "running"                   # the edit was undone; training goes on
        live.stop()
        _wait_ended(qtbot, live)


def test_moving_a_layer_while_training_does_not_ask(open_window, qtbot, monkeypatch):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    monkeypatch.setattr(live, "confirm_stop_for_edit", lambda: pytest.fail("a move must not ask"))
    live.start()
    _wait_steps(qtbot, live, 5)
    window.project.graph.move_node("dense_1", (10.0, 20.0))
    _wait_steps(qtbot, live, live.last_snapshot.step + 5)
    assert live.state == "running"
    live.stop()
    _wait_ended(qtbot, live)


def test_train_blocking_draws_the_final_snapshot(open_window, qtbot):
    window = open_window("xor-mlp")
    live = window.live
    last = live.train_blocking(30)
    assert last.state == FINISHED and last.epoch == 30
    assert live.last_snapshot is last and len(live.loss_plot.batch) == 30
    assert live.boundary_plot.last_grid is not None
    assert live.state == "finished"


def test_a_network_with_problems_does_not_start_and_says_why(open_window, qtbot):
    window = open_window("xor-mlp")
    window.project.graph.remove_edge("dense_1", "output")
    assert window.problems()
    assert window.live.start() is False
    assert window.live.worker is None
    assert "Cannot train" in window.statusBar().currentMessage()


def test_actions_menu_toolbar_and_shortcuts(open_window):
    window = open_window()
    live = window.live
    names = [a.objectName() for a in window.menus["train"].actions()]
    assert names[:4] == ["action_train", "action_step", "action_stop", "action_reset"]
    assert all(a in window.toolbar.actions() for a in live.actions.values())
    keys = {n: [k.toString() for k in a.shortcuts()] for n, a in live.actions.items()}
    assert keys == {"train": ["Ctrl+Return", "F5"], "step": ["F10"], "stop": ["Shift+F5"], "reset": ["Ctrl+R"]}
    assert not live.stop_action.isEnabled()


def test_cuda_project_trains_on_the_cpu_here_after_saying_so(open_window, qtbot):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA; the fallback is for machines without it")
    window = open_window("xor-mlp", device="cuda", epochs=20)
    live = window.live
    live.start()
    last = _wait_ended(qtbot, live)
    assert last.state == FINISHED and live.trainer.device.type == "cpu"
    assert "CUDA" in live.device_label.toolTip()
    assert live.device_label.text().endswith("⚠")


def test_device_list_matches_torch_and_the_status_bar_names_it(open_window, qtbot):
    import torch

    from guinet.core.devices import available_devices, device_label

    devices = available_devices()
    assert devices[0].kind == "cpu"
    cuda = [d for d in devices if d.kind == "cuda"]
    assert len(cuda) == (torch.cuda.device_count() if torch.cuda.is_available() else 0)
    for index, info in enumerate(cuda):
        assert torch.cuda.get_device_name(index) in info.label and "CUDA" in info.label
    window = open_window("xor-mlp", epochs=5)
    live = window.live
    live.start()
    _wait_ended(qtbot, live)
    assert live.device_label_text == device_label(live.trainer.device)
    assert live.device_label_text in [d.label for d in devices]
    # The status bar also says how many torch threads the run uses, and why in its tooltip.
    assert live.device_label.text().endswith(" · 1 thread")
    assert "small" in live.device_label.toolTip()
    # On the CPU the bar says only "CPU" (the cores and architecture are in the tooltip): the long
    # label left the status messages no room at 1024 px.
    assert live.device_label.text() == "device: CPU · 1 thread"
    assert live.device_label_text in live.device_label.toolTip()


def test_each_frame_redraws_the_loss_and_at_most_one_other_view(open_window, qtbot, monkeypatch):
    """The GUI thread's Python is time the trainer waits for (the GIL): a frame draws the loss curve
    and, in turn, one other view; over a second every view still gets its turn."""
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.histogram_dock.raise_()
    qtbot.waitUntil(lambda: live.histogram_dock.isVisible(), timeout=5000)
    counts = {"neurons": 0, "status": 0}
    set_images = window.canvas.set_neuron_images
    update_status = live._update_status

    def count(name, real):
        def wrapper(*args):
            counts[name] += 1
            return real(*args)
        return wrapper

    monkeypatch.setattr(window.canvas, "set_neuron_images", count("neurons", set_images))
    monkeypatch.setattr(live, "_update_status", count("status", update_status))
    frames = []

    def drawn(snap):
        frames.append((snap, live.loss_plot.draw_count, live.boundary_plot.draw_count,
                       live.gradflow_plot.draw_count, live.histogram_plot.draw_count,
                       counts["neurons"], counts["status"]))

    live.snapshot_drawn.connect(drawn)
    live.start()
    qtbot.waitUntil(lambda: len(frames) >= 40, timeout=60_000)
    live.stop()
    _wait_ended(qtbot, live)
    running = [(a, b) for a, b in zip(frames, frames[1:]) if not b[0].done and b[0].step > 0]
    assert len(running) >= 30
    for before, after in running:
        assert after[1] == before[1] + 1                          # the loss curve: every frame
        others = [after[i] - before[i] for i in range(2, 7)]
        assert sum(others) <= 1, others
    for i in range(2, 7):                                          # and every view had turns
        assert frames[-1][i] > frames[0][i]
    # Every step's loss is on the curve, though views were skipped.
    assert len(live.loss_plot.batch) == frames[-1][0].step
