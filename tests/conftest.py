"""Suite-wide settings."""

from __future__ import annotations

import os
import sys

import pytest

_exit_status = pytest.StashKey[int]()


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_exit_status] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the test process without running C++ static destructors once Qt has been used.

    After every test has run and been reported, PySide6 6.11's exit-time cleanup
    (``destroyQCoreApplication``) deletes the pyqtgraph graphics widgets that hundreds of test windows
    left behind, and one of them touches an already destroyed Qt object: the process then dies
    with SIGSEGV and turns a green run red. The application itself deletes its window before it
    quits (``guinet.gui.app.main``) and exits cleanly; this only skips the teardown of the test
    process, after pytest has written its results.

    Kept after trying without it (issue 7, December 2026): tests/gui/conftest.py now deletes the
    windows each test closed before the next test starts, and a minimal script that opens, trains
    in and deletes three main windows exits cleanly (status 0; the same script keeping its windows
    alive dies with SIGSEGV). But the whole GUI suite still leaves about 4,700 parentless top-level
    widgets, nearly all pyqtgraph context menus (ViewBoxMenu with its QMenu and QFrame children, one
    set per ViewBox ever made), and deleting them, whether a sweep at the end of the session does it
    or Qt at exit, crashes part way through. Until the plots delete their menus with themselves,
    the process ends here.
    """
    if "PySide6.QtWidgets" not in sys.modules or _exit_status not in config.stash:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(config.stash[_exit_status])
