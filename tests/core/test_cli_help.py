"""'guinet --help' says how to open the app and lists the app's own options, without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_the_app_options_and_how_to_open_it():
    code = ("import sys; from guinet.cli import main; status = main(['--help']); "
            "assert status == 0; assert 'PySide6' not in sys.modules, 'help loaded Qt'; "
            "assert 'torch' not in sys.modules, 'help loaded torch'")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    for option in ("--screenshot", "--example", "--train-epochs", "--size", "--theme"):
        assert option in text, option
    assert "guinet FILE.guinet" in text and "Open the desktop app" in text
    for command in ("train", "check", "examples", "bench"):
        assert f"\n    {command} " in text
