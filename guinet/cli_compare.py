"""``guinet compare`` and ``guinet bench --compare N``: the command-line side of guinet.core.compare.

Kept out of cli.py so that the command's table and the benchmark's report live next to each other and
cli.py only routes to them. Never imports Qt.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _fmt(x: float | None, spec: str = ".4g") -> str:
    if x is None:
        return "-"
    return format(x, spec)


def run_compare(args, load: Callable, usage_error: type, print_json: Callable[[Any], None]) -> int:
    from .core import compare as C
    from .core.graph import GraphError

    project, base_dir = load(args.file, args.example)
    try:
        if args.epochs is not None:
            project.set_training("epochs", args.epochs)
        if args.seed is not None:
            project.set_training("seed", args.seed)
    except GraphError as exc:
        raise usage_error(f"guinet compare: {_one_line(exc)}") from None
    if not args.vary and not args.preset:
        raise usage_error("guinet compare: say what varies with --vary KEY=V1,V2 (or choose --preset NAME). "
                          f"Allowed keys: {C.allowed_keys_text()}")
    try:
        varies = [C.parse_vary(text) for text in args.vary]
        if args.preset:
            variants = C.preset_variants(project, args.preset, varies)
        else:
            variants = C.make_variants(project, varies)
    except C.CompareError as exc:
        raise usage_error(f"guinet compare: {_one_line(exc)}") from None
    try:
        comparison = C.Comparison(variants, base_dir=base_dir, target_accuracy=args.target)
    except C.CompareError as exc:
        print(f"guinet compare: {_one_line(exc)}", file=sys.stderr)
        return 1

    progress = sys.stderr.isatty()
    last = 0.0

    def show(frame) -> None:
        nonlocal last
        if not progress or (time.monotonic() - last < 0.25 and not frame.done):
            return
        last = time.monotonic()
        results = comparison.results()
        done = sum(1 for r in results if r.state != "running")
        epochs = sum(r.epoch for r in results)
        planned = sum(r.epochs for r in results) or 1
        sys.stderr.write(f"\r{len(results)} variants: {100 * epochs / planned:3.0f}% of the epochs, "
                         f"{done} done   ")
        sys.stderr.flush()

    started = time.perf_counter()
    # Snapshots ten times a second: the epoch a target accuracy was reached is read from them.
    results = comparison.train(snapshot_every_s=0.1, progress=show)
    seconds = time.perf_counter() - started
    if progress:
        sys.stderr.write("\n")
    for r in results:
        if r.diverged:
            print(f"guinet compare: variant '{r.label}': {_one_line(r.message)}", file=sys.stderr)
    if args.json:
        print_json({"variants": [r.to_json() for r in results], "seconds": round(seconds, 4),
                    "groups": comparison.group_sizes(), "target_accuracy": args.target})
        return 0
    name = args.example or args.file
    together = [n for n in comparison.group_sizes() if n > 1]
    how = (f"{sum(together)} of them together in {len(together)} group(s)" if together
           else "each on its own (no two share a structure)")
    print(f"{name}: {len(results)} variants in {seconds:.2f} s, {how}")
    headers = ["variant", "train loss", "test loss", "train acc", "test acc", f"acc {args.target:g} at",
               "seconds", "steps/s", "state"]
    rows = [[r.label, _fmt(r.train_loss), _fmt(r.test_loss), _fmt(r.train_accuracy, ".3f"),
             _fmt(r.test_accuracy, ".3f"), "-" if r.reached_epoch is None else str(r.reached_epoch),
             f"{r.seconds:.2f}", f"{r.steps_per_second:,.0f}", r.state] for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))))
    for row in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    best = C.best_result(results)
    if best is not None:
        print(f"lowest final training loss: {best.label}")
    return 0


def run_compare_bench(args, usage_error: type, print_json: Callable[[Any], None]) -> int:
    from .core.compare_bench import CompareBenchError, run_compare_bench as bench

    try:
        result = bench(args.example, n=args.compare, repeats=min(args.repeats or 3, 3),
                       log=(lambda line: print(line, file=sys.stderr)) if not args.json else None)
    except CompareBenchError as exc:
        raise usage_error(f"guinet bench: {_one_line(exc)}") from None
    for line in result.lines():
        print(line)
    if args.json:
        print_json(result.to_dict())
    return 0
