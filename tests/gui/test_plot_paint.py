"""A pyqtgraph plot must paint in a shown window.

PySide6 6.12.0 with pyqtgraph 0.13.7 and 0.14.0 aborts the process ("Fatal Python error: none_dealloc")
as soon as a PlotWidget paints (see the pin in pyproject.toml). The paint runs in a child interpreter,
so a broken upgrade fails this test with the crash's own message instead of killing the test run; a
second test paints in this process too, as the app does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAINT_SCRIPT = textwrap.dedent("""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    plot = pg.PlotWidget(background="w")
    x = np.linspace(-4, 4, 200)
    plot.plot(x, np.tanh(x), pen=pg.mkPen("#ff0000", width=4))
    plot.addItem(pg.ScatterPlotItem(x=[0, 1], y=[0, 1], brush="b", size=10))
    window.setCentralWidget(plot)
    window.resize(400, 300)
    window.show()
    for _ in range(5):
        app.processEvents()
    plot.repaint()
    image = window.grab().toImage()
    red = sum(1 for i in range(0, image.width(), 2) for j in range(0, image.height(), 2)
              if QColor(image.pixel(i, j)).red() > 200 and QColor(image.pixel(i, j)).green() < 80)
    print("RED", red)
""")


def test_plot_paints_in_a_fresh_process(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PAINT_SCRIPT], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, f"painting a PlotWidget crashed:\n{result.stderr[-3000:]}"
    red = int(result.stdout.split("RED")[-1])
    assert red > 20, "the curve was not drawn"


def test_activation_plot_paints_in_this_process(qtbot):
    import numpy as np
    from PySide6.QtGui import QColor

    from guinet.gui import theme
    from guinet.gui.plots.activation import ActivationPlot

    plot = ActivationPlot()
    qtbot.addWidget(plot)
    plot.resize(320, 160)
    plot.show_activation("relu")
    plot.show()
    qtbot.waitExposed(plot)
    plot.repaint()
    image = plot.grab().toImage()
    assert not image.isNull()
    want = QColor(theme.colors().curve_primary)
    hits = 0
    for i in range(0, image.width(), 2):
        for j in range(0, image.height(), 2):
            c = QColor(image.pixel(i, j))
            if abs(c.red() - want.red()) < 40 and abs(c.green() - want.green()) < 40 and abs(c.blue() - want.blue()) < 40:
                hits += 1
    assert hits > 10, "the activation curve was not drawn"
    assert np.isfinite(plot.value_curve.getData()[1]).all()
