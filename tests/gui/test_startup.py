"""The window paints before pyqtgraph is imported; the plots follow right after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = r"""
import sys
from PySide6.QtCore import QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from guinet.gui.main_window import MainWindow
window = MainWindow(persist=False)
print("built", "pyqtgraph" in sys.modules, window.live.plots_built)
seen = []
window.live.plots_ready.connect(lambda: (seen.append(window.live.plots_built), app.quit()))
QTimer.singleShot(20_000, app.quit)   # a guard: the test fails rather than hangs
window.resize(1280, 800)
window.show()
app.exec()
print("painted", "pyqtgraph" in sys.modules, seen == [True], window.data_panel.preview_slot.is_built,
      window.live.boundary_plot.dataset is not None)
window.undo_stack.setClean(); window.close()
from guinet.gui.app import _dispose
_dispose(window)
"""


def test_first_paint_comes_before_pyqtgraph_and_the_plots_right_after(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert "built False False" in lines           # nothing of pyqtgraph until the window has painted
    assert "painted True True True True" in lines  # then every plot exists, the boundary has its data
