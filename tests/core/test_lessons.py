"""Lessons: the files read strictly, the named checks judge the network on screen, and every lesson's
own solution passes its checks (``guinet lessons --check``)."""

from __future__ import annotations

import json
import shutil

import pytest

from guinet.cli import main
from guinet.core import lessons as L
from guinet.core.project import load_example


def test_the_lessons_follow_the_deck_in_order():
    lessons = L.load_lessons()
    numbers = [lesson.number for lesson in lessons]
    # The twelve lessons of the issue, in the deck's order (slide numbers from the seed README).
    assert numbers == list(range(1, 13))
    assert [lesson.id for lesson in lessons] == [
        "layers", "devices", "perceptron", "gates", "xor", "forward", "backprop", "activations",
        "gradient-descent", "vanishing", "initialization", "normalization"]
    for lesson in lessons:
        for step in lesson.steps:
            assert step.text.en.strip() and step.text.ko.strip()
            # Korean texts are Korean: mostly Hangul among the letters.
            hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in step.text.ko)
            assert hangul > 20, (lesson.id, step.id)
            if step.checks and step.task is not None:
                assert step.hint is not None and step.solution, (lesson.id, step.id)


def _lesson_doc(**step):
    base = {"id": "s1", "title": {"en": "T", "ko": "제목"}, "text": {"en": "Text", "ko": "본문"}}
    base.update(step)
    return {"format_version": 1, "id": "x", "number": 1, "slides": "3", "title": {"en": "X", "ko": "엑스"},
            "summary": {"en": "S", "ko": "요약"}, "steps": [base]}


@pytest.mark.parametrize("change, words", [
    ({"checks": [{"check": "no_such_check"}]}, "unknown check 'no_such_check'"),
    ({"setup": [{"action": "open_example"}]}, "needs 'example'"),
    ({"setup": [{"action": "show_panel", "panel": "nowhere"}]}, "unknown panel"),
    ({"checks": [{"check": "trained", "extra": 1}]}, "takes no argument 'extra'"),
    ({"text": {"en": "only English"}}, "exactly the texts en, ko"),
    ({"task": {"en": "Do", "ko": "하기"}, "checks": [{"check": "trained"}]}, "needs a 'hint'"),
])
def test_a_broken_lesson_file_is_refused_saying_where(change, words):
    with pytest.raises(L.LessonError) as info:
        L.lesson_from_dict(_lesson_doc(**change), "bad.json")
    assert words in str(info.value) and "bad.json" in str(info.value)


def test_checks_read_the_network_on_screen():
    project = load_example("circle")
    ctx = L.CheckContext(project)
    assert L.check_every_hidden(ctx, "activation", "relu").passed
    project.graph.set_param("dense_2", "activation", "tanh")
    outcome = L.check_every_hidden(ctx, "activation", "relu")
    assert not outcome.passed and "Dense 2" in outcome.detail.en and "Dense 2" in outcome.detail.ko
    assert L.check_hidden_layers(ctx, min=2).passed and not L.check_hidden_layers(ctx, min=3).passed
    assert not L.check_normalized(ctx, "batch").passed


def test_results_of_an_earlier_network_do_not_count():
    player = L.LessonPlayer()
    player.perform(L.Call("open_example", {"example": "and-perceptron"}))
    player.perform(L.Call("train", {}))
    assert L.check_accuracy_at_least(player.context(), 1.0).passed
    player.perform(L.Call("set_layer", {"layer": "output", "key": "bias", "value": False}))
    outcome = L.check_accuracy_at_least(player.context(), 0.0)
    assert not outcome.passed and "train it again" in outcome.detail.en


def test_check_names_the_lesson_and_step_that_fails(tmp_path, capsys):
    doc = _lesson_doc(setup=[{"action": "open_example", "example": "xor-perceptron"}],
                      task={"en": "Train", "ko": "학습"}, hint={"en": "Hint", "ko": "힌트"},
                      checks=[{"check": "accuracy_at_least", "value": 1.0}], solution=[{"action": "train"}])
    (tmp_path / "01-x.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["lessons", "--check", "--folder", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "lesson 1 (x), step 's1'" in err and "accuracy_at_least" in err


def test_list(capsys):
    assert main(["lessons", "--lang", "ko"]) == 0
    out = capsys.readouterr().out
    assert "퍼셉트론" in out


def test_the_step_through_is_played_headless_too():
    player = L.LessonPlayer()
    player.perform(L.Call("open_example", {"example": "xor-mlp"}))
    with pytest.raises(L.LessonError):
        player.perform(L.Call("stepper_go", {"phase": "update"}))
    player.perform(L.Call("start_stepper", {"sample": 1}))
    assert not L.check_stepper_reached(player.context(), "backward").passed
    player.perform(L.Call("stepper_go", {"phase": "backward"}))
    assert L.check_stepper_reached(player.context(), "loss").passed
    assert not L.check_stepper_reached(player.context(), "update").passed


@pytest.mark.slow
def test_every_lesson_solution_passes_its_checks(capsys):
    assert main(["lessons", "--check"]) == 0, capsys.readouterr().err
