"""The Lessons dock and menu in the main window: a lesson sets itself up through the window's own
paths (asking before an example replaces unsaved work), "Show me" plays a step as a learner would,
the checks read the network on screen and its last run, and progress survives a restart."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from guinet.gui import i18n, settings
from guinet.gui.commands import SetTrainingCommand
from guinet.gui.main_window import MainWindow

Button = QMessageBox.StandardButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(settings, "autosave_path", lambda: tmp_path / "data" / "autosave.guinet")
    settings.qsettings().clear()
    yield tmp_path
    settings.qsettings().clear()


class _Asked(list):
    answer: list


@pytest.fixture
def questions(monkeypatch):
    asked = _Asked()

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return questions_answer[0]

    questions_answer = [Button.Cancel]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    asked.answer = questions_answer
    return asked


def _window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, isolated, questions):
    w = _window(qtbot)
    yield w
    w.live.stop_and_wait()
    w.undo_stack.setClean()
    w.close()


def _lesson_index(window, lesson_id):
    return next(i for i, lesson in enumerate(window.lessons.lessons) if lesson.id == lesson_id)


def test_lessons_menu_and_dock(window):
    bar_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar_titles.index("Lessons") == bar_titles.index("Help") - 1
    lessons = window.lessons
    assert window.dockWidgetArea(lessons.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert len(lessons.lesson_actions) == len(lessons.lessons) >= 9
    assert lessons.panel.lesson_box.count() == len(lessons.lessons)
    # Nothing is set up on start: the project the user opened stays.
    assert window.project.name == "xor-mlp"
    assert "Deep learning" in lessons.panel.browser.toPlainText()


def test_a_step_is_played_with_show_me_and_checked_on_the_run_of_the_network_on_screen(qtbot, window):
    lessons = window.lessons
    assert lessons.open_lesson(_lesson_index(window, "perceptron"), 1)
    assert window.project.name == "and-perceptron"
    assert window.canvas.selected_ids() == ["output"]
    assert lessons.next()  # "train": the perceptron learns AND
    assert not lessons.check(count_as_try=True)
    text = lessons.panel.browser.toPlainText()
    assert "Train the network first" in text and "Hint" in text
    with qtbot.waitSignal(window.live.session_ended, timeout=60_000):
        lessons.show_me()
    assert lessons.step_done()
    assert "Well done" in lessons.panel.browser.toPlainText()
    # The next step asks for a change; the run of the earlier network no longer counts.
    lessons.next()
    window.undo_stack.push(SetTrainingCommand(window.project, "epochs", 30))
    assert not lessons.check(count_as_try=True)
    assert "changed since the last training run" in lessons.panel.browser.toPlainText()
    # Progress is kept: the lesson, its step, and the steps done.
    saved = json.loads(settings.get(settings.LESSONS_PROGRESS))
    assert saved["current"] == "perceptron" and saved["steps"]["perceptron"] == 3
    assert "train" in saved["done"]["perceptron"]


def test_progress_is_restored_in_a_new_window(qtbot, isolated, questions):
    first = _window(qtbot)
    first.lessons.open_lesson(_lesson_index(first, "gates"), 0)
    first.lessons.next()
    first.undo_stack.setClean()
    first.close()
    second = _window(qtbot)
    try:
        assert second.lessons.lesson.id == "gates" and second.lessons.step_index == 1
        assert "AND" in second.lessons.panel.browser.toPlainText()
    finally:
        second.undo_stack.setClean()
        second.close()


def test_a_remembered_step_says_it_is_not_set_up_and_show_me_sets_it_up_first(qtbot, isolated, questions):
    """A new window shows the step the learner left, on the default project: it says the step is not
    set up, and Show me opens the step's example before it trains (it trained XOR for lesson 10)."""
    first = _window(qtbot)
    first.lessons.open_lesson(_lesson_index(first, "vanishing"), 0)
    assert first.project.name == "deep-sigmoid"
    first.undo_stack.setClean()
    first.close()
    second = _window(qtbot)
    try:
        lessons = second.lessons
        assert lessons.lesson.id == "vanishing" and second.project.name == "xor-mlp"
        assert "not set up in this window" in lessons.panel.browser.toPlainText()
        with qtbot.waitSignal(second.live.session_ended, timeout=120_000):
            assert lessons.show_me()
        assert second.project.name == "deep-sigmoid"
        assert "not set up in this window" not in lessons.panel.browser.toPlainText()
        # Opening another project (the learner's own) ends the step's setup again.
        questions.answer[0] = Button.Discard      # the trained weights are not worth keeping here
        assert second.open_example("xor-mlp")
        assert "not set up in this window" in lessons.panel.browser.toPlainText()
    finally:
        second.undo_stack.setClean()
        second.close()


def test_unsaved_work_is_asked_about_before_a_lesson_opens_an_example(window, questions):
    window.undo_stack.push(SetTrainingCommand(window.project, "epochs", 123))
    assert window.is_modified()
    questions.answer[0] = Button.Cancel
    assert not window.lessons.open_lesson(_lesson_index(window, "perceptron"), 1)
    assert questions and "not saved" in questions[-1]
    # Kept as it was, and the lesson says why it did not set up.
    assert window.project.name == "xor-mlp" and window.project.training["epochs"] == 123
    assert "was not opened" in window.lessons.panel.browser.toPlainText()


def test_lesson_texts_follow_the_language_at_once(window, monkeypatch):
    monkeypatch.setattr(i18n, "_current", "ko")
    window.lessons.retranslate()
    text = window.lessons.panel.browser.toPlainText()
    assert "딥러닝" in text
    assert window.lessons.lesson_actions[0].text().startswith("&1. 층으로")


class FakeStepper(QObject):
    """The step-through's public face as the lessons use it (window.stepper): start/start_soon, phases,
    phase, go_to and phase_changed."""

    phase_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        from types import SimpleNamespace

        self.phases = [SimpleNamespace(kind=k) for k in ("forward", "forward", "loss", "backward", "backward", "update")]
        self.index = -1
        self.started_with = None

    @property
    def phase(self):
        return self.phases[self.index] if self.index >= 0 else None

    def start(self, sample=None, batch=None, phase=0):
        self.started_with = sample
        self.go_to(phase)
        return True

    def go_to(self, index):
        self.index = index
        self.phase_changed.emit(index)


def test_a_step_through_lesson_follows_the_phases_the_learner_reaches(window):
    window.stepper = FakeStepper()
    lessons = window.lessons
    assert lessons.open_lesson(_lesson_index(window, "forward"), 1)
    assert window.stepper.started_with == 1 and window.stepper.phase.kind == "forward"
    assert not lessons.check(count_as_try=True)
    window.stepper.go_to(3)  # the learner pressed Next past the loss
    assert lessons.check(count_as_try=True)


def test_without_a_step_through_the_step_says_so(window):
    if getattr(window, "stepper", None) is not None:
        pytest.skip("this guinet has the step-through")
    lessons = window.lessons
    lessons.open_lesson(_lesson_index(window, "forward"), 1)
    assert "no step-through" in lessons.panel.browser.toPlainText()


def test_the_forward_lesson_walks_the_real_step_through(qtbot, window):
    stepper = getattr(window, "stepper", None)
    if stepper is None:
        pytest.skip("this guinet has no step-through")
    lessons = window.lessons
    with qtbot.waitSignal(stepper.phase_changed, timeout=60_000):
        lessons.open_lesson(_lesson_index(window, "forward"), 1)
    assert stepper.phase.kind == "forward"
    assert not lessons.check(count_as_try=True)
    assert lessons.show_me()
    assert stepper.phase.kind == "loss"
    assert lessons.check(count_as_try=True)
    stepper.stop()


def test_the_devices_step_measures_this_computer_on_a_thread(qtbot, window):
    lessons = window.lessons
    lessons.open_lesson(_lesson_index(window, "devices"), 2)
    assert window.project.name == "spiral"
    assert lessons.panel.extra_button.isVisibleTo(window) and not lessons.panel.show_me_button.isVisibleTo(window)
    assert not lessons.check(count_as_try=True)
    with qtbot.waitSignal(lessons.devices_measured, timeout=60_000) as measured:
        qtbot.mouseClick(lessons.panel.extra_button, Qt.MouseButton.LeftButton)
    report = measured.args[0]
    assert report.speeds[0].kind == "cpu" and report.speeds[0].steps_per_second > 0
    assert lessons.check(count_as_try=True)
    text = lessons.panel.browser.toPlainText()
    assert "training steps per second" in text
    if not any(s.kind == "cuda" for s in report.speeds):
        assert "No GPU here" in text


def test_view_language_saves_the_choice_switches_the_lessons_now_and_says_the_rest_follows(window, monkeypatch):
    monkeypatch.setattr(i18n, "_current", "en")
    assert set(window.language_actions) == {"system", "en", "ko"}
    assert i18n.choose_language(window, "ko", ask=False) == "ko"
    assert settings.get(settings.LANGUAGE) == "ko" and window.language_actions["ko"].isChecked()
    assert "딥러닝" in window.lessons.panel.browser.toPlainText()
    assert "starts again" in window.statusBar().currentMessage()
    assert i18n.choose_language(window, "en", ask=False) == "en"
    assert "Deep learning" in window.lessons.panel.browser.toPlainText()


def test_a_lesson_opens_compare_with_its_preset_and_says_when_it_cannot(window, monkeypatch, questions):
    class FakeCompare:
        def __init__(self, ok):
            self.ok, self.asked, self.last_error = ok, [], "" if ok else "the preset needs a CUDA GPU"

        def open_preset(self, preset, epochs=None):
            self.asked.append(preset)
            return self.ok

    lessons = window.lessons
    monkeypatch.setattr(window, "compare", FakeCompare(True), raising=False)
    lessons.open_lesson(_lesson_index(window, "gradient-descent"), 3)
    assert window.compare.asked == ["gradient-descent"] and "compare" in lessons.opened
    monkeypatch.setattr(window, "compare", FakeCompare(False), raising=False)
    assert not window.is_modified()   # the lesson set circle up; that is not the learner's work
    lessons.open_lesson(_lesson_index(window, "devices"), 2)
    assert window.compare.asked == ["cpu-vs-gpu"]
    assert "needs a CUDA GPU" in lessons.panel.browser.toPlainText()
