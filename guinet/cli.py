"""The ``guinet`` command.

    guinet [FILE | --example NAME | --screenshot OUT.png ...]   open the desktop app (guinet.gui.app)
    guinet train (FILE | --example NAME) [--epochs N] [--seed S] [--device D] [--json]
    guinet train DATA.csv [--target COL] [--hidden 16[,8]] [--activation NAME] [--skip-rows N]
                 [--drop-missing] [--task classification|regression] [--header yes|no] [--save P.guinet]
                 [--stop-accuracy X] [--stop-loss Y] [--patience N] [--keep-best] [--json]
    guinet check FILE [--json]
    guinet examples [--json]
    guinet bench [--example NAME] [--seconds S] [--repeats R] [--threads N] [--load | --startup] [--json]
    guinet bench --gui ...
    guinet step (FILE | --example NAME) [--sample I] [--epochs N] [--seed S] [--json]
    guinet lessons [--check] [--json]
    guinet export (FILE | --example NAME) -o OUT.py|OUT.pt|OUT.pt2|OUT.onnx [--train] [--epochs N] [--seed S]
    guinet bench --compare N [--example NAME] [--repeats R] [--json]
    guinet compare (FILE | --example NAME) --vary KEY=V1,V2 [--vary ...] [--preset NAME] [--epochs N] [--seed S] [--json]

Exit status: 0 success (for ``check``: the project is valid); 1 the project has problems (``check``
lists them; ``train`` refuses a network that cannot be built or a training run that diverged); 2 a file
that cannot be read, an unknown example or a bad argument, with a one-line message on stderr.

The headless commands never import Qt; the app is imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any, Sequence

from .launch import CORE_COMMANDS, escape_unprintable_output, wants_core  # noqa: F401 - CORE_COMMANDS for callers


class UsageError(Exception):
    """A bad file or argument: exit status 2 with this one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, status 2 (argparse prints usage too)
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="guinet", description="Build, train and understand small neural networks. "
                     "Without a command, 'guinet [FILE]' opens the desktop app.",
                     usage="guinet [FILE | --example NAME] [app options]\n       guinet COMMAND [options]",
                     epilog=_app_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, title="commands", metavar="COMMAND",
                                prog="guinet")

    train = sub.add_parser("train", help="train a project headless and report the result",
                           description="Train a project without the window. Progress goes to stderr when it "
                           "is a terminal; with --json the last line of stdout is one JSON object.")
    source = train.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a .guinet project file, or a CSV file to train a default "
                        "network on (Input, Dense 16 ReLU, the head that fits the task)")
    source.add_argument("--example", metavar="NAME", help="an example project (see 'guinet examples')")
    train.add_argument("--epochs", type=_positive_int, metavar="N", help="train for N epochs instead")
    train.add_argument("--seed", type=_seed, metavar="S", help="the training seed (initial weights, batch order)")
    train.add_argument("--device", metavar="D", help="auto, cpu, cuda, cuda:N or mps")
    train.add_argument("--threads", type=_threads, metavar="N", help="CPU threads for torch (default: the "
                       "project's setting, automatic: one for small networks, more for large steps)")
    train.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")
    _add_csv_arguments(train)

    check = sub.add_parser("check", help="validate a project and list its problems",
                           description="Validate a project file. Exit status 0: valid; 1: problems "
                           "(listed on stdout); 2: the file cannot be read.")
    check.add_argument("file", help="a .guinet project file")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")

    examples = sub.add_parser("examples", help="list the example projects")
    examples.add_argument("--json", action="store_true", help="print the list as JSON")

    bench = sub.add_parser("bench", help="guinet's trainer against a plain PyTorch loop",
                           description="Train the same model on the same data with guinet's trainer "
                           "(headless, snapshots at 30 Hz) and with a plain hand-written PyTorch loop, "
                           "in alternating runs, and print the median steps per second of each and their ratio.")
    bench.add_argument("--example", default="xor-mlp", metavar="NAME", help="example to train (xor-mlp)")
    bench.add_argument("--seconds", type=_positive_float, default=None, metavar="S",
                       help="seconds of timed training for each loop (5)")
    bench.add_argument("--repeats", type=_positive_int, default=None, metavar="R",
                       help="alternating timed runs of each loop that share those seconds (5)")
    bench.add_argument("--threads", type=_threads, default=0, metavar="N",
                       help="guinet's torch threads (0, the default: chosen from the size of a step)")
    bench.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")
    mode = bench.add_mutually_exclusive_group()
    mode.add_argument("--load", action="store_true", help="compare on the quiet machine and again while "
                      "another process keeps one core busy (seconds 3 and repeats 3 unless given)")
    mode.add_argument("--startup", action="store_true", help="time from process start to the first painted "
                      "window, guinet against a bare PySide6 window (--repeats starts of each)")
    mode.add_argument("--gui", action="store_true", help="measure inside the real main window instead "
                      "(the other options go to the GUI benchmark)")
    mode.add_argument("--compare", type=_positive_int, metavar="N", help="time N optimizer variants (2 to 8: "
                      "SGD, Momentum, Nesterov, AdaGrad, RMSProp, AdaDelta, Adam, AdamW) of --example trained "
                      "together, against one run and against the N one after another (--repeats at most 3)")
    _add_step_parser(sub)

    lessons = sub.add_parser("lessons", help="list the lessons, or play every lesson's solution",
                             description="List the lessons (resources/lessons). With --check, play each "
                             "lesson's own solution headless and verify that every check passes: exit "
                             "status 0, or 1 naming the lesson and step that failed.")
    lessons.add_argument("--check", action="store_true", help="play every lesson's solution and run its checks")
    lessons.add_argument("--folder", metavar="DIR", help="the lessons in DIR instead of guinet's own (for "
                         "a teacher checking new lesson files)")
    lessons.add_argument("--lang", choices=("en", "ko"), default="en", help="language of the list (en)")
    lessons.add_argument("--json", action="store_true", help="print the list (or the failures) as JSON")
    _add_export_parser(sub)
    _add_compare_parser(sub)
    return parser


def _add_export_parser(sub) -> None:
    export = sub.add_parser("export", help="write a project as a PyTorch script, weights, torch.export or ONNX",
                            description="Export a project. The format follows the output's extension: .py a "
                            "standalone PyTorch training script (torch and numpy only), .pt the trained weights "
                            "(a state_dict of the script's class), .pt2 a torch.export program, .onnx an ONNX "
                            "model (needs: pip install \"guinet[export]\").")
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a .guinet project file")
    source.add_argument("--example", metavar="NAME", help="an example project (see 'guinet examples')")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.py, OUT.pt, OUT.pt2 or OUT.onnx")
    export.add_argument("--train", action="store_true", help="train the project first (for .pt, .pt2, .onnx)")
    export.add_argument("--epochs", type=_positive_int, metavar="N", help="the epochs to train (and the script's)")
    export.add_argument("--seed", type=_seed, metavar="S", help="the training seed (and the script's)")


def _add_compare_parser(sub) -> None:
    compare = sub.add_parser("compare", help="train variants of a project side by side and compare them",
                             description="Train copies of a project that differ in a few settings, all on the "
                             "same data and from the same initial weights, and print one row per variant. "
                             "KEY is a training setting (optimizer, learning_rate, batch_size, ...), "
                             "layers.NAME for every hidden Dense layer (layers.activation, layers.weight_init, "
                             "layers.normalization, ...) or data.NAME (data.noise, data.samples, ...). Several "
                             "--vary make a grid (at most 64 variants). With --json the last line of stdout is "
                             "one JSON object.")
    source = compare.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a .guinet project file")
    source.add_argument("--example", metavar="NAME", help="an example project (see 'guinet examples')")
    compare.add_argument("--vary", action="append", default=[], metavar="KEY=V1,V2",
                         help="a setting and the values to try (repeat for a grid)")
    compare.add_argument("--preset", metavar="NAME", help="one of the lessons' comparisons: gradient-descent, "
                         "initialization, normalization, activations, cpu-vs-gpu (with a GPU)")
    compare.add_argument("--epochs", type=_positive_int, metavar="N", help="train every variant for N epochs")
    compare.add_argument("--seed", type=_seed, metavar="S", help="the training seed of every variant")
    compare.add_argument("--target", type=_accuracy, default=0.95, metavar="ACC",
                         help="the training accuracy whose first epoch the table reports (0.95)")
    compare.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")


def _accuracy(text: str) -> float:
    value = _positive_float(text)
    if value > 1:
        raise argparse.ArgumentTypeError(f"must be at most 1, not {text}")
    return value


def _add_step_parser(sub) -> None:
    step = sub.add_parser("step", help="one training step, number by number (forward, loss, backward, update)",
                          description="Train N epochs (default 0), then take one SGD-style step on one training "
                          "sample and print every layer's weighted sums, activations, gradients (the chain "
                          "rule) and the change the project's optimizer makes. The trainer's own numbers "
                          "(PyTorch autograd). With --json the last line of stdout is one JSON object.")
    source = step.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a .guinet project file")
    source.add_argument("--example", metavar="NAME", help="an example project (see 'guinet examples')")
    step.add_argument("--sample", type=_nonnegative_int, default=0, metavar="I",
                      help="the training sample to step on (0)")
    step.add_argument("--epochs", type=_nonnegative_int, default=0, metavar="N",
                      help="epochs to train before the step (0)")
    step.add_argument("--seed", type=_seed, metavar="S", help="the training seed (initial weights, batch order)")
    step.add_argument("--json", action="store_true", help="end with one line of JSON on stdout")


# Options that only make sense for a CSV file given to 'guinet train' (dest names).
_CSV_OPTIONS = ("target", "hidden", "activation", "skip_rows", "drop_missing", "task", "header", "save")
CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".dat", ".data")


def _add_csv_arguments(train: argparse.ArgumentParser) -> None:
    csv_opts = train.add_argument_group("for a CSV file")
    csv_opts.add_argument("--target", metavar="COL", default="",
                          help="the column to predict: a header name or a number from 1 (default: the last)")
    csv_opts.add_argument("--hidden", type=_layer_sizes, metavar="16[,8,...]",
                          help="units of each hidden Dense layer (default 16; 0 for none)")
    csv_opts.add_argument("--activation", metavar="NAME", help="the hidden layers' activation (default relu)")
    csv_opts.add_argument("--skip-rows", type=_nonnegative_int, default=0, metavar="N",
                          help="rows to skip at the top of the file")
    csv_opts.add_argument("--drop-missing", action="store_true",
                          help="drop rows with missing values (empty, NA, NaN, null, ?) and say how many")
    csv_opts.add_argument("--task", choices=("auto", "classification", "regression"), default="auto",
                          help="what to predict (default: detected from the target column)")
    csv_opts.add_argument("--header", choices=("auto", "yes", "no"), default="auto",
                          help="whether the first row holds column names (default: detected)")
    csv_opts.add_argument("--save", metavar="PROJECT.guinet",
                          help="write the project (network, data settings, trained weights) to open in the window")
    stop = train.add_argument_group("stop at a target")
    stop.add_argument("--stop-accuracy", type=_share, metavar="X", help="stop once the test accuracy reaches X")
    stop.add_argument("--stop-loss", type=_positive_float, metavar="Y", help="stop once the training loss is below Y")
    stop.add_argument("--patience", type=_positive_int, metavar="N",
                      help="stop after N epochs without a lower test loss")
    stop.add_argument("--keep-best", action="store_true", help="end with the weights of the best epoch")


def _layer_sizes(text: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")]
    if parts == ["0"]:
        return ()
    sizes = []
    for part in parts:
        if not (part.isascii() and part.isdigit()) or len(part) > 6 or int(part) < 1:
            raise argparse.ArgumentTypeError(f"{text!r} is not a list of layer sizes like 16 or 32,16")
        sizes.append(int(part))
    return tuple(sizes)


def _nonnegative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _app_help() -> str:
    """How to open the app and the app's own options, for 'guinet --help' (they were listed only by
    'guinet --example X --help'). Read from the app's parser, which imports no Qt to be built."""
    from .gui.app import _parser as app_parser

    formatter = argparse.RawDescriptionHelpFormatter("guinet", max_help_position=30)
    formatter.add_text("Open the desktop app:\n"
                       "  guinet                        the xor-mlp example\n"
                       "  guinet FILE.guinet            a project file\n"
                       "  guinet --example spiral       an example (list them: guinet examples)\n"
                       "  guinet --screenshot OUT.png --example spiral --train-epochs 200\n"
                       "                                render the window off screen to a PNG and exit")
    formatter.start_section("app options")
    formatter.add_arguments([a for a in app_parser()._actions
                             if a.option_strings and not isinstance(a, argparse._HelpAction)])
    formatter.end_section()
    formatter.add_text("Each command has its own help: guinet train --help, guinet bench --help.")
    return formatter.format_help()


def _share(text: str) -> float:
    value = _positive_float(text)
    if value > 1:
        raise argparse.ArgumentTypeError(f"must be at most 1, not {text}")
    return value


def _version() -> str:
    from . import __version__

    return f"guinet {__version__}"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _threads(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 256:
        raise argparse.ArgumentTypeError(f"must be between 0 (automatic) and 256, not {value}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and {2**31 - 1}, not {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
    return value


# --------------------------------------------------------------------------- helpers


def _load(file: str | None, example: str | None):
    """(project, folder for relative CSV paths). UsageError for anything unreadable."""
    from .core.project import ProjectError, example_names, load_example, load_project

    if example is not None:
        if example not in example_names():
            raise UsageError(f"there is no example called {example!r}; choose from {', '.join(example_names())}")
        try:
            return load_example(example), None
        except ProjectError as exc:
            raise UsageError(_one_line(str(exc))) from None
    path = Path(file)
    try:
        return load_project(path), path.resolve().parent
    except ProjectError as exc:
        raise UsageError(_one_line(str(exc))) from None


def _is_csv_file(file: str) -> bool:
    """A CSV file rather than a project: by its suffix, else by its first byte (a project is JSON)."""
    suffix = Path(file).suffix.lower()
    if suffix == ".guinet":
        return False
    if suffix in CSV_SUFFIXES:
        return True
    from .core.files import UnreadableFileError, open_regular_file

    try:
        fd, _ = open_regular_file(Path(file), 1 << 62)
    except UnreadableFileError:
        return False  # the project reader says what is wrong with the file
    import os

    try:
        head = os.read(fd, 64)
    except OSError:
        head = b""
    finally:
        os.close(fd)
    return not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _load_csv(args):
    """(project, dataset, folder) for 'guinet train DATA.csv' with the CSV options."""
    from .core.data import DataError
    from .core.graph import GraphError
    from .core.settings import DATASETS  # noqa: F401  (the tables load the choices)
    from .core.choices import ACTIVATIONS
    from .core.tabular import DEFAULT_ACTIVATION, DEFAULT_HIDDEN, csv_project

    activation = (args.activation or DEFAULT_ACTIVATION).strip().lower()
    if activation not in ACTIVATIONS or activation == "softmax":
        names = ", ".join(n for n in ACTIVATIONS.names() if n != "softmax")
        raise UsageError(f"guinet train: unknown activation {args.activation!r}; choose from {names}")
    path = Path(args.file).absolute()
    try:
        project, dataset = csv_project(
            path, hidden=args.hidden if args.hidden is not None else DEFAULT_HIDDEN, activation=activation,
            epochs=args.epochs, seed=args.seed or 0, target=args.target, header=args.header, task=args.task,
            skip_rows=args.skip_rows, drop_missing=args.drop_missing)
    except DataError as exc:
        raise UsageError(f"the data cannot be read: {_one_line(str(exc))}") from None
    except GraphError as exc:
        raise UsageError(f"guinet train: {_one_line(str(exc))}") from None
    return project, dataset


def _metrics(trainer, dataset) -> dict[str, Any]:
    """Test-split metrics at the top level (the training split's under "train_metrics")."""
    from .core import metrics

    out: dict[str, Any] = {}
    for split in ("test", "train"):
        y = dataset.y_test if split == "test" else dataset.y_train
        if not len(y):
            continue
        predicted = trainer.predict(split)
        if dataset.task == "classification":
            cm = metrics.confusion_matrix(y, predicted, dataset.n_classes)
            report = metrics.classification_report(cm, dataset.class_names).to_dict()
            report.pop("accuracy", None)
        else:
            report = metrics.regression_report(y, predicted).to_dict()
        if split == "test":
            out.update(report)
        else:
            out["train_metrics"] = report
    return out


def _print_metrics(result: dict[str, Any]) -> None:
    if "confusion_matrix" in result:
        names = result["class_names"]
        width = max(8, *(len(n) for n in names))
        print(f"test: balanced accuracy {result['balanced_accuracy']:.4f}")
        print(f"{'class':<{width}}  precision  recall  f1      support")
        for row in result["per_class"]:
            print(f"{row['class']:<{width}}  {row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:6.3f}  "
                  f"{row['support']:7d}")
        print("confusion matrix (rows: true class, columns: predicted), test split:")
        print(" " * width + "  " + " ".join(f"{n[:8]:>8}" for n in names))
        for name, row in zip(names, result["confusion_matrix"]):
            print(f"{name:<{width}}  " + " ".join(f"{v:8d}" for v in row))
    elif "rmse" in result:
        r2 = f"{result['r2']:.4f}" if result["r2"] is not None else "-"
        print(f"test: RMSE {result['rmse']:.5g}  MAE {result['mae']:.5g}  R² {r2}")


def _save_csv_project(project, trainer, target: str, csv_path: Path) -> None:
    """Write the project (with its trained weights), the CSV path relative to the project's folder."""
    import os

    from .core.project import ProjectError, save_project

    out = Path(target)
    folder = out.absolute().parent
    try:
        rel = os.path.relpath(csv_path, folder)
    except ValueError:  # another drive (Windows)
        rel = str(csv_path)
    project.set_data("dataset.path", rel if not rel.startswith("..") else str(csv_path))
    project.weights = trainer.export_weights()
    try:
        save_project(project, out)
    except ProjectError as exc:
        raise UsageError(f"guinet train: {_one_line(str(exc))}") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _data_error_text(exc: Exception) -> str:
    """A data error's message; anything else (an OS error about a strange path) named plainly."""
    from .core.data import DataError
    from .core.text import excerpt

    if isinstance(exc, DataError):
        return _one_line(str(exc))
    return _one_line(f"the data settings cannot be used ({type(exc).__name__}: {excerpt(str(exc), 200)}). "
                     f"Check the CSV file's path and target column.")


def _finite_or_none(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _norms(values: dict[str, float]) -> dict[str, float | None]:
    return {k: _finite_or_none(v) for k, v in values.items()}


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, allow_nan=False))


# --------------------------------------------------------------------------- commands


def _cmd_train(args) -> int:
    """``guinet train``. With --json the last line of stdout is one JSON object whatever happens: the
    result, or {"error": message} (with the result's keys where there is one) on failure."""
    if not args.json:
        return _train(args)
    try:
        return _train(args)
    except UsageError as exc:
        _print_json({"error": str(exc), "file": args.file, "example": args.example})
        raise
    except Exception as exc:  # noqa: BLE001 - a bug; still end with the promised JSON line
        import traceback

        traceback.print_exc()
        _print_json({"error": f"guinet train failed unexpectedly: {type(exc).__name__}: {exc}",
                     "file": args.file, "example": args.example})
        return 1


def _train_error(args, message: str) -> None:
    if args.json:
        _print_json({"error": message, "file": args.file, "example": args.example})


def _train(args) -> int:
    import time

    from .core.data import make_dataset
    from .core.trainer import BuildError, Trainer, TrainerError

    from .core.graph import GraphError

    dataset = None
    csv_mode = args.file is not None and _is_csv_file(args.file)
    if csv_mode:
        project, dataset = _load_csv(args)
        base_dir = None
    else:
        given = [f"--{name.replace('_', '-')}" for name in _CSV_OPTIONS
                 if getattr(args, name) not in (None, "", 0, False, "auto")]
        if given:
            raise UsageError(f"guinet train: {', '.join(given)} only apply to a CSV file; a project file "
                             f"keeps its own network and data settings")
        project, base_dir = _load(args.file, args.example)
    try:
        for key, value in (("stop_accuracy", args.stop_accuracy), ("stop_loss", args.stop_loss),
                           ("stop_patience", args.patience), ("keep_best", args.keep_best or None)):
            if value is not None:
                project.set_training(key, value)
        if args.epochs is not None:
            project.set_training("epochs", args.epochs)
        if args.seed is not None:
            project.set_training("seed", args.seed)
        if args.threads is not None:
            project.set_training("threads", args.threads)
    except GraphError as exc:
        raise UsageError(f"guinet train: {_one_line(str(exc))}") from None
    if args.device is not None:
        name = args.device.strip().lower()
        if not (name in ("auto", "cpu", "cuda", "mps") or (name.startswith("cuda:") and name[5:].isdigit())):
            raise UsageError(f"guinet train: unknown device {args.device!r}; choose auto, cpu, cuda, cuda:N or mps")
    try:
        if dataset is None:
            dataset = make_dataset(project.data, base_dir=base_dir)
    except Exception as exc:  # noqa: BLE001 - a DataError, or whatever a strange path makes the OS say
        raise UsageError(f"the data cannot be made: {_data_error_text(exc)}") from None
    if dataset.notes:
        for note in dataset.notes:
            print(f"note: {_one_line(note)}", file=sys.stderr)
    try:
        trainer = Trainer(project, dataset, device=args.device)
    except BuildError as exc:
        for problem in exc.problems:
            print(f"problem: {problem}", file=sys.stderr)
        print("guinet train: the network has problems; fix them (see 'guinet check') and try again.",
              file=sys.stderr)
        _train_error(args, "the network has problems: " + "; ".join(str(p) for p in exc.problems))
        return 1
    except TrainerError as exc:
        print(f"guinet train: {_one_line(str(exc))}", file=sys.stderr)
        _train_error(args, _one_line(str(exc)))
        return 1
    if trainer.device_note:
        print(f"note: {trainer.device_note}", file=sys.stderr)

    progress = sys.stderr.isatty()
    last_print = 0.0
    started = time.perf_counter()
    snap = None
    history_steps: list[Any] = []
    history_losses: list[Any] = []
    for snap in trainer.run(snapshot_every_s=0.25 if progress else 1.0):
        history_steps.append(snap.new_steps)
        history_losses.append(snap.new_losses)
        if progress and (time.monotonic() - last_print > 0.2 or snap.done):
            last_print = time.monotonic()
            acc = f"  accuracy {snap.train_accuracy:.3f}" if snap.train_accuracy is not None else ""
            loss = f"{snap.train_loss:.5g}" if snap.train_loss is not None else "-"
            sys.stderr.write(f"\repoch {snap.epoch}/{snap.epochs}  loss {loss}{acc}  "
                             f"{snap.steps_per_second:,.0f} steps/s   ")
            sys.stderr.flush()
    if progress:
        sys.stderr.write("\n")
    assert snap is not None
    import numpy as np

    steps = np.concatenate(history_steps) if history_steps else np.zeros(0, np.int64)
    losses = np.concatenate(history_losses) if history_losses else np.zeros(0, np.float32)
    # At most 100 points of the loss curve, evenly spread, so two runs can be compared line by line.
    pick = np.unique(np.linspace(0, len(steps) - 1, min(100, len(steps))).round().astype(int)) if len(steps) else []
    seconds = time.perf_counter() - started  # wall time, snapshots included
    result = {
        "example": args.example, "file": args.file, "epochs": snap.epoch, "steps": snap.step,
        "train_loss": _finite_or_none(snap.train_loss), "test_loss": _finite_or_none(snap.test_loss),
        "train_accuracy": snap.train_accuracy, "test_accuracy": snap.test_accuracy,
        "seconds": round(seconds, 4), "steps_per_second": round(snap.step / seconds, 1) if seconds > 0 else None,
        "device": str(trainer.device), "device_note": trainer.device_note or None,
        "threads": trainer.threads, "threads_reason": trainer.thread_choice.reason,
        "diverged": snap.state == "diverged", "diverged_layer": snap.diverged_layer,
        "message": snap.message or None,
        "grad_norms": _norms(snap.grad_norms), "initial_grad_norms": _norms(trainer.initial_grad_norms),
        "loss_curve": [[int(steps[i]), _finite_or_none(float(losses[i]))] for i in pick],
        # The gradient-flow verdict at the end (guinet.core.diagnosis), as the window shows it.
        "diagnosis": snap.diagnosis.to_dict() if snap.diagnosis is not None else None,
        "task": dataset.task, "n_train": int(len(dataset.y_train)), "n_test": int(len(dataset.y_test)),
        "features": list(dataset.feature_names), "class_names": dataset.class_names,
        "notes": list(dataset.notes), "dropped_rows": dataset.dropped_rows,
    }
    if snap.state != "diverged":
        result.update(_metrics(trainer, dataset))
    if csv_mode and args.save:
        _save_csv_project(project, trainer, args.save, Path(args.file).absolute())
        result["saved"] = args.save
    if snap.state == "diverged":
        print(f"guinet train: {snap.message}", file=sys.stderr)
        result["error"] = snap.message or "training diverged"
    if args.json:
        _print_json(result)
    else:
        name = args.example or args.file
        print(f"{name}: {result['epochs']} epochs, {result['steps']} steps in {seconds:.2f} s "
              f"({result['steps_per_second'] or 0:,.0f} steps/s on {result['device']}, "
              f"{trainer.thread_choice.label})")
        print(f"train loss {snap.train_loss!r}  test loss {snap.test_loss!r}")
        if snap.train_accuracy is not None:
            test = f"{snap.test_accuracy:.4f}" if snap.test_accuracy is not None else "-"
            print(f"train accuracy {snap.train_accuracy:.4f}  test accuracy {test}")
        if snap.diagnosis is not None:
            print(f"gradient flow: {snap.diagnosis.message}")
        print("gradient norms (input to output): " +
              ", ".join(f"{k} {v:.3g}" for k, v in snap.grad_norms.items()))
        _print_metrics(result)
        if snap.message and snap.state != "diverged":
            print(snap.message)
        if result.get("saved"):
            print(f"saved the project to {result['saved']}")
    return 1 if snap.state == "diverged" else 0


def _cmd_check(args) -> int:
    from .core.data import make_dataset, task_info_for

    project, base_dir = _load(args.file, None)
    problems: list[tuple[str | None, str]] = []
    info = None
    try:
        dataset = make_dataset(project.data, base_dir=base_dir)
        info = task_info_for(project, dataset)
    except Exception as exc:  # noqa: BLE001 - a DataError, or whatever a strange path makes the OS say
        problems.append((None, f"Data: {_data_error_text(exc)}"))
        if project.data_settings()["dataset"] != "csv":
            info = project.task_info()
    if info is not None:
        problems.extend((p.node_id, p.message) for p in project.problems(info))
    if args.json:
        _print_json({"file": args.file, "valid": not problems,
                     "problems": [{"node": n, "message": m} for n, m in problems]})
    elif problems:
        for node, message in problems:
            print(f"{node}: {message}" if node else message)
    else:
        print(f"{args.file}: no problems")
    return 1 if problems else 0


def _cmd_examples(args) -> int:
    from .core.project import example_names, load_example

    rows = []
    for name in example_names():
        description = load_example(name).description
        first = description.split(". ")[0].rstrip(".") + "." if description else ""
        rows.append((name, first))
    if args.json:
        _print_json([{"name": n, "summary": s} for n, s in rows])
    else:
        width = max((len(n) for n, _ in rows), default=0)
        for name, summary in rows:
            print(f"{name:<{width}}  {summary}")
    return 0


def _cmd_compare(args) -> int:
    from .cli_compare import run_compare

    return run_compare(args, _load, UsageError, _print_json)


def _cmd_bench(args) -> int:
    if args.compare:
        from .cli_compare import run_compare_bench

        return run_compare_bench(args, UsageError, _print_json)
    log = (lambda line: print(line, file=sys.stderr)) if not args.json else None
    if args.startup:
        from .gui.startup_bench import StartupError, run_startup_bench

        try:
            result = run_startup_bench(args.repeats or 5, log=log)
        except StartupError as exc:
            print(f"guinet bench --startup: {_one_line(str(exc))}", file=sys.stderr)
            return 1
    else:
        from .core.bench import BenchError, run_bench, run_load_bench

        run = run_load_bench if args.load else run_bench
        try:
            result = run(args.example, seconds=args.seconds or (3.0 if args.load else 5.0),
                         repeats=args.repeats or (3 if args.load else 5), log=log, threads=args.threads)
        except BenchError as exc:
            raise UsageError(f"guinet bench: {_one_line(str(exc))}") from None
    for line in result.lines():
        print(line)
    if args.json:
        _print_json(result.to_dict())
    return 0


def _cmd_export(args) -> int:
    from .core.export import (NEEDS_WEIGHTS, ExportError, export, format_of, missing_onnx_packages,
                              onnx_install_message)
    from .core.graph import GraphError

    try:
        kind = format_of(args.output)
    except ExportError as exc:
        raise UsageError(f"guinet export: {_one_line(str(exc))}") from None
    if args.train and kind not in NEEDS_WEIGHTS:
        raise UsageError("guinet export: --train makes weights for .pt, .pt2 or .onnx; a .py script trains "
                         "itself (run it with python)")
    project, base_dir = _load(args.file, args.example)
    try:
        if args.epochs is not None:
            project.set_training("epochs", args.epochs)
        if args.seed is not None:
            project.set_training("seed", args.seed)
    except GraphError as exc:
        raise UsageError(f"guinet export: {_one_line(str(exc))}") from None
    if (args.epochs is not None or args.seed is not None) and kind in NEEDS_WEIGHTS and not args.train:
        raise UsageError("guinet export: --epochs and --seed change training; add --train to train with them")
    if kind == ".onnx" and missing_onnx_packages():
        raise UsageError(f"guinet export: {onnx_install_message(missing_onnx_packages())}")
    if args.train:
        print(f"training {args.example or args.file} for {project.training_settings()['epochs']} epochs...",
              file=sys.stderr)
    try:
        result = export(project, args.output, base_dir=base_dir, train=args.train)
    except ExportError as exc:
        raise UsageError(f"guinet export: {_one_line(str(exc))}") from None
    print(result.message)
    return 0


def _cmd_step(args) -> int:
    from .core.data import DataError, make_dataset
    from .core.graph import GraphError
    from .core.stepper import StepError, describe, record_step
    from .core.trainer import BuildError, Trainer, TrainerError

    project, base_dir = _load(args.file, args.example)
    try:
        if args.epochs:
            project.set_training("epochs", args.epochs)
        if args.seed is not None:
            project.set_training("seed", args.seed)
    except GraphError as exc:
        raise UsageError(f"guinet step: {_one_line(str(exc))}") from None
    try:
        dataset = make_dataset(project.data, base_dir=base_dir)
    except DataError as exc:
        raise UsageError(f"the data cannot be made: {_one_line(str(exc))}") from None
    try:
        trainer = Trainer(project, dataset, device="cpu")
    except BuildError as exc:
        for problem in exc.problems:
            print(f"problem: {problem}", file=sys.stderr)
        print("guinet step: the network has problems; fix them (see 'guinet check') and try again.",
              file=sys.stderr)
        return 1
    except TrainerError as exc:
        print(f"guinet step: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    if args.epochs:
        snap = None
        for snap in trainer.run(snapshot_every_s=3600.0):
            pass
        if snap is not None and snap.state == "diverged":
            print(f"guinet step: {snap.message}", file=sys.stderr)
            return 1
    try:
        record = record_step(trainer, sample=args.sample)
    except StepError as exc:
        raise UsageError(f"guinet step: {_one_line(str(exc))}") from None
    name = args.example or args.file
    print(f"{name}: after {trainer.epoch} epochs ({trainer.step} steps), seed {trainer.settings['seed']}")
    for line in describe(record):
        print(line)
    if args.json:
        _print_json(record.to_json())
    return 0
def _cmd_lessons(args) -> int:
    import time

    from .core.lessons import LessonError, check_lessons, load_lessons

    try:
        lessons = load_lessons(args.folder)
    except LessonError as exc:
        print(f"guinet lessons: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    if not args.check:
        if args.json:
            _print_json([{"number": l.number, "id": l.id, "slides": l.slides, "title": l.title.get(args.lang),
                          "summary": l.summary.get(args.lang), "steps": len(l.steps)} for l in lessons])
        else:
            for lesson in lessons:
                print(f"{lesson.number:>2}. {lesson.title.get(args.lang)}  (slides {lesson.slides}, "
                      f"{len(lesson.steps)} steps)")
        return 0
    started = time.perf_counter()

    def report(lesson, failure) -> None:
        if not args.json:
            print(f"{lesson.number:>2}. {lesson.id}: {'FAILED' if failure else 'ok'}"
                  f"  ({time.perf_counter() - started:.1f} s)", file=sys.stderr)

    failures = check_lessons(lessons, on_lesson=report)
    if args.json:
        _print_json({"lessons": len(lessons), "failures": [
            {"lesson": f.lesson.id, "number": f.lesson.number, "step": f.step.id, "message": f.message}
            for f in failures]})
    for failure in failures:
        print(f"guinet lessons: {failure}", file=sys.stderr)
    if not failures and not args.json:
        print(f"every check of {len(lessons)} lessons passes with its solution "
              f"({time.perf_counter() - started:.1f} s)")
    return 1 if failures else 0


def _core(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help and --version print and "exit"; keep main() returning a status
        return int(exc.code or 0)
    except UsageError as exc:
        if argv[:1] == ["train"] and "--json" in argv:
            _print_json({"error": str(exc)})
        raise
    if args.command == "train":
        return _cmd_train(args)
    if args.command == "check":
        return _cmd_check(args)
    if args.command == "examples":
        return _cmd_examples(args)
    if args.command == "step":
        return _cmd_step(args)
    if args.command == "lessons":
        return _cmd_lessons(args)
    if args.command == "export":
        return _cmd_export(args)
    if args.command == "compare":
        return _cmd_compare(args)
    return _cmd_bench(args)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script. Headless commands run here; everything else opens the app."""
    argv = list(sys.argv[1:] if argv is None else argv)
    escape_unprintable_output()
    try:
        if argv and argv[0] == "bench" and "--gui" in argv:
            rest = [a for a in argv[1:] if a != "--gui"]
            from .gui.bench import main as gui_bench_main

            return int(gui_bench_main(rest) or 0)
        if wants_core(argv):
            return _core(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("guinet: interrupted", file=sys.stderr)
        return 130
    from .gui.app import main as app_main

    return int(app_main(argv) or 0)


def main_gui() -> int:
    """The windowed entry point (``guinet-gui``): always the app."""
    from .gui.app import main as app_main

    return int(app_main(sys.argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
