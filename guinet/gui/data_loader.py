"""Making the window's dataset: at once for small data, on a background thread with progress for a big
CSV file, and only after asking for a CSV file that a project names outside its own folder.

The window asks ``DatasetLoader.request(settings, base_dir)``. It answers ``(dataset, error)`` when it
could make the data at once (toy sets, gates, small or already parsed CSV files), or None when the answer
comes later through ``loaded(settings_key, dataset, error)``: a big file being read (``progress`` reports
the share done) or a file outside the project's folder waiting for the user's consent (``consent_needed``
names it; ``approve`` gives consent). A project file is someone else's work: it should not make guinet
read any file on this computer without the user seeing which.

Parsed files are cached in core (``read_csv_cached``), so editing another data setting (noise, the split,
the seed) reuses the parse.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ..core.data import DataError, make_dataset
from ..core.settings import resolve_data

# CSV files larger than this are read on a background thread with a progress bar.
BACKGROUND_BYTES = 2 * 1024 * 1024


class _Cancelled(Exception):
    """A newer request replaced the one being read."""


class _LoadThread(QThread):
    progress = Signal(float)
    done = Signal(object, object)   # (dataset or None, error message or None)

    def __init__(self, settings: Mapping[str, Any], base_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = dict(settings)
        self.base_dir = base_dir
        self.cancelled = threading.Event()

    def _progress(self, share: float) -> None:
        if self.cancelled.is_set():
            raise _Cancelled()
        self.progress.emit(float(share))

    def run(self) -> None:  # noqa: D401 - QThread's entry point
        try:
            dataset = make_dataset(self.settings, self.base_dir, progress=self._progress)
        except _Cancelled:
            return
        except DataError as exc:
            self.done.emit(None, error_text(exc))
            return
        except MemoryError:
            self.done.emit(None, _tr("the CSV file does not fit in memory; use a sample of its rows"))
            return
        except Exception as exc:  # noqa: BLE001 - reported in the Data panel, never a crash of the thread
            self.done.emit(None, _unexpected(exc))
            return
        self.done.emit(dataset, None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatasetLoader", text)


def error_text(exc: BaseException) -> str:
    """A DataError's message in the window's language (its Message, guinet.core.text.msg)."""
    from .i18n import engine_text

    return engine_text(exc.args[0]) if exc.args else str(exc)


def _unexpected(exc: BaseException) -> str:
    from ..core.text import excerpt

    return _tr("the data settings cannot be used ({kind}: {what}). Check the CSV file's path and target "
               "column.").format(kind=type(exc).__name__, what=excerpt(str(exc), 200))


def csv_path_outside(settings: Mapping[str, Any], base_dir: Path | None) -> Path | None:
    """The CSV file the settings name, when it lies outside ``base_dir`` (the project's folder)."""
    from ..core.csvfile import resolve_csv_path

    s = resolve_data(dict(settings))
    if s["dataset"] != "csv" or base_dir is None or not s.get("dataset.path", "").strip():
        return None
    try:
        path = resolve_csv_path(s["dataset.path"], base_dir)
        real = Path(os.path.realpath(path))
        folder = Path(os.path.realpath(base_dir))
    except (DataError, OSError, ValueError):
        return None  # make_dataset explains what is wrong with the path
    try:
        real.relative_to(folder)
    except ValueError:
        return real
    return None


class DatasetLoader(QObject):
    loaded = Signal(object, object, object)   # (settings key, dataset or None, error or None)
    progress = Signal(float)                  # share of a background read done, 0..1
    consent_needed = Signal(object)           # Path of a CSV file outside the project's folder, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._approved: set[str] = set()
        self._thread: _LoadThread | None = None
        self._thread_key: Any = None
        self._old_threads: list[_LoadThread] = []
        self.pending_consent: Path | None = None

    # ------------------------------------------------------------------ consent

    def approve(self, path: Path | str) -> None:
        """The user trusts this file (they chose it, or pressed 'Read the file')."""
        self._approved.add(os.path.realpath(str(path)))

    def approve_setting(self, path_text: str, base_dir: Path | None) -> None:
        """The user typed or chose ``path_text`` in the Data panel."""
        from ..core.csvfile import resolve_csv_path

        try:
            self.approve(resolve_csv_path(path_text, base_dir))
        except (DataError, OSError, ValueError):
            pass

    def is_approved(self, path: Path) -> bool:
        return os.path.realpath(str(path)) in self._approved

    # ------------------------------------------------------------------ loading

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def request(self, settings: Mapping[str, Any], base_dir: Path | None, key: Any):
        """(dataset, error) now, or None when ``loaded`` will bring the answer (see the module docstring)."""
        self._cancel_running()
        outside = csv_path_outside(settings, base_dir)
        if outside is not None and not self.is_approved(outside):
            self.pending_consent = outside
            self.consent_needed.emit(outside)
            return None, _tr("This project reads its data from {path}, outside the project's folder. "
                             "guinet has not read it: press 'Read the file' in the Data panel if you trust it, "
                             "or choose another file.").format(path=outside)
        if self.pending_consent is not None:
            self.pending_consent = None
            self.consent_needed.emit(None)
        if self._wants_background(settings, base_dir):
            thread = _LoadThread(settings, base_dir)
            thread.progress.connect(self.progress)
            thread.done.connect(lambda dataset, error, t=thread: self._thread_done(t, dataset, error))
            self._thread, self._thread_key = thread, key
            self.progress.emit(0.0)
            thread.start()
            return None
        try:
            return make_dataset(settings, base_dir), None
        except DataError as exc:
            return None, error_text(exc)
        except Exception as exc:  # noqa: BLE001 - e.g. what the OS says of a strange path: a message, not a crash
            return None, _unexpected(exc)

    def _wants_background(self, settings: Mapping[str, Any], base_dir: Path | None) -> bool:
        from ..core.csvfile import is_cached, resolve_csv_path

        s = resolve_data(dict(settings))
        if s["dataset"] != "csv":
            return False
        try:
            path = resolve_csv_path(s["dataset.path"], base_dir)
            size = os.stat(path).st_size
        except (DataError, OSError, ValueError):
            return False  # read at once: make_dataset says what is wrong
        if size < BACKGROUND_BYTES:
            return False
        options = dict(target=s["dataset.target"], header=s["dataset.header"], task=s["dataset.task"],
                       skip_rows=s["dataset.skip_rows"], drop_missing=s["dataset.drop_missing"])
        return not is_cached(path, **options)

    def _thread_done(self, thread: _LoadThread, dataset, error) -> None:
        if thread is not self._thread:
            return
        key = self._thread_key
        self._thread, self._thread_key = None, None
        thread.wait()
        thread.deleteLater()
        self.loaded.emit(key, dataset, error)

    def _cancel_running(self) -> None:
        if self._thread is not None:
            self._thread.cancelled.set()
            self._old_threads.append(self._thread)
            self._thread, self._thread_key = None, None
        self._old_threads = [t for t in self._old_threads if not t.isFinished()]

    def shutdown(self) -> None:
        """Stop and wait for any background read (the window is closing)."""
        self._cancel_running()
        for thread in self._old_threads:
            thread.wait()
        self._old_threads.clear()
