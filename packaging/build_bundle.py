"""Build the stand-alone guinet bundle with PyInstaller and check that it starts.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--no-check]

Run it with the Python whose packages go into the bundle (torch, PySide6, pyqtgraph, numpy; and
PyInstaller: ``pip install pyinstaller``). It

1. installs this checkout (guinet only, no dependencies) into a staging folder, so the bundle gets
   guinet as a normal install has it, resources included as the ``guinet._resources`` package;
2. runs PyInstaller on ``packaging/guinet_launcher.py`` (the ``guinet-gui`` entry point), one folder
   ``DIST/guinet/`` with the ``guinet`` executable in it;
3. runs the bundle's off-screen smoke check, ``guinet --screenshot OUT.png --train-epochs 50``, which
   trains the xor-mlp example and renders the window (exit status 0 only when Qt's plugins, torch and
   the resources are all in place), and prints the bundle's size and how long the check took.

PyInstaller rather than pyside6-deploy: pyside6-deploy drives Nuitka, which compiles every module to C
(tens of minutes for torch on a small machine) and which this environment does not have; PyInstaller
has maintained hooks for PySide6 and torch and builds the same one-folder bundle in minutes.
Build outputs (DIST, WORK) are git-ignored and never committed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Modules the bundle does not need: guinet uses only PySide6-Essentials (QtCore, QtGui, QtWidgets,
# QtSvg); the test tools stay out, and so do scipy and onnxruntime (about 110 MiB), which torch and
# pyqtgraph import only if present and guinet never uses.
EXCLUDES = ("tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore",
            "pytest", "_pytest", "pytestqt", "hypothesis", "IPython", "matplotlib", "PyInstaller",
            "scipy", "onnxruntime")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def stage_guinet(stage: Path) -> None:
    """pip-install the checkout (no dependencies, no network) into ``stage``."""
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(stage), str(ROOT)], check=True)


def run_pyinstaller(stage: Path, dist: Path, work: Path) -> Path:
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--name", "guinet", "--windowed",
            "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
            "--paths", str(stage),
            "--collect-data", "guinet._resources",
            "--collect-submodules", "guinet"]
    for module in EXCLUDES:
        args += ["--exclude-module", module]
    args.append(str(ROOT / "packaging" / "guinet_launcher.py"))
    # The staged copy, not the checkout, must be the guinet that PyInstaller finds.
    env = {**os.environ, "PYTHONPATH": str(stage)}
    subprocess.run(args, check=True, cwd=str(work), env=env)
    return dist / "guinet"


def smoke_check(bundle: Path, out_dir: Path, epochs: int = 50) -> dict:
    """Start the bundled app off screen, train ``epochs`` epochs of xor-mlp (0: none, so torch is not
    even loaded: the start time), render the window to a PNG and exit."""
    exe = bundle / ("guinet.exe" if os.name == "nt" else "guinet")
    shot = out_dir / f"bundle-smoke-{epochs}.png"
    shot.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMP_NUM_THREADS": "1"}
    env.pop("PYTHONPATH", None)   # the bundle must stand on its own
    started = time.monotonic()
    done = subprocess.run([str(exe), "--screenshot", str(shot), "--train-epochs", str(epochs)], env=env,
                          capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - started
    return {"epochs": epochs, "returncode": done.returncode, "seconds": round(seconds, 2),
            "screenshot": str(shot), "screenshot_bytes": shot.stat().st_size if shot.exists() else 0,
            "stderr_tail": done.stderr[-2000:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (./dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (./build/pyinstaller)")
    parser.add_argument("--no-check", action="store_true", help="build only, skip the smoke check")
    parser.add_argument("--check-only", action="store_true", help="check the bundle already in DIST")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")
    args = parser.parse_args(argv)

    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    bundle = dist / "guinet"
    if not args.check_only:
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="guinet-stage-") as tmp:
            stage = Path(tmp)
            stage_guinet(stage)
            bundle = run_pyinstaller(stage, dist, work)
        report["build_seconds"] = round(time.monotonic() - started, 1)
    report["bundle"] = str(bundle)
    report["bundle_bytes"] = folder_size(bundle)
    print(f"bundle: {bundle} ({report['bundle_bytes'] / 2**20:,.0f} MiB)"
          + (f", built in {report['build_seconds']} s" if "build_seconds" in report else ""))
    status = 0
    if not args.no_check:
        # 0 epochs: how long the window takes to start, render and exit; 50: torch and training too.
        for epochs in (0, 50):
            check = smoke_check(bundle, work, epochs)
            report[f"smoke_check_{epochs}_epochs"] = check
            print(f"smoke check, {epochs} epochs: exit {check['returncode']} in {check['seconds']} s, "
                  f"screenshot {check['screenshot']} ({check['screenshot_bytes']:,} bytes)")
            if check["returncode"] != 0 or not check["screenshot_bytes"]:
                print(check["stderr_tail"], file=sys.stderr)
                status = 1
    if args.json:
        print(json.dumps(report))
    return status


if __name__ == "__main__":
    sys.exit(main())
