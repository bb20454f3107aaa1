"""The live plots, fed with Snapshots made here: what they draw, their toggles, and export to PNG,
SVG and CSV through pyqtgraph's exporters."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from guinet.core.snapshot import DIVERGED, RUNNING, Snapshot
from guinet.gui.plots.base import FollowRange, Series
from guinet.gui.plots.boundary import DecisionBoundaryPlot
from guinet.gui.plots.gradflow import EXPLODING_COLOR, NORMAL_COLOR, VANISHING_COLOR, GradientFlowPlot, norm_color
from guinet.gui.plots.histograms import HistogramPlot
from guinet.gui.plots.loss import LossPlot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def snap(step: int, n_new: int = 10, **fields) -> Snapshot:
    steps = np.arange(max(1, step - n_new + 1), step + 1)
    base = dict(state=RUNNING, epoch=step, epochs=1000, step=step, elapsed=step / 100, steps_per_second=100.0,
                new_steps=steps, new_losses=(1.0 / steps).astype(np.float32), train_loss=1.0 / step,
                test_loss=1.2 / step, train_accuracy=min(1.0, step / 100), test_accuracy=min(1.0, step / 120))
    base.update(fields)
    return Snapshot(**base)


def dataset(task="classification", n_classes=2, n=60):
    rng = np.random.default_rng(0)
    points = rng.uniform(-1, 1, (n, 2)).astype(np.float32)
    if task == "classification":
        labels = (rng.integers(0, n_classes, n)).astype(np.int64)
    else:
        labels = (points[:, 0] + points[:, 1]).astype(np.float32)
    half = n * 3 // 4
    return SimpleNamespace(points_train=points[:half], points_test=points[half:], y_train=labels[:half],
                           y_test=labels[half:], task=task, n_classes=n_classes if task == "classification" else 1,
                           extent=(-1.2, 1.2, -1.2, 1.2))


@pytest.fixture
def shown(qtbot):
    def show(widget):
        qtbot.addWidget(widget)
        widget.resize(700, 300)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return show


def test_loss_plot_appends_every_loss_and_accuracy(shown):
    plot = shown(LossPlot())
    for step in range(10, 101, 10):
        plot.show_snapshot(snap(step))
    x, y = plot.batch_curve.getData()
    np.testing.assert_array_equal(plot.batch.xs, np.arange(1, 101))
    assert len(plot.train) == len(plot.test) == len(plot.train_acc) == 10
    assert plot.train_acc.ys[-1] == 1.0
    assert "train 0.01" in plot.header_text and "accuracy" in plot.header_text
    # The view follows the data in 1-2-5 steps instead of re-ranging on every point.
    (x0, x1), (y0, y1) = plot.loss_plot.vb.viewRange()
    assert x0 == 0 and 100 <= x1 <= 200 and y1 >= 1.0


def test_loss_plot_log_scale_epochs_axis_and_regression(shown):
    plot = shown(LossPlot())
    plot.show_snapshot(snap(50))
    plot.set_log_scale(True)
    assert plot.loss_plot.ctrl.logYCheck.isChecked() or plot.loss_plot.getAxis("left").logMode
    (_, _), (y0, y1) = plot.loss_plot.vb.viewRange()
    assert y0 <= math.log10(1 / 50) and y1 >= math.log10(1.2 / 41)   # log10 units,
    assert y0 == int(y0) and y1 == int(y1)                             # whole decades
    plot.set_steps_per_epoch(10)
    plot.use_epochs(True)
    axis = plot.loss_plot.getAxis("bottom")
    assert axis.scale == pytest.approx(0.1) and "epoch" in axis.labelText
    plot.use_epochs(False)
    assert axis.scale == 1.0
    plot.show_accuracy(False)
    assert not plot.accuracy_plot.isVisible()
    plot.show_accuracy(True)
    assert plot.accuracy_plot.isVisible()


def test_non_finite_losses_are_left_out_and_divergence_is_marked(shown):
    plot = shown(LossPlot())
    bad = snap(20, state=DIVERGED, diverged_layer="dense_2")
    bad.new_losses[-1] = np.nan
    plot.show_snapshot(bad)
    assert len(plot.batch) == 9 and np.isfinite(plot.batch.ys).all()
    assert len(plot.divergence_lines) == 1
    line = plot.divergence_lines[0]
    assert line.value() == 20 and "dense_2" in line.label.toPlainText()


def test_reset_keeps_the_previous_run_faintly(shown):
    plot = shown(LossPlot())
    plot.show_snapshot(snap(30, n_new=30))
    plot.new_run(keep_previous=True)
    assert len(plot.batch) == 0 and len(plot.previous["batch"]) == 30
    assert plot.prev_batch_curve.getData()[0] is not None and len(plot.prev_batch_curve.getData()[0]) == 30
    assert plot.prev_train_curve.opts["pen"].color().alpha() < 255
    plot.new_run(keep_previous=False)
    assert plot.previous is None and plot.prev_batch_curve.getData()[0] is None or \
        len(plot.prev_batch_curve.getData()[0]) == 0


def test_boundary_binary_heatmap_points_and_discretize(shown):
    plot = shown(DecisionBoundaryPlot())
    data = dataset()
    plot.set_dataset(data)
    filled = [i for i in plot.point_items if i.opts["symbolBrush"] is not None]
    hollow = [i for i in plot.point_items if i.opts["symbolBrush"] is None]
    assert sum(len(i.getData()[0]) for i in filled) == len(data.points_train)
    assert sum(len(i.getData()[0]) for i in hollow) == len(data.points_test)
    grid = np.tile(np.linspace(0, 1, 20, dtype=np.float32), (20, 1))   # probability grows with x1
    plot.show_snapshot(snap(5, grid=grid, grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    image = plot.image.image
    assert image.shape == (20, 20)                 # pyqtgraph's (x, y) order: first axis is x1
    assert image[0, 0] < image[-1, 0]
    rect = plot.image.mapRectToParent(plot.image.boundingRect())
    assert rect.left() == pytest.approx(-1.2) and rect.right() == pytest.approx(1.2)
    plot.set_discretize(True)
    assert set(np.unique(plot.image.image)) <= {0.0, 1.0}
    assert plot.discretize_action.isChecked()


def test_boundary_multiclass_is_coloured_by_the_winner(shown):
    plot = shown(DecisionBoundaryPlot())
    plot.set_dataset(dataset(n_classes=3))
    probs = np.zeros((10, 10, 3), np.float32)
    probs[:, :5, 0] = 1.0
    probs[:, 5:, 2] = 1.0
    plot.show_snapshot(snap(5, grid=probs, grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    rgb = plot.image.image
    assert rgb.shape == (10, 10, 3) and rgb.dtype == np.uint8
    assert not np.array_equal(rgb[0, 0], rgb[9, 0])   # left half class 0, right half class 2
    plot.set_discretize(True)
    assert len({tuple(c) for c in plot.image.image.reshape(-1, 3)}) == 2


def test_boundary_regression_surface_and_csv_data(shown, tmp_path):
    plot = shown(DecisionBoundaryPlot())
    plot.set_dataset(dataset(task="regression"))
    lo, hi = plot.target_range
    surface = np.linspace(lo, hi, 16, dtype=np.float32)[None, :].repeat(16, 0)
    plot.show_snapshot(snap(5, grid=surface, grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    assert plot.image.levels is not None and tuple(plot.image.levels) == pytest.approx((lo, hi))
    plot.set_discretize(True)
    assert len(np.unique(plot.image.image)) <= 8


def test_boundary_without_a_plane_says_so(shown):
    plot = shown(DecisionBoundaryPlot())
    plot.set_dataset(SimpleNamespace(points_train=None, points_test=None, extent=None))
    assert "2-D" in plot.message.toPlainText()
    # In a narrow dock the message wraps inside the plot instead of running past both edges.
    plot.resize(170, 260)
    QApplication.processEvents()
    box = plot.message.mapRectToScene(plot.message.boundingRect())
    view = plot.plot.vb.sceneBoundingRect()
    assert view.left() <= box.left() and box.right() <= view.right(), (box, view)


def test_gradient_flow_bars_colours_and_history(shown):
    plot = shown(GradientFlowPlot())
    names = ["dense_1", "dense_2", "output"]
    for step in (1, 2, 3):
        plot.show_snapshot(snap(step, layer_names=names,
                                grad_norms={"dense_1": 1e-7, "dense_2": 5.0, "output": 2e3}))
    assert [b.color().name() for b in plot.bars.opts["brushes"]] == \
        [VANISHING_COLOR, NORMAL_COLOR, EXPLODING_COLOR]
    heights = plot.bars.opts["height"] + plot.bars.opts["y0"]
    np.testing.assert_allclose(heights, [-7, math.log10(5.0), math.log10(2e3)], atol=1e-9)
    assert [t[1] for t in plot.bar_plot.getAxis("bottom")._tickLevels[0]] == names
    assert len(plot.history["dense_1"]) == 3
    assert "dense_1" in plot.header_text and "output" in plot.header_text
    assert norm_color(float("nan")) == EXPLODING_COLOR
    # A different network rebuilds the bars and lines.
    plot.show_snapshot(snap(4, layer_names=["output"], grad_norms={"output": 1.0}))
    assert list(plot.curves) == ["output"] and len(plot.bars.opts["height"]) == 1


def test_gradient_history_axis_labels_whole_decades_that_do_not_touch(shown):
    # A converged XOR's norms sit inside one decade; pyqtgraph's own log ticks then label
    # 0.0002 ... 0.0009, piled on each other in a short dock.
    plot = shown(GradientFlowPlot())
    plot.resize(320, 260)
    names = ["dense_1", "output"]
    for step in range(1, 30):
        plot.show_snapshot(snap(step, layer_names=names, grad_norms={"dense_1": 2e-4 + step * 1e-5,
                                                                     "output": 5e-4 + step * 1e-5}))
    axis = plot.time_plot.getAxis("left")
    ticks = axis._tickLevels[0]
    assert [label for _pos, label in ticks] and all(label.startswith("10") for _pos, label in ticks)
    assert all(float(pos).is_integer() for pos, _label in ticks)
    height = plot.time_plot.vb.boundingRect().height()
    lo, hi = plot.time_plot.vb.viewRange()[1]
    line = QFontMetrics(plot.font()).height()
    positions = sorted(pos for pos, _label in ticks)
    gaps = [(b - a) * height / (hi - lo) for a, b in zip(positions, positions[1:])]
    assert all(gap >= line for gap in gaps)


def test_gradient_history_of_a_short_run_is_drawn_as_dots(shown):
    # A line of one point draws nothing: a run of few snapshots shows its points as dots.
    plot = shown(GradientFlowPlot())
    names = ["dense_1", "output"]
    plot.show_snapshot(snap(1, layer_names=names, grad_norms={"dense_1": 1e-3, "output": 1e-2}))
    x, y = plot.time_dots.getData()
    assert sorted(zip(x.tolist(), np.round(y, 9).tolist())) == [(1.0, -3.0), (1.0, -2.0)]
    for step in range(2, 60):
        plot.show_snapshot(snap(step, layer_names=names, grad_norms={"dense_1": 1e-3, "output": 1e-2}))
    assert len(plot.time_dots.getData()[0]) == 0      # enough points for the lines alone
    plot.show_snapshot(snap(1, layer_names=["output"], grad_norms={"output": 1.0}))
    assert plot.time_dots.getData()[0].tolist() == [1.0]


def test_histograms_follow_the_selected_layer(shown):
    plot = shown(HistogramPlot())
    rng = np.random.default_rng(1)
    hists = {name: {"weights": np.histogram(rng.normal(size=50), 10),
                    "activations": np.histogram(rng.normal(size=50), 12)} for name in ("dense_1", "dense_2")}
    s = snap(3, layer_names=["dense_1", "dense_2"], histograms=hists,
             activation_stats={"dense_2": {"mean": 0.1, "std": 1.0, "dead_fraction": 0.25}})
    plot.show_snapshot(s)
    assert plot.shown_layer == "dense_1"
    plot.set_layer("dense_2")
    assert plot.shown_layer == "dense_2"
    x, y = plot.activations_curve.getData()
    np.testing.assert_array_equal(y, hists["dense_2"]["activations"][0])
    assert "25% dead" in plot.header_text
    plot.set_layer("not_there")
    assert plot.shown_layer == "dense_1"


@pytest.mark.parametrize("cls", [LossPlot, DecisionBoundaryPlot, GradientFlowPlot, HistogramPlot])
def test_every_plot_exports_png_svg_and_csv(shown, tmp_path, cls):
    plot = shown(cls())
    if cls is DecisionBoundaryPlot:
        plot.set_dataset(dataset())
        plot.show_snapshot(snap(5, grid=np.full((8, 8), 0.3, np.float32), grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    elif cls is GradientFlowPlot:
        plot.show_snapshot(snap(5, layer_names=["dense_1"], grad_norms={"dense_1": 0.2}))
    elif cls is HistogramPlot:
        plot.show_snapshot(snap(5, layer_names=["dense_1"],
                                histograms={"dense_1": {"weights": np.histogram(np.arange(9.0), 3)}}))
    else:
        plot.show_snapshot(snap(5))
    png = plot.export(tmp_path / "p.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot.export(tmp_path / "p.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    lines = plot.export(tmp_path / "p.csv").read_text().splitlines()
    assert len(lines) >= 2 and "," in lines[0]
    # The same three exports sit in each plot's right-click menu.
    formats = sorted({a.data() for a in plot.export_actions()})
    assert formats == ["csv", "png", "svg"]
    with pytest.raises(ValueError):
        plot.export(tmp_path / "p.bmp")


def test_export_actions_ask_for_a_file_and_write_it(shown, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    plot = shown(LossPlot())
    plot.show_snapshot(snap(5))
    target = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    action = next(a for a in plot.export_actions() if a.data() == "png")
    action.trigger()
    assert (tmp_path / "chosen.png").read_bytes()[:4] == b"\x89PNG"


def test_series_and_follow_range(shown):
    s = Series()
    for i in range(1000):
        s.append([i], [1.0 / (i + 1)])
    assert len(s) == 1000 and s.y_max == 1.0 and s.y_min == pytest.approx(0.001) and s.x_last == 999
    plot = shown(LossPlot())
    follow = FollowRange(plot.loss_plot)
    follow.update(120, 0.0, 1.0)
    assert plot.loss_plot.vb.viewRange()[0] == [0.0, 150.0]
    follow.update(140, 0.0, 1.0)                      # still inside: the range (and the axes) stay
    assert plot.loss_plot.vb.viewRange()[0] == [0.0, 150.0]
    follow.update(160, 0.0, 1.0)
    assert plot.loss_plot.vb.viewRange()[0] == [0.0, 200.0]
    # The runs: the axis ends near the data, not at 50,000 for 20,000 steps.
    for end, most in ((20_000, 25_000), (2_600, 3_000)):
        follow.reset()
        follow.update(end, 0.0, 1.0)
        assert end < plot.loss_plot.vb.viewRange()[0][1] <= most
    follow.update(2_650, 0.0, 1.0, exact=True)        # finished: the axis ends with the data
    assert plot.loss_plot.vb.viewRange()[0][1] == pytest.approx(2_650 * 1.02)
    plot.loss_plot.vb.sigRangeChangedManually.emit([True, True])   # the user zoomed: stop following
    follow.update(9000, 0.0, 1.0)
    assert plot.loss_plot.vb.viewRange()[0][1] == pytest.approx(2_650 * 1.02)


def test_decimated_curves_keep_every_spike_and_export_every_point(shown, tmp_path):
    from guinet.gui.plots.base import Decimator

    rng = np.random.default_rng(1)
    values = rng.uniform(0.5, 1.0, 50_000)
    values[[3, 12_345, 49_999]] = [9.0, 7.0, 0.01]     # spikes that must stay visible
    series = Series()
    decimator = Decimator(series, max_buckets=256)
    start = 0
    while start < len(values):                          # frames of different sizes
        end = min(len(values), start + int(rng.integers(1, 3000)))
        series.append(np.arange(start, end), values[start:end])
        start = end
        x, y = decimator.arrays()
        assert len(x) <= 2 * 257
    assert len(x) <= 2 * 257 and np.all(np.diff(x) >= 0)
    assert y.max() == 9.0 and y.min() == 0.01 and 7.0 in y
    # The same as decimating all at once: buckets of equal width, min and max of each.
    width = decimator.width
    whole = values[:decimator.done].reshape(-1, width)
    np.testing.assert_array_equal(y[0:2 * len(whole):2], whole.min(axis=1))
    np.testing.assert_array_equal(y[1:2 * len(whole):2], whole.max(axis=1))

    plot = shown(LossPlot())
    many = snap(60_000, n_new=60_000)
    plot.show_snapshot(many)
    x, y = plot.batch_curve.getData()
    assert len(plot.batch) == 60_000 and len(x) <= 2 * 1025
    lines = plot.export(tmp_path / "loss.csv").read_text().splitlines()
    assert len(lines) == 60_001                          # the header, then every step
    plot.set_log_scale(True)
    assert plot.batch_curve.getData()[1].max() == pytest.approx(0.0)   # log10 of the first loss, 1.0


def test_boundary_heatmap_is_painted_the_right_way_round(shown):
    """The heatmap is a plain Qt item now (no Python paint): class 1 (blue) where the grid says so."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    from guinet.gui.plots.base import class_color

    plot = shown(DecisionBoundaryPlot())
    plot.set_dataset(SimpleNamespace(**{**vars(dataset()), "points_train": np.zeros((0, 2)),
                                        "points_test": np.zeros((0, 2))}))
    ramp = np.linspace(0, 1, 20, dtype=np.float32)
    blue = class_color(1)

    def colour_at(x1, x2):
        image = plot.grab().toImage()
        point = plot.mapFromScene(plot.plot.vb.mapViewToScene(QPointF(x1, x2)))
        return QColor(image.pixel(point.x(), point.y()))

    def blueness(c):
        return abs(c.red() - blue.red()) + abs(c.green() - blue.green()) + abs(c.blue() - blue.blue())

    # Image order (x2, x1): rows are x2. Probability grows with x1, then with x2.
    plot.show_snapshot(snap(5, grid=np.tile(ramp, (20, 1)), grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    assert blueness(colour_at(1.0, 0.0)) < blueness(colour_at(-1.0, 0.0))
    plot.show_snapshot(snap(6, grid=np.tile(ramp[:, None], (1, 20)), grid_extent=(-1.2, 1.2, -1.2, 1.2)))
    assert blueness(colour_at(0.0, 1.0)) < blueness(colour_at(0.0, -1.0))
    assert abs(colour_at(0.0, 1.1).blue() - colour_at(0.0, -1.1).blue()) > 40


def test_plot_panels_paint_in_qt_and_still_catch_up_before_painting(shown, qtbot):
    """pyqtgraph's Python paintEvent would hold the GIL for the whole paint; the panels use Qt's
    own, and an event filter makes pyqtgraph's items catch up (view ranges) before each paint."""
    from PySide6.QtWidgets import QGraphicsView

    assert LossPlot.paintEvent is QGraphicsView.paintEvent
    plot = shown(LossPlot())
    plot.show_snapshot(snap(100))
    vb = plot.loss_plot.vb
    vb.setXRange(0, 50, padding=0)
    assert vb._matrixNeedsUpdate                     # deferred by pyqtgraph until the paint
    plot.viewport().update()
    qtbot.waitUntil(lambda: not vb._matrixNeedsUpdate, timeout=5000)
    from PySide6.QtCore import QPointF

    # The data-to-view transform was updated: x = 50 is now the view's right edge.
    assert vb.childGroup.mapToParent(QPointF(50, 0)).x() == pytest.approx(vb.width(), abs=1.0)


@pytest.mark.parametrize("width, span", [(110, 2000.0), (160, 20000.0), (90, 1.0), (600, 2600.0), (70, 400.0)])
def test_bottom_tick_labels_never_run_together(qtbot, width, span):
    """pyqtgraph spaced the ticks of a 110-px plot over 2,000 epochs every 500: "5001000 1500"."""
    from guinet.gui.plots.axes import LABEL_GAP_PX
    from guinet.gui.plots.loss import LossPlot

    panel = LossPlot()
    qtbot.addWidget(panel)
    plot = panel._plots[0][0]
    axis = plot.getAxis("bottom")
    plot.setXRange(0, span, padding=0)
    size = float(width)
    levels = axis.tickSpacing(0.0, span, size)
    major = levels[0][0]
    values = [v for spacing, ticks in axis.tickValues(0.0, span, size)[:1] for v in ticks]
    labels = axis.tickStrings(values, axis.scale, major)
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    gap = major / span * size
    assert len(values) >= 1
    assert all(metrics.horizontalAdvance(t) + LABEL_GAP_PX <= gap + 1 for t in labels), (labels, gap)
    assert all(s < major for s, _o in levels[1:])

