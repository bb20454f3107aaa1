"""The ``guinet`` command's first step (guinet.launch): commands and help go to the headless CLI without
Qt; anything else is the app, reached without compiling guinet.cli."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from guinet import cli, launch

ROOT = Path(__file__).resolve().parents[2]


def test_commands_and_help_go_to_the_cli_everything_else_to_the_app():
    assert launch.CORE_COMMANDS is cli.CORE_COMMANDS
    for argv in (["train", "x.guinet"], ["bench", "--gui"], ["--help"], ["-h"], ["--version"], ["lessons"]):
        assert launch.wants_core(argv), argv
    for argv in ([], ["project.guinet"], ["--example", "spiral"], ["--screenshot", "out.png"], ["train.guinet"]):
        assert not launch.wants_core(argv), argv


def test_help_through_the_launcher_is_the_clis_and_loads_no_qt():
    code = ("import sys; from guinet.launch import main; status = main(['--help']); assert status == 0; "
            "assert 'PySide6' not in sys.modules, 'help loaded Qt'")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "guinet FILE.guinet" in done.stdout and "\n    train " in done.stdout


def test_python_m_guinet_and_the_console_script_use_the_launcher():
    assert "from .launch import main" in (ROOT / "guinet" / "__main__.py").read_text(encoding="utf-8")
    assert 'guinet = "guinet.launch:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
