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
    """
    if "PySide6.QtWidgets" not in sys.modules or _exit_status not in config.stash:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(config.stash[_exit_status])
