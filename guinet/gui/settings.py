"""Every QSettings key guinet uses, in one table with its type, default and meaning.

Reading through ``get`` converts what QSettings hands back (strings from INI files, a bare string
for a one-element list, None for an empty one) into the declared type, so callers never see the
platform's quirks. Tests point QSettings at a temporary folder and switch
``QStandardPaths.setTestModeEnabled(True)`` so they never touch a user's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "guinet"
APPLICATION = "guinet"
MAX_RECENT_FILES = 10
AUTOSAVE_FILE = "autosave.guinet"


@dataclass(frozen=True)
class SettingKey:
    key: str
    type: type
    default: Any
    doc: str


RECENT_FILES = SettingKey("files/recent", list, [], "Project files opened or saved lately, newest first "
                          f"(at most {MAX_RECENT_FILES}); files that no longer exist are dropped when read.")
LAST_DIRECTORY = SettingKey("files/last_directory", str, "", "The folder the last Open or Save dialog was in.")
WINDOW_GEOMETRY = SettingKey("window/geometry", QByteArray, QByteArray(), "QMainWindow.saveGeometry() of the "
                             "main window at its last clean close.")
WINDOW_STATE = SettingKey("window/state", QByteArray, QByteArray(), "QMainWindow.saveState(): which docks "
                          "and tool bars are shown and where.")
THEME = SettingKey("appearance/theme", str, "system", "'light', 'dark', or 'system' to follow the desktop.")
AUTOSAVE_ENABLED = SettingKey("autosave/enabled", bool, True, "Write the open project to the autosave file "
                              "while it has unsaved changes, so a crash loses little.")
AUTOSAVE_INTERVAL_S = SettingKey("autosave/interval_s", int, 30, "Seconds between autosaves.")
AUTOSAVE_SOURCE = SettingKey("autosave/source", str, "", "The file the autosaved project came from (empty "
                             "for a project never saved), named when recovery is offered.")

LANGUAGE = SettingKey("appearance/language", str, "system", "'en', 'ko', or 'system' to follow the system's "
                      "language (View > Language; applies when guinet starts).")
LESSONS_PROGRESS = SettingKey("lessons/progress", str, "", "JSON: the open lesson, the step each lesson was "
                              "left at, and the steps whose checks passed (the Lessons panel).")

ALL_KEYS: tuple[SettingKey, ...] = (RECENT_FILES, LAST_DIRECTORY, WINDOW_GEOMETRY, WINDOW_STATE, THEME,
                                    AUTOSAVE_ENABLED, AUTOSAVE_INTERVAL_S, AUTOSAVE_SOURCE, LANGUAGE,
                                    LESSONS_PROGRESS)


def qsettings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def get(setting: SettingKey) -> Any:
    """The stored value converted to the declared type, or the default when missing or unreadable."""
    raw = qsettings().value(setting.key, None)
    if raw is None:
        return _copy_default(setting)
    t = setting.type
    try:
        if t is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if t is int:
            return int(raw)
        if t is str:
            return str(raw)
        if t is list:
            if isinstance(raw, str):
                return [raw] if raw else []
            return [str(v) for v in raw]
        if t is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    except (TypeError, ValueError):
        return _copy_default(setting)
    return raw


def set(setting: SettingKey, value: Any) -> None:  # noqa: A001 - reads as settings.set(KEY, value)
    s = qsettings()
    if setting.type is list:
        value = list(value)
    s.setValue(setting.key, value)
    s.sync()


def _copy_default(setting: SettingKey) -> Any:
    d = setting.default
    return list(d) if isinstance(d, list) else QByteArray(d) if isinstance(d, QByteArray) else d


# --------------------------------------------------------------------------- recent files


def recent_files() -> list[str]:
    """Recent project files that still exist, newest first; drops the missing ones from the settings."""
    stored = get(RECENT_FILES)
    present = [p for p in stored if Path(p).is_file()][:MAX_RECENT_FILES]
    if present != stored:
        set(RECENT_FILES, present)
    return present


def add_recent_file(path: str | os.PathLike) -> list[str]:
    full = str(Path(path).resolve())
    files = [full] + [p for p in get(RECENT_FILES) if p != full]
    files = [p for p in files if Path(p).is_file()][:MAX_RECENT_FILES]
    set(RECENT_FILES, files)
    return files


def clear_recent_files() -> None:
    set(RECENT_FILES, [])


# --------------------------------------------------------------------------- autosave


def autosave_path() -> Path:
    """Where the unsaved project is written every few seconds: the user's application data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not folder:
        folder = str(Path.home() / ".local" / "share" / APPLICATION)
    return Path(folder) / AUTOSAVE_FILE
