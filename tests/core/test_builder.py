"""The builder: graph -> torch module with the graph's names, widths, initializers and topology."""

import math

import pytest
import torch
from torch import nn

from guinet.core import Graph, TaskInfo
from guinet.core.builder import BuildError, DenseLayer, build_model


def chain(*dense_params, output_params=None):
    g = Graph()
    g.add_node("input")
    prev = "input"
    for params in dense_params:
        node = g.add_node("dense", params)
        g.add_edge(prev, node.id)
        prev = node.id
    g.add_node("output", output_params or {})
    g.add_edge(prev, "output")
    return g


def test_modules_are_named_after_nodes_and_have_the_inferred_widths():
    g = chain({"units": 8}, {"units": 3})
    model = build_model(g, TaskInfo(5), seed=0)
    assert list(model.layers.keys()) == ["input", "dense_1", "dense_2", "output"]
    assert (model.layers["dense_1"].linear.in_features, model.layers["dense_1"].linear.out_features) == (5, 8)
    assert (model.layers["dense_2"].linear.in_features, model.layers["dense_2"].linear.out_features) == (8, 3)
    assert model.layers["output"].linear.out_features == 1
    assert model(torch.zeros(7, 5)).shape == (7, 1)
    assert list(model.parameter_layers()) == ["dense_1", "dense_2", "output"]


def test_output_units_follow_the_head():
    g = chain({"units": 4})
    model = build_model(g, TaskInfo(2, n_classes=3), seed=0)
    assert model.head == "softmax"
    assert model.layers["output"].linear.out_features == 3
    probs = model.predict(model(torch.randn(6, 2)))
    assert torch.allclose(probs.sum(dim=1), torch.ones(6))


def test_same_seed_gives_identical_weights_and_leaves_global_rng_alone():
    g = chain({"units": 16, "weight_init": "he_uniform", "bias_init": "normal"}, {"units": 4})
    state = torch.random.get_rng_state()
    a = build_model(g, TaskInfo(2), seed=3).state_dict()
    b = build_model(g, TaskInfo(2), seed=3).state_dict()
    c = build_model(g, TaskInfo(2), seed=4).state_dict()
    assert torch.equal(torch.random.get_rng_state(), state)
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not torch.equal(a["layers.dense_1.linear.weight"], c["layers.dense_1.linear.weight"])


@pytest.mark.parametrize("activation, gain", [("relu", math.sqrt(2.0)), ("tanh", 5.0 / 3.0), ("sigmoid", 1.0)])
def test_he_initialization_gain_follows_the_activation(activation, gain):
    g = chain({"units": 512, "activation": activation, "weight_init": "he_normal"}, {"units": 512})
    model = build_model(g, TaskInfo(512), seed=0)
    w = model.layers["dense_1"].linear.weight
    assert w.std().item() == pytest.approx(gain / math.sqrt(512), rel=0.03)


def test_default_initializer_matches_torch_bounds_and_zero_bias():
    g = chain({"units": 64})
    model = build_model(g, TaskInfo(100), seed=0)
    lin = model.layers["dense_1"].linear
    assert lin.weight.abs().max().item() <= 1 / math.sqrt(100)
    assert torch.count_nonzero(lin.bias) == 0  # bias initializer defaults to zeros


@pytest.mark.parametrize("norm, cls", [("batch", nn.BatchNorm1d), ("layer", nn.LayerNorm)])
def test_normalization_sits_between_linear_and_activation(norm, cls):
    g = chain({"units": 6, "activation": "relu", "normalization": norm, "dropout": 0.2})
    layer = build_model(g, TaskInfo(2), seed=0).layers["dense_1"]
    assert isinstance(layer, DenseLayer)
    kinds = [type(m) for m in layer.parts()]
    assert kinds == [nn.Linear, cls, nn.ReLU, nn.Dropout]


def test_dag_with_add_and_concat_computes_what_the_graph_says():
    g = Graph()
    g.add_node("input")
    for i in (1, 2, 3):
        g.add_node("dense", {"units": 4, "activation": "tanh"})
    g.add_node("add")
    g.add_node("concat")
    g.add_node("output")
    g.add_edge("input", "dense_1")
    g.add_edge("input", "dense_2")
    g.add_edge("dense_1", "add_1")
    g.add_edge("dense_2", "add_1")
    g.add_edge("input", "dense_3")
    g.add_edge("add_1", "concat_1")
    g.add_edge("dense_3", "concat_1")
    g.add_edge("concat_1", "output")
    model = build_model(g, TaskInfo(2), seed=0)
    assert model.layers["output"].linear.in_features == 8
    x = torch.randn(5, 2)
    d = {n: model.layers[n] for n in ("dense_1", "dense_2", "dense_3")}
    expected = model.layers["output"](torch.cat([d["dense_1"](x) + d["dense_2"](x), d["dense_3"](x)], dim=1))
    assert torch.allclose(model(x), expected)
    hidden = model.hidden_outputs(x)
    assert hidden["concat_1"].shape == (5, 8)
    assert torch.allclose(hidden["output"], expected)


def test_invalid_graph_raises_build_error_listing_problems():
    g = chain({"units": 4})
    g.add_node("dense", {"units": 3})  # unconnected
    with pytest.raises(BuildError) as info:
        build_model(g, TaskInfo(2), seed=0)
    assert any(p.node_id == "dense_2" for p in info.value.problems)
    assert "dense_2" in str(info.value) or "Dense 2" in str(info.value)


def test_step_head_predicts_zero_or_one():
    g = Graph()
    g.add_node("input")
    g.add_node("output")
    g.add_edge("input", "output")
    model = build_model(g, TaskInfo(2, optimizer="perceptron"), seed=0)
    assert model.head == "step"
    out = model.predict(model(torch.randn(20, 2)))
    assert set(out.unique().tolist()) <= {0.0, 1.0}
