"""New layers make room instead of landing on their neighbours, stay in view, and a fit never zooms
out below a readable size (a big network scrolls instead)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from guinet.core.model import Project
from guinet.core.project import load_example
from guinet.gui.canvas import NetworkView
from guinet.gui.canvas.view import READABLE_ZOOM
from guinet.gui.panels.palette import layer_mime_data


def chain(n: int, gap: float = 200) -> Project:
    """Input, n Dense layers and Output in a row, ``gap`` apart (the examples' spacing)."""
    p = Project(name="chain")
    g = p.graph
    g.add_node("input", pos=(0, 0))
    prev = "input"
    for i in range(n):
        g.add_node("dense", {"units": 4}, pos=((i + 1) * gap, 0))
        g.add_edge(prev, f"dense_{i + 1}")
        prev = f"dense_{i + 1}"
    g.add_node("output", pos=((n + 1) * gap, 0))
    g.add_edge(prev, "output")
    return p


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


def make_view(qtbot, stack, project: Project, size=(700, 400)) -> NetworkView:
    v = NetworkView(project, stack)
    qtbot.addWidget(v)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    return v


def assert_no_overlap(view: NetworkView) -> None:
    cards = {n: item.sceneBoundingRect() for n, item in view.network_scene.layers.items()}
    for (a, ra), (b, rb) in itertools.combinations(cards.items(), 2):
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"


def in_view(view: NetworkView, node_id: str) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.contains(view.layer_item(node_id).sceneBoundingRect())


def drop(view: NetworkView, kind: str, scene_point: QPointF) -> None:
    pos = view.mapFromScene(scene_point)
    mime = layer_mime_data(kind)
    for event in (QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)


def test_a_layer_dropped_on_a_connection_makes_room_as_one_undo_step(qtbot, stack):
    view = make_view(qtbot, stack, chain(1))
    view.resetTransform()
    view.centerOn(QPointF(200, 40))
    before = view.project.to_dict()
    middle = view.edge_item("input", "dense_1").path().pointAtPercent(0.5)
    drop(view, "dropout", middle)
    g = view.project.graph
    assert g.inputs_of("dropout_1") == ["input"] and g.outputs_of("dropout_1") == ["dense_1"]
    assert stack.count() == 1
    assert_no_overlap(view)
    assert in_view(view, "dropout_1")
    stack.undo()
    assert view.project.to_dict() == before


def test_layers_added_after_the_selected_one_never_overlap_and_stay_in_view(qtbot, stack):
    view = make_view(qtbot, stack, chain(2))
    view.fit_all()
    for kind in ("batchnorm", "activation", "dropout", "dense", "activation"):
        view.select_nodes(["dense_1"])
        new = view.add_node_after_selected(kind)
        assert new is not None
        assert_no_overlap(view)
        assert in_view(view, new)
    assert stack.count() == 5


def test_fit_never_zooms_below_readable_and_shows_the_input_end(qtbot, stack):
    view = make_view(qtbot, stack, load_example("deep-sigmoid"), size=(500, 300))
    first = view.project.graph.nodes_of_kind("input")[0].id
    view.fit_all()
    assert view.zoom_level() == pytest.approx(READABLE_ZOOM)
    assert in_view(view, first)
    view.arrange()
    assert view.zoom_level() == pytest.approx(READABLE_ZOOM)


def test_a_small_network_still_fits_whole(qtbot, stack):
    view = make_view(qtbot, stack, chain(1))
    view.fit_all()
    assert view.zoom_level() > READABLE_ZOOM
    assert all(in_view(view, n) for n in view.project.graph.nodes)
