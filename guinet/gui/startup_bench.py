"""``guinet bench --startup``: from process start to the first painted window, guinet against the
smallest PySide6 program that opens a main window, in one run, alternating so machine noise hits both.

Each start is a new process (a fresh interpreter, nothing cached in it; the operating system's file
cache is warm after the first, as it is for a user who starts the app again). guinet starts on its
default example with empty settings in a temporary folder, so no saved layout or recovery prompt
changes what it does. Without a display both use Qt's offscreen platform.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

from .startup_probe import BARE_WINDOW_SCRIPT, ENV_VAR, MODULES_PREFIX, PREFIX


@dataclass
class StartupResult:
    platform: str
    bare_runs: list[float] = field(default_factory=list)     # seconds to the first paint
    guinet_runs: list[float] = field(default_factory=list)
    guinet_heavy: list[str] = field(default_factory=list)   # heavy modules guinet had imported by its first paint

    @property
    def bare(self) -> float:
        return statistics.median(self.bare_runs)

    @property
    def guinet(self) -> float:
        return statistics.median(self.guinet_runs)

    @property
    def ratio(self) -> float:
        return self.guinet / self.bare

    def lines(self) -> list[str]:
        return [f"start-up to the first painted window ({self.platform} platform), median of "
                f"{len(self.guinet_runs)} starts each",
                f"bare PySide6 window: {self.bare:.3f} s",
                f"guinet:              {self.guinet:.3f} s (imported before its first paint: "
                f"{', '.join(self.guinet_heavy) or 'none of numpy, pyqtgraph, torch'})",
                f"ratio guinet/bare window: {self.ratio:.2f}"]

    def to_dict(self) -> dict:
        return {"platform": self.platform, "bare_seconds": round(self.bare, 4),
                "guinet_seconds": round(self.guinet, 4), "ratio": round(self.ratio, 4),
                "guinet_heavy_modules": list(self.guinet_heavy),
                "bare_runs": [round(r, 4) for r in self.bare_runs],
                "guinet_runs": [round(r, 4) for r in self.guinet_runs]}


class StartupError(RuntimeError):
    pass


def _time_first_paint(argv: list[str], env: dict, timeout: float) -> tuple[float, list[str]]:
    """(seconds from the start to the first paint, the heavy modules imported by then)."""
    started = time.time()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    painted, heavy = None, []
    for line in proc.stdout.splitlines():
        if line.startswith(PREFIX):
            painted = float(line[len(PREFIX):]) - started
        elif line.startswith(MODULES_PREFIX):
            heavy = [m for m in line[len(MODULES_PREFIX):].split(",") if m and m != "-"]
    if painted is not None:
        return painted, heavy
    tail = " ".join((proc.stderr or proc.stdout).split())[-300:]
    raise StartupError(f"{argv[-1]!r} painted no window (exit status {proc.returncode}): {tail}")


def run_startup_bench(repeats: int = 5, log=None, timeout: float = 60.0) -> StartupResult:
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory(prefix="guinet-startup-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                   XDG_STATE_HOME=os.path.join(home, "state"), **{ENV_VAR: "1"})
        # The bare script imports the probe from this guinet, installed or run from a checkout.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        bare = [sys.executable, "-c", BARE_WINDOW_SCRIPT]
        guinet = [sys.executable, "-m", "guinet"]
        result = StartupResult(platform)
        _time_first_paint(guinet, env, timeout)   # one unmeasured start of each: the file cache warms up
        _time_first_paint(bare, env, timeout)
        for i in range(repeats):
            order = ((bare, result.bare_runs, "bare"), (guinet, result.guinet_runs, "guinet"))
            for argv, runs, name in order if i % 2 == 0 else order[::-1]:
                seconds, heavy = _time_first_paint(argv, env, timeout)
                runs.append(seconds)
                if argv is guinet:
                    result.guinet_heavy = heavy
                if log:
                    log(f"start {i + 1}/{repeats}: {name} {runs[-1]:.3f} s")
    return result
