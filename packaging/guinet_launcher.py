"""Entry script for frozen bundles (PyInstaller, briefcase): the same as the ``guinet-gui`` command."""

import sys

from guinet.cli import main_gui

if __name__ == "__main__":
    sys.exit(main_gui())
