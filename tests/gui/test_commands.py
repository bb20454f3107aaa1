"""Undo commands: each edit is one undo step, touches only the model, and undo gives back exactly
the earlier project (compared as Project.to_dict())."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QUndoStack

from guinet.core.graph import Edge, GraphError
from guinet.core.model import Project
from guinet.gui.commands import (AddNodeCommand, ConnectCommand, DisconnectCommand, InsertOnEdgeCommand,
                                 MoveNodesCommand, PasteCommand, RemoveNodesCommand, SetDataCommand,
                                 SetParamCommand, SetTrainingCommand, fragment_of)


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


def xor_project() -> Project:
    p = Project(name="xor")
    g = p.graph
    g.add_node("input", pos=(0, 0))
    g.add_node("dense", {"units": 2}, pos=(200, 0))
    g.add_node("output", pos=(400, 0))
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    return p


def residual_project() -> Project:
    """input → d1 → d2 → concat ← d1 (second input), concat → output: edge order matters for concat."""
    p = Project()
    g = p.graph
    for kind in ("input", "dense", "dense", "concat", "output"):
        g.add_node(kind)
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "dense_2")
    g.add_edge("dense_2", "concat_1")
    g.add_edge("dense_1", "concat_1")
    g.add_edge("concat_1", "output")
    return p


def round_trip(stack: QUndoStack, project: Project, command) -> dict:
    before = project.to_dict()
    stack.push(command)
    after = project.to_dict()
    assert after != before
    stack.undo()
    assert project.to_dict() == before
    stack.redo()
    assert project.to_dict() == after
    return after


def test_add_node_connected_and_undo(stack):
    p = xor_project()
    after = round_trip(stack, p, AddNodeCommand(p, "dense", (300, 100), connect_from="dense_1"))
    assert ["dense_1", "dense_2"] in after["graph"]["edges"]
    assert p.graph.nodes["dense_2"].pos == (300.0, 100.0)
    assert stack.undoText() == "Add Dense"


def test_second_input_or_output_is_refused_and_changes_nothing(stack):
    p = xor_project()
    before = p.to_dict()
    for kind in ("input", "output"):
        with pytest.raises(GraphError, match="only one"):
            AddNodeCommand(p, kind, (0, 0))
    assert p.to_dict() == before


def test_invalid_connections_raise_at_construction(stack):
    p = xor_project()
    p.graph.add_node("dense", pos=(0, 200))
    with pytest.raises(GraphError, match="already has its input"):
        ConnectCommand(p, "dense_2", "dense_1")
    with pytest.raises(GraphError, match="no output"):
        ConnectCommand(p, "output", "dense_2")
    with pytest.raises(GraphError, match="takes no inputs"):
        ConnectCommand(p, "dense_2", "input")
    with pytest.raises(GraphError, match="already connected"):
        ConnectCommand(p, "input", "dense_1")
    with pytest.raises(GraphError, match="already has its input"):
        AddNodeCommand(p, "dense", (0, 0), connect_to="dense_1")
    assert stack.count() == 0


def test_cycle_refused(stack):
    p = xor_project()
    stack.push(AddNodeCommand(p, "add", (0, 0), connect_from="dense_1"))
    stack.push(AddNodeCommand(p, "dense", (0, 0), connect_from="add_1"))
    with pytest.raises(GraphError, match="cycle"):
        ConnectCommand(p, "dense_2", "add_1")  # Add takes more inputs, but this one would loop


def test_connect_and_disconnect_keep_edge_order(stack):
    p = residual_project()
    after = round_trip(stack, p, DisconnectCommand(p, "dense_2", "concat_1"))
    assert after["graph"]["edges"] == [["input", "dense_1"], ["dense_1", "dense_2"], ["dense_1", "concat_1"],
                                       ["concat_1", "output"]]
    stack.undo()
    assert p.graph.edges[2] == Edge("dense_2", "concat_1")
    stack.push(ConnectCommand(p, "input", "concat_1"))
    assert p.graph.edges[-1] == Edge("input", "concat_1")


def test_remove_nodes_restores_edges_in_place(stack):
    p = residual_project()
    round_trip(stack, p, RemoveNodesCommand(p, ["dense_1"]))
    round_trip(stack, p, RemoveNodesCommand(p, ["dense_2", "input", "concat_1"]))
    assert stack.undoText() == "Delete 3 layers"


def test_remove_nodes_and_loose_edges_in_one_step(stack):
    p = residual_project()
    before = p.to_dict()
    stack.push(RemoveNodesCommand(p, ["dense_2"], edges=[("dense_1", "concat_1"), ("dense_1", "dense_2")]))
    assert stack.count() == 1
    assert p.graph.edges == [Edge("input", "dense_1"), Edge("concat_1", "output")]
    stack.undo()
    assert p.to_dict() == before
    with pytest.raises(GraphError):
        RemoveNodesCommand(p, [])
    with pytest.raises(GraphError):
        RemoveNodesCommand(p, ["nope"])


def test_insert_on_edge_keeps_concat_input_order(stack):
    p = residual_project()
    after = round_trip(stack, p, InsertOnEdgeCommand(p, "dropout", (10, 10), "dense_2", "concat_1"))
    edges = after["graph"]["edges"]
    into_concat = [s for s, d in edges if d == "concat_1"]
    assert into_concat == ["dropout_1", "dense_1"]
    assert ["dense_2", "dropout_1"] in edges
    with pytest.raises(GraphError, match="inside a connection"):
        InsertOnEdgeCommand(p, "output", (0, 0), "input", "dense_1")
    with pytest.raises(GraphError, match="not connected"):
        InsertOnEdgeCommand(p, "dense", (0, 0), "input", "output")


def test_move_is_one_step_and_skips_unmoved(stack):
    p = xor_project()
    cmd = MoveNodesCommand(p, {"input": ((0, 0), (20, 40)), "output": ((400, 0), (400, 0)),
                               "dense_1": ((200, 0), (220, 40))})
    assert set(cmd.moves) == {"input", "dense_1"}
    round_trip(stack, p, cmd)
    assert stack.count() == 1
    with pytest.raises(GraphError):
        MoveNodesCommand(p, {"input": ((20, 40), (20, 40))})


def test_spin_box_edits_merge_into_one_step(stack):
    p = xor_project()
    before = p.to_dict()
    for value in (1, 12, 128):
        stack.push(SetParamCommand(p, "dense_1", "units", value))
    assert stack.count() == 1
    assert p.graph.nodes["dense_1"].params["units"] == 128
    stack.push(SetParamCommand(p, "dense_1", "activation", "relu"))  # another key: its own step
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert p.to_dict() == before
    stack.redo()
    assert p.graph.nodes["dense_1"].params["units"] == 128


def test_edit_back_to_the_old_value_leaves_nothing_to_undo(stack):
    p = xor_project()
    stack.push(SetParamCommand(p, "dense_1", "units", 3))
    stack.push(SetParamCommand(p, "dense_1", "units", 2))
    assert stack.count() == 0
    assert p.graph.nodes["dense_1"].params == {"units": 2}


def test_undoing_a_choice_change_restores_its_own_parameters(stack):
    p = xor_project()
    stack.push(SetParamCommand(p, "dense_1", "activation", "leaky_relu"))
    stack.push(SetParamCommand(p, "dense_1", "activation.negative_slope", 0.2))
    before = p.to_dict()
    stack.push(SetParamCommand(p, "dense_1", "activation", "tanh"))
    assert "activation.negative_slope" not in p.graph.nodes["dense_1"].params
    stack.undo()
    assert p.to_dict() == before


def test_invalid_param_raises_and_pushes_nothing(stack):
    p = xor_project()
    with pytest.raises(GraphError, match="Units"):
        SetParamCommand(p, "dense_1", "units", 0)
    with pytest.raises(GraphError):
        SetParamCommand(p, "dense_1", "no_such_key", 1)
    with pytest.raises(GraphError):
        SetDataCommand(p, "noise", -1.0)
    with pytest.raises(GraphError):
        SetTrainingCommand(p, "learning_rate", "fast")
    assert p.to_dict() == xor_project().to_dict()


def test_data_and_training_commands(stack):
    p = xor_project()
    stack.push(SetDataCommand(p, "dataset", "spiral"))
    stack.push(SetDataCommand(p, "dataset.arms", 3))
    spiral = p.to_dict()
    stack.push(SetDataCommand(p, "dataset", "circle"))
    stack.undo()
    assert p.to_dict() == spiral
    for value in (0.1, 0.12, 0.125):
        stack.push(SetTrainingCommand(p, "learning_rate", value))
    assert p.training["learning_rate"] == 0.125
    assert stack.count() == 3
    stack.push(SetDataCommand(p, "noise", 0.1))
    stack.push(SetTrainingCommand(p, "learning_rate", 0.5))  # not merged across another command
    assert stack.count() == 5
    stack.setIndex(0)
    assert p.to_dict() == xor_project().to_dict()


def test_paste_gives_fresh_ids_inner_edges_and_skips_singletons(stack):
    p = xor_project()
    stack.push(AddNodeCommand(p, "dense", (300, 0), connect_from="dense_1"))
    fragment = fragment_of(p.graph, ["input", "dense_1", "dense_2"])
    assert fragment["edges"] == [["input", "dense_1"], ["dense_1", "dense_2"]]
    cmd = PasteCommand(p, fragment, (40, 40))
    assert cmd.skipped == ["input"]
    after = round_trip(stack, p, cmd)
    assert cmd.node_ids == ["dense_3", "dense_4"]
    assert ["dense_3", "dense_4"] in after["graph"]["edges"]
    assert p.graph.nodes["dense_3"].pos == (240.0, 40.0)
    assert p.graph.nodes["dense_3"].params == {"units": 2}
    with pytest.raises(GraphError, match="nothing else to paste"):
        PasteCommand(p, fragment_of(p.graph, ["input", "output"]), (0, 0))
    with pytest.raises(GraphError, match="clipboard"):
        PasteCommand(p, {"whatever": 1}, (0, 0))


def test_paste_into_empty_project_keeps_singletons(stack):
    p = xor_project()
    empty = Project()
    cmd = PasteCommand(empty, fragment_of(p.graph, list(p.graph.nodes)), (0, 0))
    stack.push(cmd)
    assert empty.graph.to_dict() == p.graph.to_dict()


# ------------------------------------------------------------------ random sequences

KINDS = ["dense", "activation", "batchnorm", "layernorm", "dropout", "add", "concat", "input", "output"]
PARAM_EDITS = [("units", [1, 3, 8, 128]), ("activation", ["relu", "sigmoid", "leaky_relu", "elu"]),
               ("activation.negative_slope", [0.05, 0.3]), ("activation.alpha", [0.5, 2.0]),
               ("dropout", [0.0, 0.25]), ("bias", [False, True]), ("weight_init", ["normal", "he_uniform"]),
               ("weight_init.std", [0.5, 0.01]), ("normalization", ["batch", "none"]), ("units", [None]),
               ("eps", [1e-3]), ("momentum", [0.3])]
DATA_EDITS = [("dataset", ["spiral", "circle", "xor", "moons"]), ("dataset.arms", [3, 4]), ("noise", [0.1, 0.2]),
              ("features", [["x1", "x2", "x1^2"], ["x1"]]), ("samples", [100, None])]
TRAINING_EDITS = [("optimizer", ["sgd", "momentum", "rmsprop"]), ("optimizer.momentum", [0.5, 0.95]),
                  ("learning_rate", [0.1, 0.003]), ("batch_size", [0, 16]), ("epochs", [10])]


def random_command(rng: random.Random, p: Project):
    g = p.graph
    ids = list(g.nodes)
    pos = (rng.randrange(-400, 400, 20), rng.randrange(-300, 300, 20))
    op = rng.randrange(11)
    if op == 0 or not ids:
        kind = rng.choice(KINDS)
        src = rng.choice(ids + [None]) if ids else None
        dst = rng.choice(ids + [None]) if ids else None
        return AddNodeCommand(p, kind, pos, connect_from=src, connect_to=dst)
    if op == 1:
        return RemoveNodesCommand(p, rng.sample(ids, rng.randint(1, min(3, len(ids)))),
                                  edges=rng.sample([(e.src, e.dst) for e in g.edges], min(1, len(g.edges))))
    if op == 2:
        return ConnectCommand(p, rng.choice(ids), rng.choice(ids))
    if op == 3 and g.edges:
        e = rng.choice(g.edges)
        return DisconnectCommand(p, e.src, e.dst)
    if op == 4 and g.edges:
        e = rng.choice(g.edges)
        return InsertOnEdgeCommand(p, rng.choice(KINDS), pos, e.src, e.dst)
    if op == 5:
        moved = rng.sample(ids, rng.randint(1, len(ids)))
        return MoveNodesCommand(p, {n: (g.nodes[n].pos, (g.nodes[n].pos[0] + 20, pos[1])) for n in moved})
    if op in (6, 7):
        key, values = rng.choice(PARAM_EDITS)
        return SetParamCommand(p, rng.choice(ids), key, rng.choice(values))
    if op == 8:
        key, values = rng.choice(DATA_EDITS)
        return SetDataCommand(p, key, rng.choice(values))
    if op == 9:
        key, values = rng.choice(TRAINING_EDITS)
        return SetTrainingCommand(p, key, rng.choice(values))
    fragment = fragment_of(g, rng.sample(ids, rng.randint(1, len(ids))))
    return PasteCommand(p, fragment, (40, 40))


@pytest.mark.parametrize("seed", range(12))
def test_random_sequence_undoes_to_every_earlier_project(stack, seed):
    rng = random.Random(seed)
    p = xor_project()
    states = [p.to_dict()]  # states[i]: the project after the stack's first i commands
    pushed = refused = 0
    while pushed < 60:
        try:
            cmd = random_command(rng, p)
        except GraphError:
            refused += 1
            assert p.to_dict() == states[stack.index()]  # a refused edit changes nothing
            continue
        stack.push(cmd)
        pushed += 1
        del states[stack.index():]  # merges and obsolete merges shorten the history
        states.append(p.to_dict())
        assert len(states) == stack.index() + 1 == stack.count() + 1
        if rng.random() < 0.1:  # undo a little in the middle too, then carry on from there
            stack.undo()
            assert p.to_dict() == states[stack.index()]
    assert refused > 0 and stack.count() > 20
    for i in range(stack.index() - 1, -1, -1):
        stack.undo()
        assert p.to_dict() == states[i], f"undo to step {i} differs"
    while stack.canRedo():
        stack.redo()
        assert p.to_dict() == states[stack.index()]
    assert stack.index() == stack.count() and p.to_dict() == states[-1]


def test_undo_after_an_id_is_reused_restores_node_order(stack):
    """Delete Dense 1, add a new Dense (it gets the id dense_1 again), delete it: undoing all three
    must put the first dense_1 back in its old place between input and output."""
    p = xor_project()
    before = p.to_dict()
    stack.push(RemoveNodesCommand(p, ["dense_1"]))
    stack.push(AddNodeCommand(p, "dense", (0, 0)))
    assert "dense_1" in p.graph.nodes
    stack.push(RemoveNodesCommand(p, ["dense_1"]))
    stack.setIndex(0)
    assert p.to_dict() == before
