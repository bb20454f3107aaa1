"""Builds the PyInstaller bundle and runs its smoke check, only when GUINET_BUILD_BUNDLE=1 (minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("GUINET_BUILD_BUNDLE") != "1", reason="set GUINET_BUILD_BUNDLE=1 to build")
def test_bundle_builds_and_starts(tmp_path):
    pytest.importorskip("PyInstaller")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist",
                           str(tmp_path / "dist"), "--work", str(tmp_path / "work"), "--json"],
                          capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    import json

    report = json.loads(done.stdout.strip().splitlines()[-1])
    for epochs in (0, 50):
        check = report[f"smoke_check_{epochs}_epochs"]
        assert check["returncode"] == 0 and check["screenshot_bytes"] > 0
