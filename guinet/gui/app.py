"""Starting the desktop app: ``guinet [FILE | --example NAME]`` and the screenshot mode.

    guinet --screenshot OUT.png [FILE | --example NAME] [--size WxH] [--train-epochs N] [--theme light|dark]
                                [--lang en|ko]

renders the whole main window off screen to a PNG and exits (0 on success, 2 when asked for
something this build cannot do, 1 when the file cannot be written). The core CLI (guinet.cli) hands
every command line that is not one of its subcommands to ``main`` here, importing Qt only then.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="guinet", description="Build a neural network by drawing it, then train it and watch it learn.")
    p.add_argument("file", nargs="?", metavar="FILE", help="a .guinet project file to open")
    p.add_argument("--example", metavar="NAME", help="open one of the example projects (see 'guinet examples')")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window off screen to a PNG and exit")
    p.add_argument("--size", metavar="WxH", default="1600x1000", help="window size for --screenshot "
                   "(default 1600x1000)")
    p.add_argument("--train-epochs", metavar="N", type=int, default=None,
                   help="with --screenshot: train this many epochs first")
    p.add_argument("--lang", choices=("en", "ko", "system"), default=None,
                   help="language of the window: en (English), ko (한국어) or system (default: the saved "
                   "choice of View > Language, else the system's)")
    p.add_argument("--lesson", metavar="N", help="open lesson N (its number or id, see 'guinet lessons') "
                   "at its first step, or STEP with N:STEP (a step number)")
    p.add_argument("--theme", choices=("light", "dark", "system"), default=None,
                   help="colour theme (default: the saved choice; light for --screenshot)")
    return p


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--size must look like 1600x1000, not {text!r}") from None
    if not (320 <= w <= 10_000 and 240 <= h <= 10_000):
        raise argparse.ArgumentTypeError(f"--size {text}: width and height must be between 320x240 and "
                                         "10000x10000")
    return w, h


def install_translations(app, language: str | None = None) -> list:
    """Load guinet's translation (resources/translations/guinet_LANG.qm) and Qt's own (for the standard
    buttons) for ``language`` ('en', 'ko'; None or 'system': the system's). Returns the translators."""
    from . import i18n

    return i18n.install_translations(app, i18n.resolve_language(language))


def _application(screenshot: bool, language: str | None = None):
    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        # Off screen: no window flashes up, and it works on machines without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from . import settings, theme

    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "guinet"])
        install_translations(app, language or settings.get(settings.LANGUAGE))
        _check_hangul_font()
    QGuiApplication.setApplicationDisplayName("guinet")
    QGuiApplication.setDesktopFileName("guinet")   # packaging/guinet.desktop
    app.setWindowIcon(theme.app_icon())
    return app


def _check_hangul_font() -> None:
    """Korean needs a font with Hangul; say how to get one when there is none (the window says it too)."""
    from . import i18n

    if i18n.current_language() == "ko" and not i18n.has_hangul_font():
        print(f"guinet: {i18n.HANGUL_FONT_HINT}", file=sys.stderr)


def _open_lesson(window, text: str) -> bool:
    """--lesson N or N:STEP: open that lesson (and step, counted from 1) in the Lessons panel."""
    lessons = window.lessons
    name, _, step = text.partition(":")
    index = next((i for i, lesson in enumerate(lessons.lessons)
                  if lesson.id == name or str(lesson.number) == name), None)
    if index is None or (step and not step.isdigit()):
        print(f"guinet: there is no lesson {text!r}; see 'guinet lessons'", file=sys.stderr)
        return False
    return lessons.open_lesson(index, int(step) - 1 if step else 0) or True


def _initial_project(args):
    """(project, path) for the command line; raises ProjectError."""
    from ..core.project import load_example, load_project

    if args.file:
        return load_project(args.file), Path(args.file)
    if args.example:
        return load_example(args.example), None
    return None, None   # the window's default: the xor-mlp example


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    args = parser.parse_args(args_list)
    if args.file and args.example:
        parser.error("give a FILE or --example NAME, not both")
    if args.train_epochs is not None and not args.screenshot:
        parser.error("--train-epochs goes with --screenshot")
    if args.train_epochs is not None and args.train_epochs < 0:
        parser.error("--train-epochs must be 0 or more")
    try:
        size = _parse_size(args.size)
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))

    screenshot = bool(args.screenshot)
    app = _application(screenshot, args.lang)

    from ..core.project import ProjectError
    from . import settings, theme

    theme.apply_theme(args.theme or ("light" if screenshot else settings.get(settings.THEME)), app)

    from .main_window import MainWindow

    try:
        project, path = _initial_project(args)
    except ProjectError as exc:
        if screenshot:
            print(f"guinet: {exc}", file=sys.stderr)
            return EXIT_USAGE
        # The window opens anyway (with the default example) and says what went wrong.
        window = MainWindow()
        window.show()
        from PySide6.QtWidgets import QMessageBox

        from .i18n import engine_text

        QMessageBox.critical(window, window.tr("Cannot open project"), engine_text(exc))
        code = app.exec()
        _dispose(window)
        return code

    if screenshot:
        window = MainWindow(project, path, persist=False)
        if args.lesson and not _open_lesson(window, args.lesson):
            return EXIT_USAGE
        return _screenshot(app, window, Path(args.screenshot), size, args.train_epochs)

    try:
        window = MainWindow(project, path)
    except Exception as exc:  # noqa: BLE001 - a project the window cannot show: open the default, say why
        import traceback

        from PySide6.QtWidgets import QMessageBox

        from ..core.text import excerpt

        traceback.print_exc()
        window = MainWindow()
        window.show()
        QMessageBox.critical(window, window.tr("Cannot open project"), window.tr(
            "guinet could not show {path}.\n\n{message}").format(
            path=str(path), message=f"{type(exc).__name__}: {excerpt(str(exc), 300)}"))
        path = None
    else:
        if os.environ.get("GUINET_STARTUP_PROBE"):   # guinet bench --startup: time the first paint and quit
            from .startup_probe import watch

            watch(window)
        window.show()
    if path is not None:
        settings.add_recent_file(path)
    window.offer_recovery()
    if args.lesson:
        _open_lesson(window, args.lesson)
    code = app.exec()
    _dispose(window)
    return code


def _settle(ms: int) -> None:
    """Run the event loop for a moment: the dock layout hides replaced tab bars and plots finish their
    deferred updates only from the loop, so a grab right after processEvents can show stale pieces."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _dispose(window) -> None:
    """Delete the window while Python and Qt are both whole, rather than during interpreter shutdown,
    when Qt would call back into half-finalized Python objects (event filters, slots)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _screenshot(app, window, out: Path, size: tuple[int, int], epochs: int | None) -> int:
    window.resize(*size)
    window.show()
    for _ in range(3):
        app.processEvents()
    if (window.width(), window.height()) != size:
        print(f"guinet: the window needs at least {window.minimumSizeHint().width()}x"
              f"{window.minimumSizeHint().height()}; the screenshot is {window.width()}x{window.height()}",
              file=sys.stderr)
    window.canvas.fit_all()
    code = EXIT_OK
    if epochs:
        if window.live is None:
            print("guinet: training is not available in this build, so --train-epochs cannot be done",
                  file=sys.stderr)
            code = EXIT_USAGE
        else:
            window.live.train_blocking(epochs)
    if code == EXIT_OK:
        _settle(400)
        pixmap = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if pixmap.isNull() or not pixmap.save(str(out), "PNG"):
            print(f"guinet: could not write the screenshot to {out}", file=sys.stderr)
            code = EXIT_FAILED
        else:
            print(out)
    # Nothing of a screenshot run is the user's unsaved work.
    window.undo_stack.setClean()
    window.close()
    _dispose(window)
    return code


if __name__ == "__main__":
    sys.exit(main())
