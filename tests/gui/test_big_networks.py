"""A network of 2,000 layers in the window: it opens in seconds, and an edit redraws and rebuilds only
what it changed (issue 7: the window froze 83 s opening such a chain and 10 s on every edit).

The chain is written as a program would write it, without positions, so all its cards start on one
spot; the window spreads them out (a pile of cards cannot be used, and Qt repaints every card under
the one that changed). The time bounds are generous for a loaded two-core CI machine; the counts say
what the speed comes from.
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QCoreApplication

from guinet.core.graph import Graph
from guinet.core.project import project_from_json
from guinet.gui.canvas.items import LayerItem
from guinet.gui.panels.properties import SUMMARY_ROWS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LAYERS = 2000


def chain_file(n: int, *, positions: bool = False) -> str:
    """A project file: Input, ``n`` Dense layers of 2 units in a row, Output, on the XOR data."""
    nodes = [{"id": "input", "kind": "input"}]
    for i in range(1, n + 1):
        node = {"id": f"dense_{i}", "kind": "dense", "params": {"units": 2}}
        if positions:
            node["pos"] = [200.0 * (i % 40), 120.0 * (i // 40)]
        nodes.append(node)
    nodes.append({"id": "output", "kind": "output"})
    ids = [node["id"] for node in nodes]
    return json.dumps({"format_version": 1, "app": "guinet", "name": f"chain-{n}",
                       "graph": {"nodes": nodes, "edges": [[a, b] for a, b in zip(ids, ids[1:])]},
                       "data": {"dataset": "xor"}, "training": {}})


def _settle() -> None:
    """Deliver what an edit scheduled: the scene's batched item updates, then the viewport's paint."""
    for _ in range(3):
        QCoreApplication.processEvents()


class _Counts:
    """Counts cards painted and graphs copied. Installed before the window opens: PySide looks up a
    Python override of a virtual such as paint once per item."""

    def __init__(self, monkeypatch) -> None:
        self.painted: list[str] = []
        self.copies = 0
        paint, copy = LayerItem.paint, Graph.copy

        def counting_paint(item, painter, option, widget=None):
            self.painted.append(item.node_id)
            return paint(item, painter, option, widget)

        def counting_copy(graph):
            self.copies += 1
            return copy(graph)

        monkeypatch.setattr(LayerItem, "paint", counting_paint)
        monkeypatch.setattr(Graph, "copy", counting_copy)

    def reset(self) -> None:
        self.painted.clear()
        self.copies = 0


def test_a_2000_layer_chain_opens_in_seconds_and_an_edit_redraws_only_its_card(open_window, monkeypatch):
    project = project_from_json(chain_file(LAYERS))
    counts = _Counts(monkeypatch)
    started = time.perf_counter()
    window = open_window(project)
    _settle()
    opened = time.perf_counter() - started
    assert opened < 15.0, f"opening took {opened:.1f} s"

    canvas = window.canvas
    graph = window.project.graph
    assert len(canvas.network_scene.layers) == LAYERS + 2
    # Spread out: every card has a place of its own, within the canvas.
    assert len({node.pos for node in graph.nodes.values()}) == LAYERS + 2
    assert canvas.network_scene.nodes_rect().width() < 6000
    assert not window.is_modified()   # laying out a file without positions is not an edit
    assert window.problems() == []
    # The Network summary lists the first layers and counts all of them.
    summary = window.properties.empty_page.text()
    assert f"{LAYERS + 2} layers" in summary
    assert summary.count("<tr>") == SUMMARY_ROWS + 1   # the heading and the first layers
    assert f"{LAYERS + 2 - SUMMARY_ROWS} more layers" in summary

    middle = f"dense_{LAYERS // 2}"
    canvas.select_nodes([middle])
    canvas.centerOn(canvas.layer_item(middle))
    _settle()
    box = window.properties.forms["dense"].editor("units")
    counts.reset()

    started = time.perf_counter()
    box.setValue(7)
    _settle()
    edited = time.perf_counter() - started
    assert graph.nodes[middle].params["units"] == 7
    assert canvas.layer_item(f"dense_{LAYERS // 2 + 1}").width_value is not None
    assert middle in counts.painted            # the edited card was redrawn...
    assert len(counts.painted) < 40, f"{len(counts.painted)} cards repainted"   # ...and only cards near it
    assert counts.copies == 0                  # the edit was tried on its layer, not on a copy of the graph
    assert edited < 2.0, f"the edit took {edited:.2f} s"

    counts.reset()
    started = time.perf_counter()
    window.undo_stack.undo()
    _settle()
    undone = time.perf_counter() - started
    assert graph.nodes[middle].params["units"] == 2
    assert box.value() == 2
    assert middle in counts.painted and len(counts.painted) < 40, f"{len(counts.painted)} cards repainted"
    assert undone < 2.0, f"undo took {undone:.2f} s"


def test_a_chain_with_positions_keeps_them(open_window):
    project = project_from_json(chain_file(100, positions=True))
    before = {node_id: node.pos for node_id, node in project.graph.nodes.items()}
    window = open_window(project)
    assert {node_id: node.pos for node_id, node in window.project.graph.nodes.items()} == before


def test_layers_piled_on_one_spot_are_spread_in_columns_when_opened(open_window):
    """A hand-written file without positions: each layer gets its own column, left to right in the
    order the network flows, the next band of columns below, and nothing to save."""
    window = open_window(project_from_json(chain_file(60)))
    graph = window.project.graph
    pos = {node_id: node.pos for node_id, node in graph.nodes.items()}
    assert pos["input"] == (0.0, 0.0)
    assert pos["dense_1"][0] > pos["input"][0] and pos["dense_1"][1] == pos["input"][1]
    assert pos["dense_24"][1] == pos["input"][1] and pos["dense_25"][1] > pos["input"][1]  # 25 a band
    assert pos["dense_25"][0] == pos["input"][0]
    for item in window.canvas.network_scene.layers.values():
        assert (item.pos().x(), item.pos().y()) == graph.nodes[item.node_id].pos
    assert not window.is_modified()
    assert window.undo_stack.count() == 0
