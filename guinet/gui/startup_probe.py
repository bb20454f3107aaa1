"""Timing the first paint of a window, for ``guinet bench --startup``.

Both the bare PySide6 window and guinet install this probe, so the two are measured the same way:
the moment the first widget of a top-level window is painted, the probe lets that paint pass finish
(a zero timer runs after the whole backing store is drawn), prints the wall-clock time and quits. The
benchmark subtracts the moment it started the process, so interpreter start and imports count too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer

ENV_VAR = "GUINET_STARTUP_PROBE"
PREFIX = "first-paint "


class FirstPaintProbe(QObject):
    def __init__(self, app) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._app.removeEventFilter(self)
        print(f"{PREFIX}{time.time():.6f}", flush=True)
        self._app.quit()


def install(app) -> FirstPaintProbe:
    return FirstPaintProbe(app)


# The reference: the smallest PySide6 program that opens a main window of the same size.
BARE_WINDOW_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from guinet.gui.startup_probe import install
app = QApplication(sys.argv)
install(app)
window = QMainWindow()
window.setWindowTitle("bare window")
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""
