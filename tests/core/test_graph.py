"""The network graph, its parameter tables and its validation (guinet.core foundation)."""

import pytest

from guinet.core import Graph, GraphError, Project, TaskInfo, infer_widths, validate
from guinet.core.catalog import LAYER_KINDS, MAX_UNITS, layer_kind
from guinet.core.choices import ACTIVATIONS, ACTIVATION_CURVES, INITIALIZERS, OPTIMIZERS
from guinet.core.params import ParamError, validate_values
from guinet.core.settings import DATA_PARAMS, TRAINING_PARAMS


def chain(*kinds, **params_by_id):
    g = Graph()
    ids = [g.add_node(k, params_by_id.get(k)).id for k in kinds]
    for a, b in zip(ids, ids[1:]):
        g.add_edge(a, b)
    return g


XOR = TaskInfo(n_features=2, task="classification", n_classes=2)


def messages(problems):
    return [p.message for p in problems]


def test_xor_mlp_is_valid_and_widths_follow_units():
    g = chain("input", "dense", "output")
    g.set_param("dense_1", "units", 8)
    assert validate(g, XOR) == []
    assert infer_widths(g, XOR) == {"input": 2, "dense_1": 8, "output": 1}
    assert infer_widths(g, TaskInfo(2, "classification", 5)) ["output"] == 5


def test_edges_refuse_cycles_full_ports_and_self_loops():
    g = chain("input", "dense", "dense", "output")
    assert "already has its input" in g.connection_problem("input", "dense_2")
    assert "itself" in g.connection_problem("dense_1", "dense_1")
    assert "no output" in g.connection_problem("output", "dense_1")
    g.add_node("add")
    g.add_edge("dense_1", "add_1")
    g.add_edge("input", "add_1")
    assert g.inputs_of("add_1") == ["dense_1", "input"]
    g.add_node("add")
    g.add_edge("add_1", "add_2")
    with pytest.raises(GraphError, match="cycle"):
        g.add_edge("add_2", "add_1")


def test_remove_and_restore_node_keeps_edge_order():
    g = chain("input", "dense", "output")
    g.add_node("concat")
    g.add_edge("input", "concat_1")
    g.add_edge("dense_1", "concat_1")
    before = g.to_dict()
    node, edges = g.remove_node("dense_1")
    assert "dense_1" not in g.nodes and all("dense_1" not in (e.src, e.dst) for e in g.edges)
    g.restore_node(node, edges)
    assert g.to_dict() == before


def test_signals_announce_every_edit():
    g = Graph()
    seen = []
    for name in ("node_added", "node_removed", "edge_added", "edge_removed", "node_changed", "node_moved"):
        getattr(g, name).connect(lambda *a, n=name: seen.append(n))
    g.add_node("input")
    g.add_node("output")
    g.add_edge("input", "output")
    g.move_node("input", (10, 20))
    g.set_param("output", "head", "sigmoid")
    g.remove_node("output")
    assert seen == ["node_added", "node_added", "edge_added", "node_moved", "node_changed", "edge_removed",
                    "node_removed"]


def test_params_are_validated_with_messages():
    g = chain("input", "dense", "output")
    with pytest.raises(GraphError, match="at least 1"):
        g.set_param("dense_1", "units", 0)
    with pytest.raises(GraphError, match="at most 65,536"):
        g.set_param("dense_1", "units", MAX_UNITS + 1)
    with pytest.raises(GraphError, match="below 1"):
        g.set_param("dense_1", "dropout", 1.0)
    with pytest.raises(GraphError, match="one of"):
        g.set_param("dense_1", "activation", "swish-ish")
    g.set_param("dense_1", "activation", "leaky_relu")
    g.set_param("dense_1", "activation.negative_slope", 0.2)
    assert g.nodes["dense_1"].get("activation.negative_slope") == 0.2
    g.set_param("dense_1", "units", None)  # back to the default
    assert g.nodes["dense_1"].get("units") == layer_kind("dense").param("units").default


def test_validation_reports_every_problem_at_once():
    g = Graph()
    g.add_node("dense", {"activation": "step"})
    g.add_node("add")
    g.add_node("input")
    g.add_node("dense", {"units": 3})
    g.add_node("dense", {"units": 5})
    g.add_edge("input", "dense_2")
    g.add_edge("input", "dense_3")
    g.add_edge("dense_2", "add_1")
    g.add_edge("dense_3", "add_1")
    problems = validate(g, XOR)
    text = "\n".join(str(p) for p in problems)
    assert "no Output layer" in text
    assert "step activation" in text and any(p.node_id == "dense_1" for p in problems)
    assert "equal width" in text and "Dense 2 (3)" in text
    assert "goes nowhere" in text
    # every problem about a node names it, and says what to do
    assert all(p.message.rstrip().endswith(".") for p in problems)


def test_invalid_stored_params_are_reported_too():
    g = chain("input", "dense", "output")
    g.nodes["dense_1"].params["units"] = 0  # as a hand-edited file might hold
    g.nodes["dense_1"].params["dropout"] = 1.5
    problems = [p for p in validate(g, XOR) if p.node_id == "dense_1"]
    assert problems and "Units" in problems[0].message


def test_heads_must_fit_the_task():
    g = chain("input", "dense", "output")
    g.set_param("output", "head", "sigmoid")
    assert "two classes" in " ".join(messages(validate(g, TaskInfo(2, "classification", 3))))
    assert "numbers" in " ".join(messages(validate(g, TaskInfo(2, "regression", 1))))
    g.set_param("output", "head", "step")
    assert "perceptron rule" in " ".join(messages(validate(g, XOR)))


def test_perceptron_rule_needs_a_single_layer():
    g = chain("input", "output")
    info = TaskInfo(2, "classification", 2, optimizer="perceptron")
    assert validate(g, info) == []
    g2 = chain("input", "dense", "output")
    assert "single layer" in " ".join(messages(validate(g2, info)))


def test_cycle_in_a_hand_made_graph_is_reported():
    g = chain("input", "dense", "dense", "output")
    from guinet.core.graph import Edge

    g.edges.append(Edge("dense_2", "dense_1"))  # bypasses the checks, as a broken file would
    assert any("cycle" in p.message for p in validate(g, XOR))


def test_every_table_entry_has_help_and_valid_defaults():
    for kind in LAYER_KINDS:
        assert kind.help
        assert kind.validate(kind.defaults()) == kind.defaults()
    for tbl in (ACTIVATIONS, INITIALIZERS, OPTIMIZERS):
        for entry in tbl:
            assert entry.label and entry.help, entry.name
            for spec in entry.params:
                assert spec.validate(spec.default) == spec.default
    assert set(ACTIVATION_CURVES) == set(ACTIVATIONS.names())
    validate_values(DATA_PARAMS, {})
    validate_values(TRAINING_PARAMS, {})


def test_settings_reject_unknown_keys_and_drop_leftover_choice_params():
    with pytest.raises(ParamError, match="unknown setting"):
        validate_values(TRAINING_PARAMS, {"learnin_rate": 0.1})
    out = validate_values(TRAINING_PARAMS, {"optimizer": "sgd", "optimizer.beta1": 0.5})
    assert out == {"optimizer": "sgd"}  # beta1 belongs to Adam, not chosen: dropped
    with pytest.raises(ParamError, match="Learning rate must be above 0"):
        validate_values(TRAINING_PARAMS, {"learning_rate": 0.0})


def test_project_settings_edits_announce_and_validate():
    p = Project(chain("input", "dense", "output"))
    seen = []
    p.training_changed.connect(seen.append)
    p.set_training("learning_rate", 0.1)
    assert p.training_settings()["learning_rate"] == 0.1 and seen == ["learning_rate"]
    with pytest.raises(GraphError):
        p.set_training("epochs", 0)
    p.set_data("dataset", "spiral")
    p.set_data("dataset.arms", 4)
    assert p.task_info().n_classes == 4
