"""Shared fixtures for the GUI tests (pytest-qt, headless).

Strict, as napari's and pyqtgraph's test suites are: a test that leaves a QThread or a Python thread
running fails, and Qt warnings fail tests (``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

import os
import threading
import time
import weakref

# Headless unless a display was asked for explicitly; must happen before a QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths, QThread  # noqa: E402

# Tests never read or write the user's settings, recent files or autosaves.
QStandardPaths.setTestModeEnabled(True)

_started_qthreads: "weakref.WeakSet[QThread]" = weakref.WeakSet()
_original_qthread_start = QThread.start


def _recording_start(self, *args, **kwargs):
    _started_qthreads.add(self)
    return _original_qthread_start(self, *args, **kwargs)


QThread.start = _recording_start


@pytest.fixture(autouse=True)
def delete_closed_windows():
    """Windows a test closed (qtbot.addWidget closes and deleteLaters them) are deleted before the next
    test: no event loop runs between tests to do it, and hundreds of half-dead windows would otherwise
    wait for the end of the run (see tests/conftest.py)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def open_window(qtbot):
    """Opens main windows for a test: ``open_window(project="xor-mlp", path=None, *, persist=False,
    show=True, size=(1400, 900), **training)``, where ``project`` is a Project, an example's name, or
    None for the window's own default, and ``training`` sets training settings first. Returns the
    MainWindow.

    Afterwards every window it opened is closed without asking (a test's edits and trained weights are
    nobody's work), its training shut down, and the window deleted before the next test: no test leaves
    a window (or its plots) behind for the end of the run."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from guinet.core.project import load_example
    from guinet.gui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(project="xor-mlp", path=None, *, persist=False, show=True, size=(1400, 900), **training):
        if isinstance(project, str):
            project = load_example(project)
        for key, value in training.items():
            project.set_training(key, value)
        window = MainWindow(project, path, persist=persist)
        windows.append(window)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        if not isValid(window):
            continue
        if window.live is not None:
            window.live.shutdown()
        window.undo_stack.setClean()   # no "Save changes?" question
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_leftover_threads():
    """Fail a test that leaves a QThread or a Python thread running after it ends."""
    before = set(threading.enumerate())
    _started_qthreads.clear()
    yield
    deadline = time.monotonic() + 2.0
    while True:
        running_q = [t for t in list(_started_qthreads) if _alive(t) and t.isRunning()]
        new_py = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not running_q and not new_py or time.monotonic() > deadline:
            break
        time.sleep(0.02)  # threads told to stop get a moment to finish; not a wait on the GUI
    problems = [f"QThread {t.objectName() or t!r} still running" for t in running_q]
    problems += [f"Python thread {t.name!r} still running" for t in new_py]
    if problems:
        pytest.fail("test left threads running: " + "; ".join(problems), pytrace=False)


def _alive(obj) -> bool:
    from shiboken6 import isValid
    return isValid(obj)


# The offscreen platform cannot raise windows or resize them to their size hints; Qt says so with a
# warning whenever a tooltip or a top-level widget is shown. That is the test platform's limit, not a
# fault in guinet, so those messages (and only those) do not fail a test.
_OFFSCREEN_LIMITS = r"This plugin does not support (raise\(\)|propagateSizeHints\(\)|grabbing the keyboard|setParent)"


def pytest_collection_modifyitems(config, items):
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def questions_through_qmessagebox(request, monkeypatch):
    """guinet asks its questions with dialogs.ask (buttons named by action). Tests answer questions by
    replacing QMessageBox.question; here ask goes through that function, so those stand-ins answer
    ask's questions too, with the same standard buttons. Tests of ask itself mark ``real_dialogs``."""
    if request.node.get_closest_marker("real_dialogs"):
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    from guinet.gui import dialogs

    def ask(parent, title, text, buttons, default, **kwargs):
        combined = QMessageBox.StandardButton.NoButton
        for standard, _label in buttons:
            combined |= standard
        return QMessageBox.question(parent, title, text, combined, default)

    monkeypatch.setattr(dialogs, "ask", ask)
    yield
