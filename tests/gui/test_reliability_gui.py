"""Regression tests for the reliability campaign (issue 7), GUI side: saves that fail say so and keep
the window open, autosave misses no edit, Open is all or nothing, paste is checked like a file, and
training sessions leave nothing alive behind them."""

from __future__ import annotations

import gc
import json
import os
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QMessageBox

from guinet.core.project import load_example, load_project, save_project
from guinet.gui import settings
from guinet.gui.canvas import FRAGMENT_MIME, put_on_clipboard
from guinet.gui.main_window import MainWindow

Button = QMessageBox.StandardButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    autosave = tmp_path / "data" / "autosave.guinet"
    monkeypatch.setattr(settings, "autosave_path", lambda: autosave)
    settings.qsettings().clear()
    yield tmp_path
    settings.qsettings().clear()


class Dialogs:
    def __init__(self, monkeypatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = Button.Cancel
        for kind in ("question", "critical", "warning", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._make(kind))

    def _make(self, kind):
        def fake(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer if kind == "question" else Button.Ok
        return staticmethod(fake)

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def window(isolated, dialogs, open_window):
    """The window as guinet starts it (saving settings), not shown yet; open_window deletes it."""
    return open_window(None, persist=True, show=False, size=None)


def _edit(window, value=1234):
    window.training_panel.form.editor("epochs").setValue(value)


# --------------------------------------------------------------------------- 1: failed saves

def test_a_save_that_fails_says_so_and_changes_nothing(window, isolated, dialogs):
    path = isolated / "p.guinet"
    save_project(window.project, path)
    assert window.open_file(path)
    before = path.read_bytes()
    _edit(window)
    window.project.name = "caf\ud800"  # text that cannot be written as UTF-8
    assert not window.save()
    assert dialogs.kinds() == ["critical"] and "UTF-8" in dialogs.calls[0][2]
    assert path.read_bytes() == before
    assert window.is_modified()


def test_quit_answering_save_keeps_the_window_open_when_the_save_fails(qtbot, window, isolated, dialogs):
    window.show()
    path = isolated / "p.guinet"
    save_project(window.project, path)
    window.open_file(path)
    _edit(window)
    window.path = isolated / "no such folder" / "p.guinet"
    dialogs.answer = Button.Save
    assert not window.close()
    assert window.isVisible()
    assert dialogs.kinds() == ["question", "critical"]


def test_save_as_with_a_file_name_that_is_not_utf8_repairs_the_name(window, isolated, dialogs):
    odd = os.fsdecode(b"caf\xe9")  # a Latin-1 name: Python keeps the byte as a lone surrogate
    assert window.save_as(isolated / f"{odd}.guinet")
    assert dialogs.calls == []
    assert load_project(isolated / f"{odd}.guinet").name == "caf\ufffd"


def test_autosave_failures_are_shown_once_and_never_raise(window, isolated, dialogs, monkeypatch):
    assert window.autosave_owner
    _edit(window)
    monkeypatch.setattr(settings, "autosave_path", lambda: isolated / "missing" / "deeper" / "a.guinet")
    assert not window.autosave()
    _edit(window, 999)
    assert not window.autosave()
    assert dialogs.kinds() == ["warning"]
    assert "Autosave failed" in window.statusBar().currentMessage()


# --------------------------------------------------------------------------- 2: autosave

def test_autosave_follows_merged_edits_and_goes_away_at_the_saved_state(window, isolated, dialogs):
    path = isolated / "p.guinet"
    assert window.save_to(path)
    editor = window.training_panel.form.editor("learning_rate")
    editor.setValue(0.02)
    index = window.undo_stack.index()
    assert window.autosave()
    assert load_project(settings.autosave_path()).training["learning_rate"] == 0.02
    editor.setValue(0.03)  # merges into the same undo step
    assert window.undo_stack.index() == index
    assert window.autosave()
    assert load_project(settings.autosave_path()).training["learning_rate"] == 0.03
    assert not window.autosave(), "nothing new to write"
    window.undo_stack.undo()  # back at the saved state
    assert window.undo_stack.isClean()
    assert not window.autosave()
    assert not settings.autosave_path().exists(), "an autosave of the saved state would 'recover' an undo"


def test_autosave_keeps_trained_weights(qtbot, window, isolated, dialogs):
    window.show()
    path = isolated / "p.guinet"
    assert window.save_to(path)
    live = window.live
    window.project.set_training("epochs", 3)  # not through the undo stack: still the saved state
    window.undo_stack.setClean()
    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()
    assert window.autosave(), "trained weights are new work"
    recovered = load_project(settings.autosave_path())
    assert recovered.weights == live.trainer.export_weights()
    assert window.save_to(path)
    assert not settings.autosave_path().exists()


def test_trained_weights_are_unsaved_work_that_quit_new_and_open_ask_about(qtbot, window, isolated, dialogs):
    """Training changes no undo step, only the weights, which the project file keeps: leaving the project
    asks first, Save writes the weights, and after that nothing is asked."""
    window.show()
    path = isolated / "p.guinet"
    assert window.save_to(path)
    live = window.live
    window.project.set_training("epochs", 3)  # not through the undo stack: still the saved state
    window.undo_stack.setClean()
    assert not window.is_modified()
    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()
    assert window.undo_stack.isClean(), "no undo step: only the weights changed"
    assert window.is_modified() and window.isWindowModified()
    trained = live.trainer.export_weights()

    dialogs.answer = Button.Cancel
    window.close()
    assert window.isVisible(), "Quit asked, and Cancel keeps the window open"
    assert not window.new_file()
    assert not window.open_example("circle")
    assert dialogs.kinds() == ["question"] * 3
    assert "not saved" in dialogs.calls[0][2]
    assert window.project.name == "xor-mlp" and window.path == path.resolve()

    dialogs.answer = Button.Save   # Open another file, answered Save: the weights are written first
    assert window.open_example("circle")
    assert load_project(path).weights == trained
    assert window.project.name == "circle" and not window.is_modified()

    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()
    assert window.is_modified()
    assert window.save_to(isolated / "circle.guinet")
    assert not window.is_modified() and not window.isWindowModified()
    asked = len(dialogs.calls)
    window.close()
    assert not window.isVisible() and len(dialogs.calls) == asked, "saved: Quit asks nothing"


# --------------------------------------------------------------------------- 4: open

def test_open_is_all_or_nothing(window, isolated, dialogs, monkeypatch):
    first = isolated / "first.guinet"
    save_project(load_example("circle"), first)
    assert window.open_file(first)
    title, path, project = window.windowTitle(), window.path, window.project
    other = isolated / "other.guinet"
    save_project(load_example("spiral"), other)
    original = window.canvas.set_project

    def fails_for_spiral(p):
        if p.name == "spiral":
            raise RuntimeError("cannot draw")
        original(p)
    monkeypatch.setattr(window.canvas, "set_project", fails_for_spiral)
    assert not window.open_file(other)
    assert window.project is project and window.path == path and window.windowTitle() == title
    assert window.live.project is project and window.canvas.project is project
    assert dialogs.kinds()[-1] == "critical" and "cannot draw" in dialogs.calls[-1][2]


@pytest.mark.parametrize("path", ["\u0000", "~nosuchuser/x.csv"])
def test_strange_csv_paths_give_a_message_not_a_crash(qtbot, isolated, dialogs, path):
    project = load_example("xor-mlp")
    project.set_data("dataset", "csv")
    project.set_data("dataset.path", path)
    w = MainWindow(project, isolated / "p.guinet")  # this used to raise inside __init__
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    assert w.dataset() is None and w.dataset_error()
    assert any("Data:" in p.message for p in w.problems())


# --------------------------------------------------------------------------- 17: paste

@pytest.mark.parametrize("fragment", [
    {"nodes": [{"id": "dense_1", "kind": "dense", "pos": "here"}]},
    {"nodes": [{"id": "dense_1", "kind": "dense", "pos": None}]},
    {"nodes": [{"id": "dense_1", "kind": "dense", "pos": [1.0]}]},
    {"nodes": [{"id": "dense_1", "kind": "dense", "pos": [float("inf"), 0.0]}]},
    {"nodes": [{"id": "dense_1", "kind": "dense", "pos": [float("nan"), 0.0]}]},
    {"nodes": [{"id": "a", "kind": "dense"}, {"id": "b", "kind": "dense"}], "edges": [["a", "b", "c"]]},
    {"nodes": [{"id": "a", "kind": "dense", "params": {"units": "many"}}]},
    {"nodes": "dense"},
    [1, 2],
])
def test_paste_checks_the_clipboard_as_strictly_as_a_file(window, isolated, fragment):
    before = window.project.graph.to_dict()
    put_on_clipboard(FRAGMENT_MIME, json.dumps(fragment).encode("utf-8"))
    assert window.canvas.paste() == []
    assert window.project.graph.to_dict() == before
    assert "clipboard" in window.statusBar().currentMessage().lower()
    assert window.save_to(isolated / "p.guinet")  # still savable


def test_a_good_fragment_still_pastes(window):
    fragment = {"nodes": [{"id": "dense_9", "kind": "dense", "pos": [10.0, 20.0], "params": {"units": 3}}],
                "edges": []}
    pasted = window.canvas.paste(fragment)
    assert len(pasted) == 1 and window.project.graph.nodes[pasted[0]].params["units"] == 3


# --------------------------------------------------------------------------- 5: nothing left alive

def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _session(qtbot, live) -> None:
    with qtbot.waitSignal(live.session_ended, timeout=60_000):
        live.start()


def test_old_trainers_and_workers_are_freed(qtbot, window, dialogs):
    window.show()
    live = window.live
    window.project.set_training("epochs", 2)
    trainers = []
    for seed in range(10):
        window.project.set_training("seed", seed)  # a setting that needs a new trainer
        _session(qtbot, live)
        trainers.append(weakref.ref(live.trainer))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    alive = [r for r in trainers[:-1] if r() is not None]
    assert alive == [], f"{len(alive)} old trainers still alive"
    assert trainers[-1]() is live.trainer


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads RSS from /proc")
def test_100_train_stop_cycles_grow_rss_by_under_20_mb(qtbot, window, dialogs):
    window.show()
    live = window.live
    window.project.set_training("epochs", 1)
    for seed in range(5):  # warm up: torch's and Qt's caches
        window.project.set_training("seed", seed)
        _session(qtbot, live)
    gc.collect()
    before = _rss_bytes()
    for seed in range(100):
        window.project.set_training("seed", 100 + seed)
        _session(qtbot, live)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    grown = (_rss_bytes() - before) / 2**20
    print(f"RSS grew {grown:.1f} MiB over 100 sessions")
    assert grown < 20
