"""Timing the first paint of a window, for ``guinet bench --startup``.

Both the bare PySide6 window and guinet watch their main window with this probe, so the two are
measured the same way: when the window itself is first painted, the probe lets that paint pass finish
(a zero timer runs after the whole backing store is drawn), prints the wall-clock time and which of
the heavy modules (numpy, pyqtgraph, torch) were imported by then, and quits. The benchmark subtracts
the moment it started the process, so interpreter start and imports count too.
The probe filters the events of that one widget only: an application-wide filter in Python would see
thousands of events on the way and slow down what it measures.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ENV_VAR = "GUINET_STARTUP_PROBE"
PREFIX = "first-paint "
MODULES_PREFIX = "loaded-at-first-paint "
# What the first paint must not wait for: each takes a tenth of a second or more to import.
HEAVY_MODULES = ("numpy", "pyqtgraph", "torch")


class FirstPaintProbe(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if not self._seen and obj is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._window.removeEventFilter(self)
        now = time.time()
        loaded = [name for name in HEAVY_MODULES if name in sys.modules]
        print(f"{PREFIX}{now:.6f}\n{MODULES_PREFIX}{','.join(loaded) or '-'}", flush=True)
        QCoreApplication.quit()


def watch(window) -> FirstPaintProbe:
    """Report ``window``'s first paint and quit (``window``: the top-level widget about to be shown)."""
    return FirstPaintProbe(window)


# The reference: the smallest PySide6 program that opens a main window of the same size.
BARE_WINDOW_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from guinet.gui.startup_probe import watch
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare window")
window.resize(1280, 800)
watch(window)
window.show()
sys.exit(app.exec())
"""
