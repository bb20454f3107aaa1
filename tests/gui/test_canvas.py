"""The network canvas and the layer palette, driven through real Qt events (headless)."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack, QWheelEvent)
from PySide6.QtWidgets import QApplication

from guinet.core.check import Problem
from guinet.core.graph import Edge
from guinet.core.model import Project
from guinet.gui.canvas import LAYER_MIME, NetworkView
from guinet.gui.canvas.layout import count_crossings, layered_layout, longest_path_layers, order_columns
from guinet.gui.canvas.style import GRID, heatmap_rgb
from guinet.gui.commands import AddNodeCommand, ConnectCommand, SetParamCommand
from guinet.gui.panels.palette import LayerPalette, layer_mime_data


def xor_project() -> Project:
    p = Project(name="xor")
    g = p.graph
    g.add_node("input", pos=(0, 0))
    g.add_node("dense", {"units": 2}, pos=(240, 0))
    g.add_node("output", pos=(480, 0))
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    return p


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


@pytest.fixture
def view(qtbot, stack):
    v = NetworkView(xor_project(), stack)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    v.resetTransform()
    v.centerOn(QPointF(320, 40))
    return v


def vp(view: NetworkView, scene_point: QPointF) -> QPoint:
    """Viewport pixel of a scene point."""
    return view.mapFromScene(scene_point)


def assert_mirrors(view: NetworkView) -> None:
    """The scene shows exactly the graph: one card per node at its position, one arrow per edge."""
    g = view.project.graph
    scene = view.network_scene
    assert set(scene.layers) == set(g.nodes)
    assert set(scene.edge_items) == {(e.src, e.dst) for e in g.edges}
    for node_id, node in g.nodes.items():
        item = scene.layers[node_id]
        assert (item.pos().x(), item.pos().y()) == node.pos
    for (src, dst), edge in scene.edge_items.items():
        assert edge.src is scene.layers[src] and edge.dst is scene.layers[dst]


def drag_events(view: NetworkView, mime: QMimeData, pos: QPoint):
    """Send the DragEnter/DragMove/Drop sequence a real QDrag produces to the view's viewport."""
    vp_widget = view.viewport()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp_widget, enter)
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp_widget, move)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp_widget, drop)
    return enter, move, drop


def mouse_drag(qtbot, view: NetworkView, start: QPoint, end: QPoint, steps: int = 6,
               button=Qt.MouseButton.LeftButton) -> None:
    w = view.viewport()
    qtbot.mousePress(w, button, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(w, start + (end - start) * (i / steps))
    qtbot.mouseRelease(w, button, Qt.KeyboardModifier.NoModifier, end)


def port_point(view: NetworkView, node_id: str, output: bool) -> QPoint:
    item = view.layer_item(node_id)
    port = item.out_port if output else item.in_port
    return vp(view, port.scenePos())


# ------------------------------------------------------------------ mirroring


def test_scene_mirrors_graph_through_undo_and_redo(view, stack):
    assert_mirrors(view)
    p = view.project
    before = p.to_dict()
    stack.push(AddNodeCommand(p, "dense", (240, 160), connect_from="input"))
    stack.push(SetParamCommand(p, "dense_2", "units", 7))
    assert_mirrors(view)
    assert "7 units" in view.layer_item("dense_2")._lines[0]
    stack.setIndex(0)
    assert_mirrors(view)
    assert p.to_dict() == before
    stack.setIndex(2)
    assert_mirrors(view)


def test_widths_and_problems_are_worked_out_after_edits(view, stack):
    item = view.layer_item("dense_1")
    assert item.width_known and item.width_value == 2
    assert view.layer_item("input").width_value == 2  # x1, x2
    assert not any(view.layer_item(n).problems for n in view.project.graph.nodes)
    view.select_nodes(["dense_1"])
    view.delete_selected()
    out = view.layer_item("output")
    assert out.problems
    assert out.problems[0].split()[0] in out.toolTip()
    stack.undo()
    assert not view.layer_item("output").problems


def test_set_problems_and_widths_from_outside(view):
    view.set_problems([Problem("dense_1", "too wide for the moon")])
    item = view.layer_item("dense_1")
    assert item.problems == ["too wide for the moon"]
    assert "too wide for the moon" in item.toolTip()
    view.set_widths({"dense_1": None})
    assert item.width_value is None and item.width_known
    # the caller now owns the checks: edits no longer overwrite them
    view.project.graph.set_param("dense_1", "units", 3)
    assert item.problems == ["too wide for the moon"]


def test_neuron_images_become_tiles(view):
    item = view.layer_item("dense_1")
    h0 = item.height
    grids = np.linspace(-1, 1, 2 * 8 * 8).reshape(2, 8, 8)
    view.set_neuron_images({"dense_1": grids, "output": np.full((1, 8, 8), 0.25)})
    assert len(item.tiles) == 2 and item.tiles[0].width() == 8
    assert item.height > h0
    assert view.layer_item("output").tiles
    # colours: -1 orange, 0 white, +1 blue (TensorFlow Playground)
    rgb = heatmap_rgb(np.array([[-1.0, 0.0, 1.0]]))
    assert tuple(rgb[0, 0]) == (0xF5, 0x93, 0x22) and tuple(rgb[0, 2]) == (0x08, 0x77, 0xBD)
    assert min(rgb[0, 1]) > 240
    view.set_neuron_images({"dense_1": np.zeros((17, 4, 4))})  # too many units to draw
    assert item.tiles == [] and item.height == h0
    view.grab()  # paints without errors


# ------------------------------------------------------------------ palette and drops


def test_palette_lists_every_kind_with_icons_and_mime(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    from guinet.core.catalog import LAYER_KINDS
    assert sorted(palette.kinds()) == sorted(k.name for k in LAYER_KINDS)
    item = palette.item_for("dense")
    assert not item.icon().isNull()
    assert "fully connected" in item.toolTip()
    data = palette.list.mimeData([item])
    assert data.hasFormat(LAYER_MIME) and bytes(data.data(LAYER_MIME)) == b"dense"
    drag = palette.list.make_drag("batchnorm")  # what startDrag executes
    assert bytes(drag.mimeData().data(LAYER_MIME)) == b"batchnorm"
    assert not drag.pixmap().isNull()
    assert palette.list.supportedDragActions() == Qt.DropAction.CopyAction


def test_palette_double_click_and_enter_request_an_add(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    palette.resize(220, 600)
    palette.show()
    qtbot.waitExposed(palette)
    item = palette.item_for("dropout")
    palette.list.setCurrentItem(item)
    with qtbot.waitSignal(palette.add_requested) as blocker:
        qtbot.keyClick(palette.list, Qt.Key.Key_Return)
    assert blocker.args == ["dropout"]
    rect = palette.list.visualItemRect(palette.item_for("add"))
    with qtbot.waitSignal(palette.add_requested) as blocker:
        qtbot.mouseClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["add"]


def test_drop_from_palette_adds_a_node_where_dropped(view, stack, qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    mime = palette.list.mimeData([palette.item_for("dense")])
    target = vp(view, QPointF(313, 247))
    enter, move, drop = drag_events(view, mime, target)
    assert enter.isAccepted() and move.isAccepted() and drop.isAccepted()
    g = view.project.graph
    assert "dense_2" in g.nodes and stack.count() == 1
    x, y = g.nodes["dense_2"].pos
    assert x % GRID == 0 and y % GRID == 0
    card = view.layer_item("dense_2").sceneBoundingRect()
    assert card.contains(view.mapToScene(target))  # the card lands under the cursor
    assert view.selected_ids() == ["dense_2"]
    assert_mirrors(view)
    stack.undo()
    assert "dense_2" not in g.nodes
    assert_mirrors(view)


def test_drop_on_an_edge_inserts_into_it(view, stack):
    edge = view.edge_item("dense_1", "output")
    middle = edge.path().pointAtPercent(0.5)
    before = view.project.to_dict()
    drag_events(view, layer_mime_data("dropout"), vp(view, middle))
    g = view.project.graph
    assert g.edges == [Edge("input", "dense_1"), Edge("dense_1", "dropout_1"), Edge("dropout_1", "output")]
    assert stack.count() == 1
    assert_mirrors(view)
    stack.undo()
    assert view.project.to_dict() == before
    assert_mirrors(view)


def test_drag_over_an_edge_highlights_it(view):
    edge = view.edge_item("input", "dense_1")
    pos = vp(view, edge.path().pointAtPercent(0.5))
    mime = layer_mime_data("activation")
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime,
                                                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert edge.drop_target
    from PySide6.QtGui import QDragLeaveEvent
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not edge.drop_target


def test_foreign_drops_are_ignored_and_a_second_input_is_refused(view, stack, qtbot):
    other = QMimeData()
    other.setText("dense")
    enter, _move, _drop = drag_events(view, other, vp(view, QPointF(300, 300)))
    assert not enter.isAccepted()
    bogus = QMimeData()
    bogus.setData(LAYER_MIME, QByteArray(b"transformer"))
    drag_events(view, bogus, vp(view, QPointF(300, 300)))
    with qtbot.waitSignal(view.message) as blocker:
        _e, _m, drop = drag_events(view, layer_mime_data("input"), vp(view, QPointF(300, 300)))
    assert "only one Input" in blocker.args[0]
    assert not drop.isAccepted()
    assert stack.count() == 0 and len(view.project.graph.nodes) == 3


# ------------------------------------------------------------------ connecting


def test_connect_ports_by_mouse(view, stack, qtbot):
    stack.push(AddNodeCommand(view.project, "dense", (240, 200)))
    stack.push(AddNodeCommand(view.project, "add", (480, 200)))
    mouse_drag(qtbot, view, port_point(view, "input", True), port_point(view, "dense_2", False))
    assert view.project.graph.has_edge("input", "dense_2")
    # dropping on the card rather than exactly on its port also connects; dragging from an input works too
    mouse_drag(qtbot, view, port_point(view, "add_1", False),
               vp(view, view.layer_item("dense_2").sceneBoundingRect().center()))
    assert view.project.graph.has_edge("dense_2", "add_1")
    assert stack.count() == 4
    assert view._connect_line is None  # the rubber line is gone
    assert not any(type(i).__name__ == "ConnectionLine" for i in view.network_scene.items())
    stack.undo()
    stack.undo()
    assert not view.project.graph.has_edge("input", "dense_2")
    assert_mirrors(view)


def test_illegal_connection_is_refused_with_a_message(view, stack, qtbot):
    stack.push(AddNodeCommand(view.project, "dense", (240, 200), connect_from="input"))
    before = view.project.to_dict()
    # A layer that takes one input and has it: the new connection takes the old one's place, in one
    # undo step (File > New's Input → Output no longer blocks the first Dense → Output).
    with qtbot.waitSignal(view.message) as blocker:
        mouse_drag(qtbot, view, port_point(view, "dense_2", True), port_point(view, "dense_1", False))
    assert "in place of Input" in blocker.args[0]
    graph = view.project.graph
    assert graph.has_edge("dense_2", "dense_1") and not graph.has_edge("input", "dense_1")
    stack.undo()
    assert view.project.to_dict() == before
    with qtbot.waitSignal(view.message) as blocker:  # a cycle: output of dense_1 back into ... input has no port
        mouse_drag(qtbot, view, port_point(view, "dense_1", True),
                   vp(view, view.layer_item("input").sceneBoundingRect().center()))
    assert "takes no inputs" in blocker.args[0]
    assert view.project.to_dict() == before and stack.index() == 1


def test_rubber_line_turns_red_over_a_refused_port(view, qtbot):
    w = view.viewport()
    start = port_point(view, "input", True)
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(w, start + QPoint(30, 30))
    assert view._connect_line is not None and view._connect_line.ok
    qtbot.mouseMove(w, port_point(view, "dense_1", False))  # input → dense_1 exists already
    assert not view._connect_line.ok
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view._connect_line is None
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)


def test_cycle_refused_via_command_and_mouse(view, stack, qtbot):
    p = view.project
    stack.push(AddNodeCommand(p, "add", (240, 200), connect_from="input"))
    stack.push(AddNodeCommand(p, "dense", (480, 200), connect_from="add_1"))
    with qtbot.waitSignal(view.message) as blocker:
        mouse_drag(qtbot, view, port_point(view, "dense_2", True), port_point(view, "add_1", False))
    assert "cycle" in blocker.args[0]
    stack.push(ConnectCommand(p, "dense_1", "add_1"))
    assert_mirrors(view)


# ------------------------------------------------------------------ select, move, delete


def test_move_by_drag_is_one_snapped_undo_step(view, stack, qtbot):
    item = view.layer_item("dense_1")
    start = vp(view, item.mapToScene(QPointF(60, 12)))
    mouse_drag(qtbot, view, start, start + QPoint(47, 33), steps=8)
    pos = view.project.graph.nodes["dense_1"].pos
    assert pos != (240.0, 0.0)
    assert pos[0] % GRID == 0 and pos[1] % GRID == 0
    assert stack.count() == 1
    stack.undo()
    assert view.project.graph.nodes["dense_1"].pos == (240.0, 0.0)
    assert_mirrors(view)


def test_moving_several_selected_cards_is_one_step(view, stack, qtbot):
    view.select_nodes(["input", "dense_1"])
    start = vp(view, view.layer_item("input").mapToScene(QPointF(60, 12)))
    mouse_drag(qtbot, view, start, start + QPoint(0, 80))
    g = view.project.graph
    assert g.nodes["input"].pos == (0.0, 80.0) and g.nodes["dense_1"].pos == (240.0, 80.0)
    assert g.nodes["output"].pos == (480.0, 0.0)
    assert stack.count() == 1 and stack.undoText() == "Move 2 layers"


def test_click_and_rubber_band_select(view, qtbot):
    with qtbot.waitSignal(view.selection_changed) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=vp(view, QPointF(300, 30)))
    assert blocker.args == [["dense_1"]]
    received = []
    view.selection_changed.connect(received.append)
    mouse_drag(qtbot, view, vp(view, QPointF(-40, -60)), vp(view, QPointF(300, 120)))
    assert view.selected_ids() == ["input", "dense_1"]
    assert received[-1] == ["input", "dense_1"]
    view.select_all()
    assert view.selected_ids() == ["input", "dense_1", "output"]


def test_delete_key_removes_selection_with_edges(view, stack, qtbot):
    before = view.project.to_dict()
    view.select_nodes(["dense_1"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    g = view.project.graph
    assert "dense_1" not in g.nodes and g.edges == []
    assert_mirrors(view)
    stack.undo()
    assert view.project.to_dict() == before
    assert_mirrors(view)


def test_delete_a_selected_connection(view, stack, qtbot):
    edge = view.edge_item("input", "dense_1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=vp(view, edge.path().pointAtPercent(0.5)))
    assert edge.isSelected()
    view.delete_selected()
    assert view.project.graph.edges == [Edge("dense_1", "output")]
    stack.undo()
    assert view.project.graph.edges[0] == Edge("input", "dense_1")


# ------------------------------------------------------------------ keyboard adds, copy/paste, arrange


def test_add_after_selected_inserts_and_makes_room(view, stack):
    before = view.project.to_dict()
    view.select_nodes(["dense_1"])
    new = view.add_node_after_selected("dropout")
    g = view.project.graph
    assert new == "dropout_1" and view.selected_ids() == ["dropout_1"]
    assert g.edges == [Edge("input", "dense_1"), Edge("dense_1", "dropout_1"), Edge("dropout_1", "output")]
    assert g.nodes["dropout_1"].pos[0] > g.nodes["dense_1"].pos[0]
    assert g.nodes["output"].pos[0] > g.nodes["dropout_1"].pos[0]
    assert stack.count() == 1  # insert and make room: one step
    # Enter again chains on: the new layer is selected
    view.add_node_after_selected("dense")
    assert g.inputs_of("dense_2") == ["dropout_1"] and g.outputs_of("dense_2") == ["output"]
    stack.setIndex(0)
    assert view.project.to_dict() == before
    assert_mirrors(view)


def test_add_after_a_layer_with_free_output_connects_it(view, stack):
    stack.push(AddNodeCommand(view.project, "dense", (240, 200)))
    view.select_nodes(["dense_2"])
    new = view.add_node_after_selected("activation")
    assert view.project.graph.inputs_of(new) == ["dense_2"]


def test_adding_a_second_output_by_keyboard_is_refused(view, stack, qtbot):
    with qtbot.waitSignal(view.message) as blocker:
        assert view.add_node_after_selected("output") is None
    assert "only one Output" in blocker.args[0]
    assert stack.count() == 0


def test_copy_paste_and_duplicate(view, stack):
    view.select_nodes(["dense_1"])
    fragment = view.copy_selected()
    assert [n["id"] for n in fragment["nodes"]] == ["dense_1"]
    new = view.paste()  # from the clipboard
    assert new == ["dense_2"] and view.selected_ids() == ["dense_2"]
    g = view.project.graph
    assert g.nodes["dense_2"].params == {"units": 2}
    assert g.nodes["dense_2"].pos == (280.0, 40.0)
    again = view.paste()
    assert g.nodes[again[0]].pos == (320.0, 80.0)  # each paste lands a little further on
    view.select_nodes(["input", "dense_1", "output"])
    dup = view.duplicate_selected()  # Input and Output exist once: only Dense 1 is copied
    assert len(dup) == 1 and g.nodes[dup[0]].kind == "dense"
    assert stack.count() == 3
    stack.setIndex(0)
    assert view.project.to_dict() == xor_project().to_dict()


def test_duplicate_keeps_inner_edges(view, stack):
    stack.push(AddNodeCommand(view.project, "dense", (240, 200), connect_from="dense_1"))
    view.select_nodes(["dense_1", "dense_2"])
    new = view.duplicate_selected()
    assert view.project.graph.has_edge(new[0], new[1])


def test_arrange_lays_out_left_to_right_in_one_step(view, stack):
    p = view.project
    stack.push(AddNodeCommand(p, "dense", (-300, 400), connect_from="input"))
    stack.push(AddNodeCommand(p, "concat", (0, -300), connect_from="dense_1"))
    stack.push(ConnectCommand(p, "dense_2", "concat_1"))
    p.graph.remove_edge("dense_1", "output")
    p.graph.add_edge("concat_1", "output")
    before = p.to_dict()
    n = stack.count()
    view.arrange()
    assert stack.count() == n + 1 and stack.undoText() == "Arrange layers"
    pos = {k: v.pos for k, v in p.graph.nodes.items()}
    assert pos["input"][0] < pos["dense_1"][0] == pos["dense_2"][0] < pos["concat_1"][0] < pos["output"][0]
    assert pos["concat_1"][1] == pos["output"][1] == pos["input"][1]  # the main line is straight
    assert pos["dense_1"][1] != pos["dense_2"][1]
    assert_mirrors(view)
    view.arrange()  # already arranged: nothing pushed
    assert stack.count() == n + 1
    stack.undo()
    assert p.to_dict() == before


# ------------------------------------------------------------------ zoom and pan


def test_ctrl_wheel_zooms_under_the_mouse(view):
    anchor = QPoint(700, 200)
    scene_before = view.mapToScene(anchor)
    z0 = view.zoom_level()
    event = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_level() == pytest.approx(z0 * 1.44)
    after = view.mapFromScene(scene_before)
    assert abs(after.x() - anchor.x()) <= 2 and abs(after.y() - anchor.y()) <= 2
    for _ in range(30):
        view.zoom_in()
    assert view.zoom_level() == pytest.approx(3.0)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom_level() == pytest.approx(0.2)
    view.fit_all()
    for item in view.network_scene.layers.values():
        assert view.mapToScene(view.viewport().rect()).boundingRect().contains(item.sceneBoundingRect())


def test_middle_button_pans(view, qtbot):
    center = view.mapToScene(view.viewport().rect().center())
    mouse_drag(qtbot, view, QPoint(500, 300), QPoint(400, 250), button=Qt.MouseButton.MiddleButton)
    moved = view.mapToScene(view.viewport().rect().center()) - center
    assert moved.x() == pytest.approx(100, abs=2) and moved.y() == pytest.approx(50, abs=2)
    assert view.project.to_dict() == xor_project().to_dict()


def test_space_drag_pans_instead_of_selecting(view, qtbot):
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    center = view.mapToScene(view.viewport().rect().center())
    mouse_drag(qtbot, view, vp(view, QPointF(300, 30)), vp(view, QPointF(300, 30)) + QPoint(-60, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert (view.mapToScene(view.viewport().rect().center()) - center).x() == pytest.approx(60, abs=2)
    assert view.project.graph.nodes["dense_1"].pos == (240.0, 0.0)


def test_set_project_switches_and_forgets_the_old_one(view, stack):
    old = view.project
    new = Project()
    new.graph.add_node("input")
    view.set_project(new)
    assert list(view.network_scene.layers) == ["input"]
    old.graph.add_node("dense")  # edits to the old project no longer reach the canvas
    assert list(view.network_scene.layers) == ["input"]
    new.graph.add_node("output", pos=(300, 0))
    assert_mirrors(view)


def test_theme_switch_and_paint(view, qapp):
    from guinet.gui import theme
    view.set_problems([Problem("dense_1", "bad")])
    view.select_nodes(["output"])
    try:
        for name in ("dark", "light"):
            theme.apply_theme(name)
            image = view.grab().toImage()
            assert not image.isNull()
    finally:
        theme.apply_theme("light")


# ------------------------------------------------------------------ layout (pure Python)


def test_longest_path_layers_and_output_last():
    nodes = ["input", "a", "b", "c", "output"]
    edges = [("input", "a"), ("a", "b"), ("b", "c"), ("input", "output")]
    layers = longest_path_layers(nodes, edges, sinks_last=["output"])
    assert layers == {"input": 0, "a": 1, "b": 2, "c": 3, "output": 3}


def test_ordering_removes_avoidable_crossings():
    # two parallel chains whose second column starts in crossed order
    layers = {"a": 0, "b": 0, "x": 1, "y": 1}
    edges = [("a", "x"), ("b", "y")]
    start = {"a": 0, "b": 100, "x": 100, "y": 0}
    assert count_crossings([["a", "b"], ["y", "x"]], edges) == 1
    columns = order_columns(layers, edges, start)
    assert count_crossings(columns, edges) == 0


def test_layout_keeps_corner_snaps_and_survives_cycles():
    pos = layered_layout(["a", "b", "c"], [("a", "b"), ("b", "c")], current={"a": (100, 50), "b": (0, 0),
                                                                                "c": (7, 300)}, grid=20)
    assert pos["a"] == (0.0, 0.0) or pos["a"][0] == 0.0
    assert pos["a"][1] == pos["b"][1] == pos["c"][1]
    assert all(v % 20 == 0 for p in pos.values() for v in p)
    assert pos["a"][0] < pos["b"][0] < pos["c"][0]
    cyclic = layered_layout(["a", "b"], [("a", "b"), ("b", "a")])
    assert set(cyclic) == {"a", "b"}


def test_add_with_nothing_selected_grows_the_network_before_its_output(view, stack):
    view.network_scene.clearSelection()
    new = view.add_node_after_selected("dense")
    g = view.project.graph
    assert g.inputs_of(new) == ["dense_1"] and g.outputs_of(new) == ["output"]
    assert g.nodes["output"].pos[0] > g.nodes[new].pos[0]


def test_gestures_then_undo_all_and_redo_all(view, stack, qtbot):
    """A session of real gestures; undoing everything gives back the first project, redoing
    everything the last, and the scene mirrors the graph all along."""
    p = view.project
    first = p.to_dict()
    drag_events(view, layer_mime_data("dense"), vp(view, QPointF(320, 260)))                 # add
    drag_events(view, layer_mime_data("dropout"),
                vp(view, view.edge_item("input", "dense_1").path().pointAtPercent(0.5)))       # insert
    mouse_drag(qtbot, view, port_point(view, "dropout_1", True), port_point(view, "dense_2", False))  # connect
    start = vp(view, view.layer_item("dense_2").mapToScene(QPointF(60, 12)))
    mouse_drag(qtbot, view, start, start + QPoint(40, 40))                                      # move
    view.select_nodes(["dense_2"])
    view.add_node_after_selected("activation")                                                  # keyboard add
    view.select_nodes(["dense_2", "activation_1"])
    view.duplicate_selected()                                                                   # paste
    view.arrange()                                                                              # arrange
    view.select_nodes(["dense_1"])
    view.delete_selected()                                                                      # delete
    last = p.to_dict()
    assert stack.count() == 8
    stack.setIndex(0)
    assert p.to_dict() == first
    assert_mirrors(view)
    stack.setIndex(stack.count())
    assert p.to_dict() == last
    assert_mirrors(view)


def test_quitting_after_a_copy_exits_cleanly(tmp_path):
    """The clipboard outlives Python: its data is deleted by Qt's exit-time cleanup, which crashed the
    process (SIGSEGV) when the data was a QMimeData made in Python. Copy puts a Qt-made one there."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "copy_then_quit.py"
    script.write_text(
        "from PySide6.QtGui import QUndoStack\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from guinet.core.project import load_example\n"
        "from guinet.gui.canvas import FRAGMENT_MIME, NetworkView\n"
        "view = NetworkView(load_example('xor-mlp'), QUndoStack())\n"
        "view.select_nodes(['dense_1'])\n"
        "assert view.copy_selected() is not None\n"
        "assert QApplication.clipboard().mimeData().hasFormat(FRAGMENT_MIME)\n"
        "assert view.paste() == ['dense_2']\n"
        "view.deleteLater()\n"
        "print('copied')\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "copied", done.stderr[-2000:]
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-2000:]}"
