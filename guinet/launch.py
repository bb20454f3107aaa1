"""The ``guinet`` command's first step: open the app, or hand a headless command to guinet.cli.

Most starts open the window, so they do not wait for guinet.cli (the parser of every command, about a
fortieth of a second to compile where no .pyc files are written): only a command name, -h/--help or
--version goes there. ``guinet.cli.main`` routes the same way for callers that use it directly.
"""

from __future__ import annotations

import sys
from typing import Sequence

CORE_COMMANDS = ("train", "check", "examples", "bench", "step", "lessons", "export", "compare")
CORE_OPTIONS = ("-h", "--help", "--version")


def wants_core(argv: Sequence[str]) -> bool:
    """True for a command line that the headless CLI answers (no Qt is loaded for it)."""
    return bool(argv) and (argv[0] in CORE_COMMANDS or argv[0] in CORE_OPTIONS)


def escape_unprintable_output() -> None:
    """A file name that is not valid UTF-8 comes back escaped rather than crashing a print."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """The console script (and ``python -m guinet``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_core(args):
        from .cli import main as cli_main

        return cli_main(args)
    escape_unprintable_output()
    from .gui.app import main as app_main

    return int(app_main(args) or 0)
