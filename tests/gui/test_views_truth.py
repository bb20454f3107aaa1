"""Every view shows the network on screen now, exactly as it is: after another example, Reset, a
deleted layer or new units nothing of the old network stays; paused and stepping, the views show
the model's state, not a frame from before; deep-sigmoid histograms and its diagnosis."""

from __future__ import annotations

import pytest

from guinet.gui.commands import RemoveNodesCommand, SetParamCommand

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = 10_000_000


# open_window (tests/gui/conftest.py) opens the real main window, not persisting settings, on an example.


def _step(qtbot, live, to_step: int):
    with qtbot.waitSignal(live.snapshot_drawn, timeout=30_000, check_params_cb=lambda s: s.step == to_step):
        live.step()


def _end(qtbot, live):
    if live.worker is not None:
        with qtbot.waitSignal(live.session_ended, timeout=30_000):
            live.stop()


def _bar_labels(live) -> list[str]:
    levels = live.gradflow_plot.bar_plot.getAxis("bottom")._tickLevels
    return [t[1] for t in levels[0]] if levels else []


def test_opening_another_example_leaves_nothing_of_the_old_network(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.histogram_dock.raise_()
    _step(qtbot, live, 1)
    _end(qtbot, live)
    assert _bar_labels(live) == ["dense_1", "output"]
    assert "dense_1" in live.histogram_plot.header_text
    window.undo_stack.setClean()
    assert window.open_example("regression-plane")
    # Nothing of xor-mlp: no bars, no labels, no layer header, no neuron tiles, a plain loss axis.
    assert live.gradflow_plot.layer_names == [] and _bar_labels(live) == []
    assert live.gradflow_plot.header_text == live.gradflow_plot.EMPTY_HEADER
    assert live.histogram_plot.header_text == live.histogram_plot.EMPTY_HEADER
    assert live.histogram_plot.weights_curve.getData()[1] is None or len(live.histogram_plot.weights_curve.getData()[1]) == 0
    assert not window.canvas.network_scene._images
    assert live.loss_plot.loss_plot.vb.viewRange()[1][1] <= 1.1
    _step(qtbot, live, 1)
    _end(qtbot, live)
    assert live.gradflow_plot.layer_names == live.last_snapshot.layer_names
    assert "dense_1" not in _bar_labels(live) or "dense_1" in window.project.graph.nodes


def test_deleting_a_layer_or_changing_units_clears_what_showed_the_old_network(open_window, qtbot):
    window = open_window("circle", epochs=LONG)
    live = window.live
    _step(qtbot, live, 1)
    _end(qtbot, live)
    assert "dense_2" in live.gradflow_plot.layer_names
    assert window.canvas.network_scene._images            # neuron tiles drawn
    window.undo_stack.push(SetParamCommand(window.project, "dense_1", "units", 3))
    assert live.gradflow_plot.layer_names == [] and not window.canvas.network_scene._images
    assert live.loss_plot.previous is not None            # the old curves stay, faint, as the previous run
    _step(qtbot, live, 1)
    _end(qtbot, live)
    window.undo_stack.push(RemoveNodesCommand(window.project, ["dense_2"]))
    assert live.gradflow_plot.layer_names == [] and live.boundary_plot.last_grid is None
    # Reset after the edit: the trainer is stale, so nothing is drawn until a new one trains.
    live.reset()
    assert "dense_2" not in live.gradflow_plot.layer_names


def test_paused_the_views_show_the_model_exactly(open_window, qtbot):
    window = open_window("xor-mlp", epochs=LONG)
    live = window.live
    live.start()
    qtbot.waitUntil(lambda: live.last_snapshot is not None and live.last_snapshot.step >= 20, timeout=30_000)
    with qtbot.waitSignal(live.snapshot_drawn, timeout=10_000, check_params_cb=lambda s: s.full):
        live.pause()
    qtbot.waitUntil(lambda: live.state == "paused", timeout=10_000)
    trainer = live.worker.trainer
    snap = live.last_snapshot
    assert snap.step == trainer.step and snap.epoch == trainer.epoch      # no lag at Pause
    assert live.epoch_label.text().startswith(f"epoch {trainer.epoch}/")
    assert live.rate_label.text() == "" and live.eta_label.text() == ""    # no "0 steps/s ETA 32:38:35"
    assert "Training on" not in window.statusBar().currentMessage()
    for _ in range(3):                                                     # the epoch counter moves with Step
        _step(qtbot, live, trainer.step + 1)
        assert live.epoch_label.text().startswith(f"epoch {trainer.epoch}/")
        assert live.gradflow_plot.last_norms and live.rate_label.text() == ""
    # The bars' axis is in decades, never the raw log10 values.
    ticks = live.gradflow_plot.bar_plot.getAxis("left")._tickLevels[0]
    assert ticks and all(label.startswith("10") for _, label in ticks)
    _end(qtbot, live)


@pytest.mark.slow
def test_deep_sigmoid_trains_with_histograms_in_front_says_vanishing_and_resets(open_window, qtbot):
    window = open_window("deep-sigmoid", epochs=30)
    live = window.live
    failures = []
    live.failed.connect(failures.append)
    live.histogram_dock.raise_()
    qtbot.waitUntil(lambda: live.histogram_dock.isVisible(), timeout=5000)
    with qtbot.waitSignal(live.session_ended, timeout=60_000) as ended:
        live.start()
    assert not failures and ended.args[0].state == "finished"
    assert live.histogram_plot.shown_layer is not None and live.histogram_plot.last_snapshot.histograms
    note = window.problems_panel.training_note()
    assert note and "vanishing" in note and "10^7-fold" in note
    assert "vanishing" in live.gradflow_plot.header_text
    live.reset()                     # was an uncaught ValueError from np.histogram
    assert not failures and live.histogram_plot.last_snapshot.step == 0


@pytest.mark.slow
def test_converged_xor_is_not_called_vanishing(open_window, qtbot):
    window = open_window("xor-mlp")
    live = window.live
    with qtbot.waitSignal(live.session_ended, timeout=60_000) as ended:
        live.start()
    assert ended.args[0].train_accuracy == 1.0
    assert window.problems_panel.training_note() is None
    assert "vanishing" not in live.gradflow_plot.header_text
    colours = {b.color().name() for b in live.gradflow_plot.bars.opts["brushes"]}
    from guinet.gui.plots.gradflow import VANISHING_COLOR
    assert VANISHING_COLOR not in colours


def test_the_speed_control_shows_xor_epoch_by_epoch(open_window, qtbot):
    import time

    window = open_window("xor-mlp")
    live = window.live
    assert live.speed_label.text() == "full speed"
    live.set_speed(10)
    assert live.epochs_per_second == 10 and live.speed_label.text() == "10 epochs/s"
    epochs = []
    live.snapshot_drawn.connect(lambda s: epochs.append((time.monotonic(), s.epoch)))
    started = time.monotonic()
    live.start()
    qtbot.waitUntil(lambda: bool(epochs) and epochs[-1][1] >= 16, timeout=30_000)
    seen = [e for _, e in epochs]
    assert seen == sorted(seen)
    # 16 epochs at 10 a second take at least 1.5 s (a busy machine only makes it slower), not the
    # few milliseconds of full speed.
    assert time.monotonic() - started >= 1.4
    # Every epoch's values are on the curves, one point each (a busy GUI may draw fewer frames,
    # never fewer points).
    xs = list(live.loss_plot.train_acc.xs)
    # (The step-0 evaluation may be merged away with a dropped frame; every epoch's record stays.)
    assert xs[0] <= 1 and xs == [float(e) for e in range(int(xs[0]), int(xs[0]) + len(xs))] and xs[-1] >= seen[-1]
    live.set_speed(0)                                                # full speed: the run finishes
    with qtbot.waitSignal(live.session_ended, timeout=60_000) as ended:
        pass
    assert ended.args[0].state == "finished"
    assert len(live.loss_plot.train) >= 50                           # not ~5 wall-clock samples


def test_text_is_readable_legends_follow_the_theme_and_gates_say_the_share_does_not_apply(open_window, qtbot):
    from guinet.gui import theme

    window = open_window("xor-mlp", epochs=40)
    live = window.live
    with qtbot.waitSignal(live.session_ended, timeout=60_000) as ended:
        live.start()
    last = ended.args[0]
    # Train and test loss and accuracy in the status bar, saying which is which.
    text = live.metrics_label.text()
    assert text.startswith("train ") and " · test " in text and f"{last.test_accuracy:.1%}" in text
    # The message beside it names the epochs only: no accuracy there that does not say which split.
    message = window.statusBar().currentMessage()
    assert message == f"Finished after {last.epoch} epochs." and "%" not in message
    # A narrow panel puts each part of its read-out on its own line instead of cutting it.
    plot = live.loss_plot
    plot.resize(260, 300)
    assert "<br>" in plot.header.text and "test" in plot.header.text
    plot.resize(1400, 300)
    assert "<br>" not in plot.header.text
    # The header is the curves' legend (no box over the data): each name in its curve's colour, also
    # after a switch to the dark theme, the rest of the text in the theme's light foreground.
    light = theme.colors()
    assert light.curve_primary in plot.header.text and light.curve_secondary in plot.header.text
    try:
        theme.apply_theme("dark")
        dark = theme.colors()
        assert dark.curve_primary in plot.header.text and dark.curve_secondary in plot.header.text
        assert light.curve_primary not in plot.header.text
        assert dark.plot_foreground in plot.header.item.toHtml()
    finally:
        theme.apply_theme("light")
    assert "share does not apply" in window.data_panel.info.text()


def test_weights_and_activations_opened_after_a_run_show_the_trained_network(open_window, qtbot):
    """Snapshots carry histograms only while the view is visible; opened after a run it said
    "press Train" over a trained network. It now shows that network's weights and activations."""
    window = open_window("xor-mlp", epochs=30)
    live = window.live
    live.gradflow_dock.raise_()              # the histograms' tab behind it
    qtbot.waitUntil(lambda: not live.histogram_dock.isVisible() or live.gradflow_dock.isVisible(), timeout=5000)
    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()
    assert live.last_snapshot.histograms is None
    live.histogram_dock.raise_()
    qtbot.waitUntil(lambda: live.histogram_dock.isVisible(), timeout=5000)
    plot = live.histogram_plot
    qtbot.waitUntil(lambda: bool(plot.last_snapshot is not None and plot.last_snapshot.histograms), timeout=5000)
    assert plot.shown_layer == "dense_1" and "dense_1" in plot.header_text
    counts, _edges = plot.last_snapshot.histograms["dense_1"]["weights"]
    assert int(counts.sum()) == live.trainer.model.layers["dense_1"].linear.weight.numel()
    assert plot.last_snapshot.epoch == 30


def test_gradient_bar_names_keep_their_descenders_at_1024x640(open_window, qtbot):
    """pyqtgraph sizes an axis for 0.8 of its labels' height and clips its painter to the axis: at
    1024x640 the gradient bars read "dense 1" for dense_1. Every label's full height is inside."""
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    window = open_window("xor-mlp", epochs=20, size=(1024, 640))
    live = window.live
    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()
    axis = live.gradflow_plot.bar_plot.getAxis("bottom")
    font = axis.style.get("tickFont") or axis.font()
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(font)
    try:
        _axis_spec, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert "dense_1" in [t for _r, _f, t in texts] or "d1" in [t for _r, _f, t in texts]
    clip = axis.boundingRect()
    height = QFontMetricsF(font).height()
    for rect, _flags, text in texts:       # top-aligned in its rectangle
        assert rect.top() + height <= clip.bottom() + 0.5, (text, rect, clip)
