"""Editing as a new user meets it: shortcuts that mean one thing, undo from anywhere in the window,
out-of-range values answered where they were typed, several layers edited at once, new layers that
make room, File > New that connects as expected, a tool bar that holds still, dialogs whose buttons
say what they do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from guinet.gui import settings
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(settings, "autosave_path", lambda: tmp_path / "data" / "autosave.guinet")
    settings.qsettings().clear()
    yield tmp_path
    settings.qsettings().clear()


def _make_window(qtbot, **kwargs) -> MainWindow:
    w = MainWindow(**kwargs)
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, isolated):
    yield _make_window(qtbot)


def _shared_shortcuts(window) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName() or action.text())
    return {key: names for key, names in owners.items() if len(names) > 1}


# ---------------------------------------------------------------------------------------- shortcuts


def test_no_two_actions_in_the_window_share_a_shortcut(window):
    assert _shared_shortcuts(window) == {}


def test_x11s_delete_binding_does_not_take_duplicates_ctrl_d(qtbot, isolated, monkeypatch):
    """On X11 (KDE and GNOME) Qt's standard Delete key is Del and Ctrl+D; the window then had Ctrl+D on
    Duplicate and Delete, and Qt ran neither ("Ambiguous shortcut overload")."""
    real = QKeySequence.keyBindings

    def x11_bindings(key):
        if key == QKeySequence.StandardKey.Delete:
            return [QKeySequence("Del"), QKeySequence("Ctrl+D")]
        return real(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(x11_bindings))
    window = _make_window(qtbot)
    act = window.actions_by_name
    assert _shared_shortcuts(window) == {}
    assert QKeySequence("Ctrl+D") in act["duplicate"].shortcuts()
    assert QKeySequence("Ctrl+D") not in act["delete"].shortcuts()
    assert QKeySequence("Del") in act["delete"].shortcuts()
    # Ctrl+D on the canvas duplicates.
    window.canvas.select_nodes(["dense_1"])
    window.canvas.setFocus()
    before = len(window.project.graph.nodes)
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.project.graph.nodes) == before + 1


# ---------------------------------------------------------------------------------------- tool bar


def test_tool_bar_buttons_hold_still_while_train_turns_into_pause_and_resume(window):
    from guinet.gui import live

    toolbar = window.toolbar
    buttons = {name: toolbar.widgetForAction(action) for name, action in window.live.actions.items()}
    texts, places = [], []
    for state in (live.IDLE, live.RUNNING, live.PAUSED_STATE, live.IDLE):
        window.live._set_state(state)
        QApplication.processEvents()
        texts.append(window.live.train_action.text().replace("&", ""))
        places.append({name: (b.x(), b.width()) for name, b in buttons.items()})
    assert texts == ["Train", "Pause", "Resume", "Train"]
    assert all(p == places[0] for p in places), places
    # The widest label fits the button.
    train = buttons["train"]
    assert train.width() >= train.fontMetrics().horizontalAdvance("Resume") + train.iconSize().width()


# ---------------------------------------------------------------------------------------- undo keys


def test_ctrl_z_in_a_properties_field_undoes_the_entered_edit(window, qtbot):
    window.canvas.select_nodes(["dense_1"])
    node = window.project.graph.nodes["dense_1"]
    before = node.params.get("units")
    box = window.properties.forms["dense"].editor("units")
    box.setFocus()
    assert box.hasFocus() or QApplication.focusWidget() is box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "8")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert node.params["units"] == 8
    # Ctrl+Z with the field still focused undoes the edit; Ctrl+Shift+Z and Ctrl+Y redo it.
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert node.params.get("units") == before
    assert box.value() == before
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert node.params["units"] == 8
    window.undo_stack.undo()
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert node.params["units"] == 8


def test_ctrl_z_while_typing_undoes_the_typing_not_the_network(window, qtbot):
    window.canvas.select_nodes(["dense_1"])
    node = window.project.graph.nodes["dense_1"]
    before = node.params.get("units")
    box = window.properties.forms["dense"].editor("units")
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "9")
    depth = window.undo_stack.index()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == depth
    assert box.text() == str(before)
    assert node.params.get("units") == before


def test_undo_works_with_the_focus_in_the_training_panel(window, qtbot):
    form = window.training_panel.form
    box = form.editor("epochs")
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "321")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.project.training_settings()["epochs"] == 321
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.training_settings()["epochs"] != 321


# ---------------------------------------------------------------------------------------- ranges


def _type_and_enter(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_an_out_of_range_learning_rate_is_answered_where_it_was_typed(window, qtbot):
    form = window.training_panel.form
    box = form.editor("learning_rate")
    before = window.project.training_settings()["learning_rate"]
    depth = window.undo_stack.index()
    _type_and_enter(qtbot, box, "1000")
    assert window.project.training_settings()["learning_rate"] == before
    assert window.undo_stack.index() == depth
    error = form.error_text("learning_rate")
    assert "1000" in error and "outside the allowed range" in error and "10" in error, error
    assert "Learning rate" in window.statusBar().currentMessage()
    # A good value then goes through and the message goes away.
    _type_and_enter(qtbot, box, "0.5")
    assert window.project.training_settings()["learning_rate"] == 0.5
    assert form.error_text("learning_rate") == ""


def test_units_above_the_maximum_can_be_typed_and_are_refused_with_the_range(window, qtbot):
    window.canvas.select_nodes(["dense_1"])
    form = window.properties.forms["dense"]
    box = form.editor("units")
    before = window.project.graph.nodes["dense_1"].params.get("units")
    spec = form.field("units").spec
    too_many = str(int(spec.maximum) * 10)
    _type_and_enter(qtbot, box, too_many)
    assert window.project.graph.nodes["dense_1"].params.get("units") == before
    error = form.error_text("units")
    assert too_many in error and f"{int(spec.maximum):,}" in error, error
    _type_and_enter(qtbot, box, "0")
    assert "0 is outside" in form.error_text("units")
    # Selecting another layer starts clean.
    window.canvas.select_nodes(["output"])
    window.canvas.select_nodes(["dense_1"])
    assert form.error_text("units") == ""


def test_tooltips_of_number_settings_give_their_range(window):
    from guinet.core.params import ParamSpec

    forms = [window.training_panel.form, window.data_panel.form, *window.properties.forms.values()]
    checked = 0
    for form in forms:
        for _key, _entry, field in form._fields:
            spec: ParamSpec = field.spec
            if spec.kind in ("int", "float") and (spec.minimum is not None or spec.maximum is not None):
                assert "Allowed:" in field.widget.toolTip(), (spec.name, field.widget.toolTip())
                checked += 1
    assert checked > 10


# ---------------------------------------------------------------------------------------- dialogs


def _answer_with(label: str, seen: list[str]):
    def answer():
        box = QApplication.activeModalWidget()
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == label).click()
    return answer


@pytest.mark.real_dialogs
def test_the_stop_training_question_names_its_buttons_by_action(window):
    from PySide6.QtCore import QTimer

    seen: list[str] = []
    QTimer.singleShot(0, _answer_with("Keep Training", seen))
    assert window.live.confirm_stop_for_edit() is False
    assert sorted(seen) == ["Keep Training", "Stop Training"]
    seen.clear()
    QTimer.singleShot(0, _answer_with("Stop Training", seen))
    assert window.live.confirm_stop_for_edit() is True


@pytest.mark.real_dialogs
def test_unsaved_changes_question_says_save_discard_cancel(window):
    from PySide6.QtCore import QTimer

    window.canvas.select_nodes(["dense_1"])
    window.properties.forms["dense"].editor("units").setValue(9)
    seen: list[str] = []
    QTimer.singleShot(0, _answer_with("Cancel", seen))
    assert window.maybe_save() is False
    assert sorted(seen) == ["Cancel", "Discard Changes", "Save"]
    QTimer.singleShot(0, _answer_with("Discard Changes", seen))
    assert window.maybe_save() is True


def test_no_question_in_the_app_offers_bare_yes_and_no():
    """Every question goes through dialogs.ask, which names its buttons; QMessageBox.question with
    Yes | No would bring the old "Stop training? Yes / No" back."""
    from pathlib import Path

    import guinet.gui

    root = Path(guinet.gui.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "QMessageBox.question(" in p.read_text(encoding="utf-8")]
    assert offenders == []


# ---------------------------------------------------------------------------------------- messages


def test_cannot_train_says_which_layer_by_its_name_in_a_message_box(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    graph = window.project.graph
    from guinet.gui.commands import DisconnectCommand

    window.undo_stack.push(DisconnectCommand(window.project, "input", "dense_1"))
    assert window.problems()
    assert window.live.start() is False
    box = window.live.cannot_train_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    details = box.informativeText()
    assert graph.nodes["dense_1"].label in details and "dense_1:" not in details
    assert "dense_1:" not in window.statusBar().currentMessage()
    labels = [b.text() for b in box.buttons()]
    assert "Select the Layer" in labels and "Close" in labels
    next(b for b in box.buttons() if b.text() == "Select the Layer").click()
    first = next(p.node_id for p in window.problems() if p.node_id)
    assert window.canvas.selected_ids() == [first]
    assert window.live.worker is None


def test_setting_undo_texts_do_not_repeat_data(window):
    from guinet.gui.commands import SetDataCommand

    window.undo_stack.push(SetDataCommand(window.project, "seed", 7))
    assert window.undo_stack.undoText() == "Set data seed"
    window.undo_stack.push(SetDataCommand(window.project, "noise", 0.1))
    assert window.undo_stack.undoText() == "Set noise"


def test_problem_badge_keeps_clear_of_the_ports(window):
    window.undo_stack.push(__import__("guinet.gui.commands", fromlist=["DisconnectCommand"])
                           .DisconnectCommand(window.project, "input", "dense_1"))
    item = window.canvas.network_scene.layers["dense_1"]
    assert item.problems
    badge = item.problem_badge_rect()
    for port in (item.in_port, item.out_port):
        assert not badge.intersects(port.mapRectToParent(port.boundingRect()))
    assert item.boundingRect().contains(badge)


def test_training_finished_stays_in_the_status_bar(window):
    window.live.train_blocking(3)
    message = window.statusBar().currentMessage()
    assert message.startswith("Finished")
    window.statusBar().clearMessage()   # nothing times it out: only a newer message replaces it
    window.show_status("x", keep=True)
    assert window.statusBar().currentMessage() == "x"


# ---------------------------------------------------------------------------------------- File > New


def _port_point(view, node_id: str, output: bool):
    item = view.layer_item(node_id)
    port = item.out_port if output else item.in_port
    return view.mapFromScene(port.scenePos())


def _mouse_drag(qtbot, view, start, end) -> None:
    w = view.viewport()
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(w, start + (end - start) / 2)
    qtbot.mouseMove(w, end)
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_after_file_new_the_first_dense_to_output_connection_works(window, qtbot):
    from guinet.gui.commands import AddNodeCommand

    assert window.new_file()
    graph = window.project.graph
    assert graph.has_edge("input", "output")
    window.undo_stack.push(AddNodeCommand(window.project, "dense", (200.0, 160.0), connect_from="input"))
    dense = next(n for n in graph.nodes if n.startswith("dense"))
    view = window.canvas
    view.fit_all()
    _mouse_drag(qtbot, view, _port_point(view, dense, True), _port_point(view, "output", False))
    assert graph.has_edge(dense, "output") and not graph.has_edge("input", "output")
    assert window.problems() == []
    assert "in place of Input" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert graph.has_edge("input", "output") and not graph.has_edge(dense, "output")


def test_delete_is_enabled_when_only_a_connection_is_selected(window):
    delete = window.actions_by_name["delete"]
    window.canvas.select_nodes([])
    assert not delete.isEnabled()
    window.canvas.edge_item("input", "dense_1").setSelected(True)
    assert delete.isEnabled()
    delete.trigger()
    assert not window.project.graph.has_edge("input", "dense_1")
    assert not delete.isEnabled()
