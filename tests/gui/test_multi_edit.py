"""Properties with several layers selected: the settings they share, mixed values marked as such, and
one change set on all of them as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox

from guinet.core.project import load_example
from guinet.gui.commands import AddNodeCommand, SetParamCommand
from guinet.gui.panels.properties import PropertiesPanel


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)    # what a user's pick emits


def test_one_change_sets_every_selected_dense_layer_as_one_undo_step(qtbot, stack):
    project = load_example("deep-sigmoid")
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    dense = [n for n in project.graph.nodes if n.startswith("dense_")]
    assert len(dense) == 8
    panel.set_selection(dense)
    form = panel.forms["dense"]
    assert panel.stack.currentWidget() is form
    assert panel.title.text() == "8 layers selected"
    assert form.mixed_keys() == []
    choose(form.editor("activation"), "relu")
    assert all(project.graph.nodes[n].get("activation") == "relu" for n in dense)
    assert stack.count() == 1 and "8 layers" in stack.text(0)
    stack.undo()
    assert all(project.graph.nodes[n].get("activation") == "sigmoid" for n in dense)
    stack.redo()
    assert all(project.graph.nodes[n].get("activation") == "relu" for n in dense)


def test_values_that_differ_are_shown_mixed_and_any_choice_sets_them_all(qtbot, stack):
    project = load_example("deep-sigmoid")
    stack.push(SetParamCommand(project, "dense_2", "units", 8))
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    panel.set_selection(["dense_1", "dense_2", "dense_3"])
    form = panel.forms["dense"]
    assert form.mixed_keys() == ["units"]
    field = form.field("units")
    assert "mixed" in field.label.text() and "16, 8, 16" in field.label.toolTip()
    # Typing the first layer's own value is still a change: the others take it too.
    editor = form.editor("units")
    editor.setValue(16)
    editor.editingFinished.emit()
    assert [project.graph.nodes[n].get("units") for n in ("dense_1", "dense_2", "dense_3")] == [16, 16, 16]
    assert stack.count() == 2
    assert form.mixed_keys() == []
    assert "mixed" not in form.field("units").label.text()
    stack.undo()
    assert project.graph.nodes["dense_2"].get("units") == 8


def test_layers_of_different_kinds_edit_the_settings_they_all_have(qtbot, stack):
    project = load_example("xor-mlp")
    stack.push(AddNodeCommand(project, "activation", (0, 300)))
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    panel.set_selection(["dense_1", "activation_1"])
    form = panel.current_form()
    assert form is not None and [s.name for s in form.specs] == ["activation"]
    choose(form.editor("activation"), "sigmoid")
    assert project.graph.nodes["dense_1"].get("activation") == "sigmoid"
    assert project.graph.nodes["activation_1"].get("activation") == "sigmoid"
    assert stack.count() == 2
    # Layers with nothing in common say so.
    panel.set_selection(["dense_1", "input"])
    assert panel.stack.currentWidget() is panel.empty_page
    assert "share no settings" in panel.empty_page.text()
