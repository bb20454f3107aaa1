"""The window paints before numpy, pyqtgraph and torch are imported; the rest follows right after."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from guinet.gui.startup_probe import ENV_VAR, HEAVY_MODULES, MODULES_PREFIX, PREFIX

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


@pytest.mark.parametrize("args", [[], ["--example", "spiral"]], ids=["default", "spiral"])
def test_the_real_start_paints_before_numpy_pyqtgraph_and_torch_are_imported(tmp_path, args):
    """``guinet`` as a user starts it: the probe of ``guinet bench --startup`` reports, at the first
    paint, which heavy modules were imported by then. Deterministic, unlike the time it takes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), **{ENV_VAR: "1"})
    result = subprocess.run([sys.executable, "-m", "guinet", *args], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith(PREFIX) for line in lines), result.stdout + result.stderr
    assert f"{MODULES_PREFIX}-" in lines, lines   # none of HEAVY_MODULES
    assert set(HEAVY_MODULES) == {"numpy", "pyqtgraph", "torch"}
