"""A 1024x640 window fits and keeps its panels usable; enlarged again, the docks take their shares back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox

from guinet.core.project import load_example
from guinet.gui.dock_layout import default_sizes
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot):
    w = MainWindow(load_example("xor-mlp"), None, persist=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.live.build_plots()        # the plots' own minimum sizes, not their placeholders'
    w.metrics.slot.widget()     # likewise the Metrics panel, built on first sight
    yield w


def _resize(qtbot, window, width: int, height: int) -> None:
    with qtbot.waitSignal(window.dock_layout.sizes_reset, timeout=3000):
        window.resize(width, height)
    # The docks take the sizes at the layout's next pass.
    qtbot.waitUntil(lambda: window.properties_dock.width() == window.dock_layout.sizes().right)


def test_default_shares_fit_a_small_window_and_grow_with_a_large_one():
    small, large = default_sizes(1024, 640), default_sizes(1600, 1000)
    assert small.right + small.problems + sum(small.plots) <= 1024
    assert large.right == 400 and large.bottom == 340
    assert small.right < large.right and small.bottom < large.bottom


def test_1024x640_fits_and_every_panel_stays_usable(window, qtbot):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640, hint
    _resize(qtbot, window, 1024, 640)
    assert (window.width(), window.height()) == (1024, 640)
    live = window.live
    for dock in (window.problems_dock, live.loss_dock, live.boundary_dock, live.gradflow_dock):
        assert dock.width() >= 150 and dock.height() >= 200, (dock.objectName(), dock.size())
    # The bottom row's docks sit side by side inside the window, none over another.
    row = sorted((window.problems_dock, live.loss_dock, live.boundary_dock, live.gradflow_dock),
                 key=lambda d: d.x())
    for left, right in zip(row, row[1:]):
        assert left.geometry().right() < right.geometry().left()
    assert row[-1].geometry().right() < window.properties_dock.geometry().left()
    assert window.properties_dock.width() >= 250 and window.canvas.width() >= 300
    # Too short to share, the lesson and the palette are tabs; the palette's tab shows several layers.
    window.palette_dock.raise_()
    qtbot.waitUntil(lambda: window.palette.list.viewport().height() > 100)
    layers = window.palette.list
    shown = [layers.item(i) for i in range(layers.count())
             if layers.viewport().rect().contains(layers.visualItemRect(layers.item(i)))]
    assert sum(1 for item in shown if layers.kind_of(item)) >= 4
    # The Data panel's feature check boxes reflow into the narrower column rather than being cut off.
    data = window.data_panel
    for box in data.findChildren(QCheckBox):
        if box.isVisible():
            assert box.mapTo(data, box.rect().topRight()).x() <= data.width(), box.text()


def test_enlarging_again_restores_the_proportions(window, qtbot):
    _resize(qtbot, window, 1300, 850)
    _resize(qtbot, window, 1400, 900)
    before = (window.properties_dock.width(), window.live.loss_dock.height(), window.lessons.dock.height())
    assert window.lessons.dock not in window.tabifiedDockWidgets(window.palette_dock)
    _resize(qtbot, window, 1024, 640)
    assert window.properties_dock.width() < before[0]
    assert window.lessons.dock in window.tabifiedDockWidgets(window.palette_dock)
    _resize(qtbot, window, 1400, 900)
    qtbot.waitUntil(lambda: (window.properties_dock.width(), window.live.loss_dock.height(),
                             window.lessons.dock.height()) == before)
    assert window.lessons.dock not in window.tabifiedDockWidgets(window.palette_dock)


def test_a_layout_the_user_arranged_stays_as_it_is(window, qtbot):
    window.dock_layout.arranged = True     # what a drag on a separator sets (see DockLayout.eventFilter)
    width = window.properties_dock.width()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert not window.dock_layout._timer.isActive()
    window.reset_layout()
    assert not window.dock_layout.arranged
    assert window.properties_dock.width() != width or width == default_sizes(1024, 640).right



_CLOSE_AND_COUNT = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
app = QApplication(sys.argv)
from guinet.core.project import load_example
from guinet.gui.main_window import MainWindow
window = MainWindow(load_example("regression-plane"), persist=False)   # accuracy hidden as well
window.resize(1024, 640)
window.show()
for _ in range(50):
    app.processEvents()
window.undo_stack.setClean()
window.close()
window.deleteLater()
del window
for _ in range(5):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
print("LEFT", sorted(w.objectName() for w in QApplication.topLevelWidgets()))
"""


def test_a_closed_small_window_leaves_no_plot_behind():
    """Under tabs a panel takes the hidden plot of its pair out of the scene; such a plot (with its
    pyqtgraph "Plot Options" widgets) lived on until Python's exit, where deleting it could crash the
    process after the whole suite had passed (SIGSEGV). Closing the window deletes them."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _CLOSE_AND_COUNT], capture_output=True, text=True, env=env,
                          timeout=120, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert done.returncode == 0, done.stderr[-2000:]
    left = next(line for line in done.stdout.splitlines() if line.startswith("LEFT"))
    assert not any(name in left for name in ("alphaGroup", "gridGroup", "pointsGroup", "averageGroup")), left
