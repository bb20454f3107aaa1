"""``guinet bench --gui``: training speed and GUI responsiveness inside the real main window.

Opens the MainWindow off screen (Qt's offscreen platform unless --show), trains an example with the
live plots drawing, and prints, from one run:

* guinet's steps per second while the window plots live, relative to the plain PyTorch loop on the
  same model and data (``guinet.core.bench.plain_loop``), measured in the same process with the
  same torch thread count, alternating before and after the GUI run;
* the event loop's latency: a 5 ms single-shot timer is re-armed all through training and its
  lateness recorded (p50 and p99);
* how often the plots were redrawn per second (snapshots drawn, and paint events of the loss plot).

Targets on 2 cores: ratio at least 0.9, p99 latency at most 33 ms, at least 20 redraws a second.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

TARGET_RATIO = 0.9
TARGET_P99_MS = 33.0
TARGET_REDRAWS = 20.0
PROBE_INTERVAL_MS = 5


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="guinet bench --gui", description=__doc__.split("\n\n")[0])
    p.add_argument("--example", default="xor-mlp", metavar="NAME", help="example to train (xor-mlp)")
    p.add_argument("--seconds", type=float, default=6.0, metavar="S",
                   help="how long the window trains (default 6)")
    p.add_argument("--repeats", type=int, default=3, metavar="R",
                   help="plain-loop runs for the baseline (median; default 3)")
    p.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")
    p.add_argument("--show", action="store_true", help="show the window on screen instead of off screen")
    return p


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ..core.project import ProjectError, example_names, load_example
    from . import theme
    from .main_window import MainWindow

    theme.apply_theme("light", app)
    if args.example not in example_names():
        print(f"guinet bench --gui: there is no example called {args.example!r}; choose from "
              f"{', '.join(example_names())}", file=sys.stderr)
        return 2
    try:
        project = load_example(args.example)
    except ProjectError as exc:
        print(f"guinet bench --gui: {exc}", file=sys.stderr)
        return 2
    # Enough epochs to train for the whole measurement; the run is stopped when time is up.
    project.set_training("epochs", 10_000_000)
    window = MainWindow(project, persist=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    live = window.live

    # ---- the plain loop on the same model and data, with the same torch threads as the GUI uses
    from ..core.bench import BenchError, plain_loop
    from ..core.trainer import Trainer
    from ..core.threads import apply_threads
    from .live import _copy_project

    dataset = window.dataset()
    try:
        # Built as the window builds its trainer, so the plain loop gets the thread count it chose.
        reference = Trainer(_copy_project(window.project), dataset, reserve_cores=1)
        threads = reference.threads
        apply_threads(threads)
        plain_loop(reference, 200)   # warm-up
        rate = plain_loop(reference, 300)
        steps = max(200, int(rate * 1.5))
    except (BenchError, ValueError) as exc:
        print(f"guinet bench --gui: {exc}", file=sys.stderr)
        return 2
    plain_runs: list[float] = []

    def baseline(times: int) -> None:
        for _ in range(times):
            plain_runs.append(plain_loop(reference, steps))

    baseline(max(1, args.repeats // 2 + args.repeats % 2))

    # ---- the GUI run
    lateness_ms: list[float] = []
    probe_clock = QElapsedTimer()
    probe = QTimer()
    probe.setSingleShot(True)
    probe.setTimerType(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.TimerType.PreciseTimer)

    startup_lateness_ms: list[float] = []

    def probe_fired() -> None:
        late = max(0.0, probe_clock.nsecsElapsed() / 1e6 - PROBE_INTERVAL_MS)
        # Until the first trained step arrives the worker is importing torch and building the
        # model: reported apart, as start-up.
        (lateness_ms if any(step > 0 for _, step in arrivals) else startup_lateness_ms).append(late)
        probe_clock.restart()
        probe.start(PROBE_INTERVAL_MS)

    probe.timeout.connect(probe_fired)

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painter_counter = PaintCounter()
    live.loss_plot.viewport().installEventFilter(painter_counter)

    arrivals: list[tuple[float, int]] = []   # (wall time, step) of each snapshot drawn
    live.snapshot_drawn.connect(lambda snap: arrivals.append((time.perf_counter(), snap.step)))
    loop = QEventLoop()
    live.session_ended.connect(lambda _snap: loop.quit())
    started = time.perf_counter()
    live.start()
    probe_clock.start()
    probe.start(PROBE_INTERVAL_MS)
    QTimer.singleShot(int(args.seconds * 1000), live.stop)
    QTimer.singleShot(int(args.seconds * 1000) + 60_000, loop.quit)   # a safety net, never reached normally
    loop.exec()
    probe.stop()
    total = time.perf_counter() - started

    baseline(max(1, args.repeats // 2))
    window.undo_stack.setClean()
    window.close()

    # Measure from the first snapshot after the trainer exists (torch import and model building
    # happen before it) to the last one: the steady state the user watches.
    moving = [(t, s) for t, s in arrivals if s > 0]
    if len(moving) < 2:
        print("guinet bench --gui: training produced too few snapshots to measure", file=sys.stderr)
        return 1
    (t0, s0), (t1, s1) = moving[0], moving[-1]
    gui_rate = (s1 - s0) / max(t1 - t0, 1e-9)
    plain_rate = statistics.median(plain_runs)
    draws = len([a for a in arrivals if t0 <= a[0] <= t1])
    window_s = max(t1 - t0, 1e-9)
    latency = [v for v in lateness_ms]
    result = {
        "example": args.example, "device": live.device_label_text, "torch_threads": threads,
        "seconds_training": round(window_s, 2), "seconds_total": round(total, 2),
        "plain_steps_per_second": round(plain_rate, 1), "gui_steps_per_second": round(gui_rate, 1),
        "ratio": round(gui_rate / plain_rate, 4),
        "latency_p50_ms": round(percentile(latency, 50), 2), "latency_p99_ms": round(percentile(latency, 99), 2),
        "latency_samples": len(latency),
        "startup_max_latency_ms": round(max(startup_lateness_ms, default=0.0), 1),
        "redraws_per_second": round(draws / window_s, 1),
        "loss_plot_paints_per_second": round(painter_counter.count / max(total, 1e-9), 1),
        "plain_runs": [round(r, 1) for r in plain_runs],
    }
    ok = {"ratio": result["ratio"] >= TARGET_RATIO, "latency": result["latency_p99_ms"] <= TARGET_P99_MS,
          "redraws": result["redraws_per_second"] >= TARGET_REDRAWS}
    result["targets_met"] = ok
    mark = {True: "ok", False: "MISSED"}
    print(f"example {args.example} on {result['device']}, {threads} torch thread(s), "
          f"{result['seconds_training']} s of live training")
    print(f"plain PyTorch loop:     {plain_rate:,.0f} steps/s (median of {len(plain_runs)})")
    print(f"guinet in the window:   {gui_rate:,.0f} steps/s")
    print(f"ratio guinet/plain:     {result['ratio']:.3f}  (target >= {TARGET_RATIO}: {mark[ok['ratio']]})")
    print(f"event-loop latency:     p50 {result['latency_p50_ms']:.1f} ms, p99 {result['latency_p99_ms']:.1f} ms "
          f"over {len(latency)} probes (target p99 <= {TARGET_P99_MS:.0f} ms: {mark[ok['latency']]}); "
          f"longest wait while training started: {result['startup_max_latency_ms']:.0f} ms")
    print(f"plot redraws:           {result['redraws_per_second']:.1f} per second "
          f"(loss plot painted {result['loss_plot_paints_per_second']:.1f}/s; target >= {TARGET_REDRAWS:.0f}: "
          f"{mark[ok['redraws']]})")
    if args.json:
        print(json.dumps(result))
    window.deleteLater()
    app.processEvents()
    return 0
