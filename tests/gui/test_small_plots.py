"""At 1024x640 the plots stay readable: headers fit their panels (English and Korean), the loss panel shows
a plot tall enough to read with no legend over its curves, labels stay inside their plots, and the option
rows over the plots and the status bar cut nothing off."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QToolButton

from guinet.core.project import load_example
from guinet.core.snapshot import RUNNING, Snapshot
from guinet.gui import i18n, settings
from guinet.gui.live import OptionsRow
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=["en", "ko"])
def language(request, qapp, tmp_path):
    if request.param == "en":
        yield "en"
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    settings.qsettings().clear()
    translators = i18n.install_translations(qapp, "ko")
    assert translators, "guinet_ko.qm did not load"
    yield "ko"
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n._current = "en"
    settings.qsettings().clear()


def _small_window(qtbot, example: str) -> MainWindow:
    w = MainWindow(load_example(example), None, persist=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.live.build_plots()
    with qtbot.waitSignal(w.dock_layout.sizes_reset, timeout=3000):
        w.resize(1024, 640)
    qtbot.waitUntil(lambda: w.properties_dock.width() == w.dock_layout.sizes().right)
    return w


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def _assert_header_fits(plot) -> None:
    """Every line of the header as drawn is no wider than the panel, and no word of it was cut."""
    lines, elided = plot.header_lines()
    assert not elided, plot.header_text
    # Two lines at most: the plot under the header keeps its room.
    assert len(lines) <= 2, (plot.header_text, ["".join(t for t, _c in line) for line in lines])
    metrics = QFontMetrics(plot.header_font())
    for line in lines:
        text = "".join(t for t, _c in line)
        assert metrics.horizontalAdvance(text) <= plot.header_room(), (text, plot.width())
    # The text item as laid out by Qt, too: inside the panel's view.
    drawn = plot.header.item.mapRectToScene(plot.header.item.boundingRect())
    assert drawn.right() <= plot.viewport().width() + 1, (plot.header_text, drawn, plot.viewport().width())
    shown = _plain(plot.header.text.replace("<br>", " ")).replace("\u00a0", " ")
    assert " ".join(shown.split()) in " ".join(plot.header_text.split()) or \
        all(word in plot.header_text for word in shown.split()), (shown, plot.header_text)


def _snapshot(step: int, names: list[str]) -> Snapshot:
    return Snapshot(state=RUNNING, epoch=step // 4, epochs=100, step=step, elapsed=step / 100,
                    steps_per_second=100.0, new_steps=np.arange(step - 3, step + 1),
                    new_losses=np.full(4, 0.3, np.float32), train_loss=0.0024519, test_loss=0.0031822,
                    train_accuracy=1.0, test_accuracy=0.975, layer_names=names,
                    grad_norms={name: 10.0 ** -(i + 1) for i, name in enumerate(names)})


def test_every_plot_header_fits_its_panel_at_1024x640(qtbot, language):
    window = _small_window(qtbot, "xor-mlp")
    live = window.live
    plots = (live.loss_plot, live.boundary_plot, live.gradflow_plot, live.histogram_plot)
    live.histogram_dock.raise_()
    qtbot.waitUntil(lambda: live.histogram_plot.width() > 100)
    live.gradflow_dock.raise_()
    for plot in plots:
        assert plot.header_text, type(plot).__name__
    # Before the first Train: the invitations ("press Train or Step") are whole.
    for plot in plots:
        _assert_header_fits(plot)
    # After: the read-outs, with the layers' names.
    names = ["dense_1", "dense_2", "dense_3", "output"]
    for step in (4, 8):
        snap = _snapshot(step, names)
        live.loss_plot.show_snapshot(snap)
        live.gradflow_plot.show_snapshot(snap)
    for plot in plots:
        _assert_header_fits(plot)
    # Each plot under a tab has its own read-out (loss, accuracy; the bars' ratio, the lines' names).
    for plot in (live.loss_plot, live.gradflow_plot):
        tabs = plot.pair_tabs
        assert plot.pair_mode == "tabs" and tabs.isVisible()
        shown = set()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _assert_header_fits(plot)
            shown.add(_plain(plot.header.text))
        assert len(shown) == 2, shown
    assert "d1" in _plain(live.gradflow_plot.header.text)   # the history's lines, named


def test_the_loss_panel_at_1024x640_shows_one_plot_tall_enough_and_no_legend_over_it(qtbot):
    window = _small_window(qtbot, "xor-mlp")
    plot = window.live.loss_plot
    for step in range(4, 41, 4):
        plot.show_snapshot(_snapshot(step, ["dense_1", "output"]))
    # Too short for two plots one above the other: one at a time, under tabs.
    assert plot.pair_mode == "tabs" and plot.pair_tabs.isVisible()
    for index, item in enumerate(plot.pair):
        plot.pair_tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: item.isVisible() and item.vb.sceneBoundingRect().height() >= 90)
        other = plot.pair[1 - index]
        assert not other.isVisible()
        # The tab bar stands above the header, not over the plot.
        tabs = plot.pair_tabs.geometry()
        assert tabs.bottom() < plot.header.sceneBoundingRect().top() + 1
        assert tabs.bottom() < item.vb.sceneBoundingRect().top()
    # No legend box in the plots: the header names the curves, in their colours.
    for item in plot.pair:
        assert item.legend is None
    plot.pair_tabs.setCurrentIndex(0)
    assert plot.train_curve.opts["pen"].color().name() in plot.header.text
    assert plot.test_curve.opts["pen"].color().name() in plot.header.text
    # Enlarged, both plots show again, one above the other or side by side.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: plot.pair_mode in ("stack", "side") and all(p.isVisible() for p in plot.pair))
    assert not plot.pair_tabs.isVisible()
    # One above the other, the plots share the x axis: only the lower one labels it.
    plot.resize(330, 400)
    assert plot.pair_mode == "stack"
    plot.set_steps_per_epoch(4)
    upper, lower = plot.loss_plot.getAxis("bottom"), plot.accuracy_plot.getAxis("bottom")
    assert not upper.label.isVisible() and not upper.style["showValues"]
    assert lower.label.isVisible() and lower.style["showValues"]


def test_gradient_flow_history_legend_and_exploding_label(qtbot):
    from guinet.gui.plots.gradflow import EXPLODING, GradientFlowPlot, short_name

    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 320)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_layers(["dense_1", "dense_2", "output"])
    # No legend box over the lines; nothing drawn yet, nothing named.
    assert plot.time_plot.legend is None
    assert "━" not in plot.header_text
    for step in (4, 8, 12):
        plot.show_snapshot(Snapshot(state=RUNNING, epoch=step, epochs=100, step=step, elapsed=step / 100,
                                    steps_per_second=100.0, layer_names=plot.layer_names,
                                    grad_norms={"dense_1": 10.0, "dense_2": 100.0, "output": 500.0}))
    # Drawn: the header names each line by its colour ("━ d1"; short names for more than two layers).
    for name, curve in plot.curves.items():
        assert f"━ {short_name(name, 6)}" in plot.header_text
        assert curve.opts["pen"].color().name() in plot.header.text
    # The history's range ends just above the exploding line: its label is still inside the plot.
    lines = [item for item in plot.time_plot.items if getattr(item, "label", None) is not None]
    assert lines
    top = math.log10(EXPLODING)
    plot.time_range.following = False
    plot.time_plot.setYRange(top - 2.0, top + 0.05, padding=0)
    qtbot.waitUntil(lambda: abs(plot.time_plot.vb.viewRange()[1][1] - (top + 0.05)) < 1e-6)
    plot.scene().prepareForPaint()     # what a paint does first (PlotPanel's _PrepareForPaint)
    view = plot.time_plot.vb.sceneBoundingRect()
    for line in lines:
        label = line.label.sceneBoundingRect()
        assert view.top() - 1 <= label.top() and label.bottom() <= view.bottom() + 1, (label, view)
        assert view.left() - 1 <= label.left() and label.right() <= view.right() + 1, (label, view)
    # A new network: no names until its lines have points.
    plot.set_layers(["dense_1", "output"])
    assert "━" not in plot.header_text and "dense_2" not in plot.header.text


def test_option_rows_and_status_bar_cut_nothing_at_1024x640(qtbot, language):
    window = _small_window(qtbot, "xor-mlp")
    qtbot.waitUntil(lambda: window.findChild(QToolButton, "draw_points_button") is not None)
    rows = [row for row in window.findChildren(OptionsRow) if row.isVisible()]
    assert len(rows) >= 2
    for row in rows:
        qtbot.waitUntil(lambda: row.needed_width(any(
            b.toolButtonStyle().name == "ToolButtonIconOnly" for b in row.findChildren(QToolButton))) <= row.width())
        for widget in row.findChildren(QCheckBox) + row.findChildren(QToolButton):
            if widget.isVisible():
                right = widget.mapTo(row, widget.rect().topRight()).x()
                assert widget.x() >= 0 and right <= row.width(), (widget.text(), right, row.width())
                if isinstance(widget, QCheckBox):
                    assert widget.width() >= widget.sizeHint().width(), widget.text()
    # The Draw Points button shows its icon only where its words do not fit; they stay its tooltip.
    button = window.findChild(QToolButton, "draw_points_button")
    assert button.toolTip() or button.defaultAction().toolTip()
    # The status bar: the device in short, the whole text one hover away.
    live = window.live
    live._set_device_text("CPU (x86_64, 2 cores)", "", threads="1 thread")
    assert live.device_label.text().endswith(": CPU") and "x86_64" in live.device_label.toolTip()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: live.device_label.text().endswith("1 thread"))


def test_the_lesson_title_cut_in_a_narrow_column_is_its_tooltip(qtbot):
    window = _small_window(qtbot, "xor-mlp")
    box = window.lessons.panel.lesson_box
    assert box.count() and box.toolTip() == box.currentText()
    box.setCurrentIndex(1)
    assert box.toolTip() == box.itemText(1)
