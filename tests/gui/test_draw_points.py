"""Draw your own data on the Decision boundary plot: a click adds a point of the chosen class at the
clicked plane coordinates, a drag or right-click erases, Clear removes all, each one undo step; starting
on a toy set offers its points; Reset trains on the drawn points. Real mouse events on the plot's
viewport; waits on signals, never sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from guinet.core.project import load_example, load_project, save_project
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot):
    made = []

    def make(project=None) -> MainWindow:
        w = MainWindow(project, persist=False)
        qtbot.addWidget(w, before_close_func=lambda win: win.undo_stack.setClean())
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        w.live.build_plots()
        w.live.boundary_dock.raise_()
        qtbot.waitUntil(lambda: w.live.boundary_plot.isVisible())
        made.append(w)
        return w

    yield make
    for w in made:
        w.live.shutdown()
        w.data_loader.shutdown()


def drawn_project(points=(), dataset="drawn"):
    project = load_example("xor-mlp")
    project.data = {"dataset": dataset, "dataset.points": [list(p) for p in points]}
    project.set_training("epochs", 30)
    return project


def viewport_pos(w, x: float, y: float) -> QPointF:
    plot = w.live.boundary_plot
    scene = plot.plot.vb.mapViewToScene(QPointF(x, y))
    return QPointF(plot.mapFromScene(scene))


def send(w, kind, pos: QPointF, button=Qt.MouseButton.LeftButton, buttons=None,
         modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = w.live.boundary_plot.viewport()
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def click(w, x, y, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    pos = viewport_pos(w, x, y)
    send(w, QEvent.Type.MouseButtonPress, pos, button, modifiers=modifiers)
    send(w, QEvent.Type.MouseButtonRelease, pos, button, modifiers=modifiers)


def drag(w, path) -> None:
    start = viewport_pos(w, *path[0])
    send(w, QEvent.Type.MouseButtonPress, start)
    for x, y in path[1:]:
        send(w, QEvent.Type.MouseMove, viewport_pos(w, x, y), Qt.MouseButton.NoButton,
             buttons=Qt.MouseButton.LeftButton)
    send(w, QEvent.Type.MouseButtonRelease, viewport_pos(w, *path[-1]))


def pixel_size(w) -> float:
    px = w.live.boundary_plot.plot.vb.viewPixelSize()
    return max(px)


def test_click_adds_points_of_the_chosen_class_where_clicked_and_undo_takes_each_back(window, qtbot):
    w = window(drawn_project())
    draw = w.draw
    assert w.dataset() is None   # no points yet: the plane is shown, waiting for clicks
    assert "No points yet" in w.live.boundary_plot.message.textItem.toPlainText()
    w.actions_by_name["draw_points"].trigger()
    assert draw.active() and draw.bar.isVisible()
    tolerance = 2 * pixel_size(w)
    click(w, 2.0, 3.0)
    draw.class_box.setCurrentIndex(1)
    click(w, -4.0, -1.5)
    points = w.project.data["dataset.points"]
    assert [p[2] for p in points] == [0, 1]
    for (x, y, _k), (ex, ey) in zip(points, [(2.0, 3.0), (-4.0, -1.5)]):
        assert abs(x - ex) <= tolerance and abs(y - ey) <= tolerance
    # A third class appears in the selector once class 1 is used.
    assert draw.class_box.count() == 3
    assert w.undo_stack.count() == 2 and w.undo_stack.text(1) == "Add point of class 1"
    ds = w.dataset()
    assert ds is not None and ds.name == "drawn" and len(ds.y_train) + len(ds.y_test) == 2
    w.undo_stack.undo()
    assert [p[2] for p in w.project.data["dataset.points"]] == [0]
    w.undo_stack.redo()
    assert len(w.project.data["dataset.points"]) == 2
    # Outside Draw mode a click does what pyqtgraph does with it: nothing is added.
    w.actions_by_name["draw_points"].trigger()
    click(w, 0.0, 0.0)
    assert len(w.project.data["dataset.points"]) == 2


def test_drag_and_right_click_erase_in_one_step_and_clear_removes_all(window, qtbot):
    points = [(-4.0, 0.0, 0), (-2.0, 0.0, 1), (0.0, 0.0, 0), (2.0, 0.0, 1), (4.0, 4.0, 0), (-3.0, -4.0, 1)]
    w = window(drawn_project(points))
    w.actions_by_name["draw_points"].trigger()
    # A drag along y = 0 from x = -4.5 to x = 2.5 erases the four points on that line, as one step.
    drag(w, [(-4.5, 0.0), (-3.0, 0.0), (-1.0, 0.0), (1.0, 0.0), (2.5, 0.0)])
    assert [tuple(p) for p in w.project.data["dataset.points"]] == [(4.0, 4.0, 0), (-3.0, -4.0, 1)]
    assert w.undo_stack.count() == 1 and w.undo_stack.text(0) == "Erase 4 points"
    # A right-click erases the point under the cursor, and only that one.
    click(w, 4.0, 4.0, button=Qt.MouseButton.RightButton)
    assert [tuple(p) for p in w.project.data["dataset.points"]] == [(-3.0, -4.0, 1)]
    # Shift+click erases too; a click on empty plane with Shift adds nothing.
    click(w, 0.0, 5.0, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert len(w.project.data["dataset.points"]) == 1 and w.undo_stack.count() == 2
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert len(w.project.data["dataset.points"]) == 6
    assert w.actions_by_name["clear_points"].isEnabled()
    w.actions_by_name["clear_points"].trigger()
    assert w.project.data["dataset.points"] == [] if "dataset.points" in w.project.data else True
    assert w.undo_stack.text(w.undo_stack.index() - 1) == "Clear drawn points"
    assert not w.actions_by_name["clear_points"].isEnabled()
    w.undo_stack.undo()
    assert len(w.project.data["dataset.points"]) == 6


def test_starting_on_a_toy_set_offers_its_points_and_undo_goes_back(window, qtbot):
    project = load_example("xor-mlp")
    project.data = {"dataset": "circle", "samples": 60, "noise": 0.1, "features": ["x1", "x2", "x1^2"]}
    w = window(project)
    w.actions_by_name["draw_points"].trigger()
    box = w.draw.start_box
    assert box is not None and box.isVisible()
    assert not w.draw.active()   # not on until the user chose how to start
    box.findChild(type(box.buttons()[0]), "draw_copy").click()
    data = w.project.data
    assert data["dataset"] == "drawn" and len(data["dataset.points"]) == 60
    # The other data settings stay; the copied points are the circle's (their classes included).
    assert data["features"] == ["x1", "x2", "x1^2"]
    assert sorted({p[2] for p in data["dataset.points"]}) == [0, 1]
    assert w.draw.active()
    assert w.undo_stack.text(0) == "Draw from the points of Circle"
    w.undo_stack.undo()
    assert w.project.data == {"dataset": "circle", "samples": 60, "noise": 0.1, "features": ["x1", "x2", "x1^2"]}
    assert not w.draw.active() and not w.actions_by_name["draw_points"].isChecked()
    # Start empty: the plane waits for clicks.
    w.actions_by_name["draw_points"].trigger()
    w.draw.start_box.findChild(type(w.draw.start_box.buttons()[0]), "draw_empty").click()
    assert w.project.data["dataset"] == "drawn" and w.project.data.get("dataset.points", []) == []
    assert w.draw.active() and w.live.boundary_plot.extent == (-6.0, 6.0, -6.0, 6.0)


def test_reset_trains_on_the_drawn_points_and_they_are_saved(window, qtbot, tmp_path):
    w = window(drawn_project([(-3.0, -3.0, 0), (3.0, 3.0, 1), (-3.0, 3.0, 0), (3.0, -3.0, 1)]))
    first = w.live.train_blocking(5)
    assert first is not None
    assert w.live.trainer.dataset.x_train.shape[0] + w.live.trainer.dataset.x_test.shape[0] == 4
    w.actions_by_name["draw_points"].trigger()
    w.draw.class_box.setCurrentIndex(1)
    click(w, 0.0, 5.0)
    click(w, 0.0, -5.0)
    assert "next Reset" in w.draw.hint.text() and "next Reset (Ctrl+R)" in w.draw.hint.toolTip()
    w.live.reset_action.trigger()
    # Train after the Reset: a session on the worker thread, built from the data as drawn now.
    with qtbot.waitSignal(w.live.session_ended, timeout=30000) as ended:
        w.live.train_action.trigger()
    assert ended.args[0] is not None and ended.args[0].epoch == 30
    ds = w.live.trainer.dataset
    assert len(ds.y_train) + len(ds.y_test) == 6
    assert sorted(ds.y_train.tolist() + ds.y_test.tolist()) == [0, 0, 1, 1, 1, 1]
    path = tmp_path / "drawn.guinet"
    save_project(w.project, path)
    assert load_project(path).data == w.project.data


def test_regression_points_take_the_chosen_target(window, qtbot):
    w = window(drawn_project([(1.0, 1.0, 0.5)], dataset="drawn_regression"))
    w.actions_by_name["draw_points"].trigger()
    draw = w.draw
    assert draw.target_box.isVisibleTo(draw.bar) and not draw.class_box.isVisibleTo(draw.bar)
    draw.target_box.setValue(-2.5)
    click(w, -1.0, 2.0)
    assert w.project.data["dataset.points"][-1][2] == -2.5
    assert w.undo_stack.text(0) == "Add point with target -2.5"
    QCoreApplication.processEvents()


def test_d_turns_draw_mode_on_and_off_and_the_menu_has_it(window, qtbot):
    from PySide6.QtTest import QTest

    w = window(drawn_project([(1.0, 1.0, 0)]))
    w.canvas.setFocus()
    qtbot.waitUntil(lambda: w.canvas.hasFocus())
    QTest.keyClick(w.canvas, Qt.Key.Key_D)
    assert w.draw.active() and w.draw.bar.isVisible()
    assert w.live.boundary_plot.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    QTest.keyClick(w.canvas, Qt.Key.Key_D)
    assert not w.draw.active() and not w.draw.bar.isVisible()
    edit = [a.objectName() for a in w.menus["edit"].actions()]
    assert "action_draw_points" in edit and "action_clear_points" in edit
    assert "(D)" in w.draw.draw_action.toolTip()
