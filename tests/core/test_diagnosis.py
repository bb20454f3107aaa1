"""Gradient-flow diagnosis and histograms of the values a stuck network produces."""

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guinet import cli
from guinet.core import diagnosis, probes
from guinet.core.project import load_example
from guinet.core.trainer import Trainer



def last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


# ------------------------------------------------------------------ histograms


@pytest.mark.parametrize("values", [
    np.full(500, 1.0, np.float32),                                   # saturated sigmoid units
    np.full(500, 0.0),                                               # a constant layer
    np.float32(1.0) + np.arange(500, dtype=np.float32) * np.float32(1.2e-7),   # a range of a few ulps
    np.array([0.5, np.nan, np.inf, -np.inf, 0.5000001]),             # non-finite mixed in
    np.array([1e30, 1e30 * (1 + 1e-9)]),                             # huge and nearly equal
    np.array([-3.0]),                                                # one value
])
def test_histogram_of_degenerate_values_counts_every_finite_value(values):
    counts, edges = probes.histogram(values, bins=30)
    finite = np.asarray(values, np.float64)[np.isfinite(values)]
    assert counts.sum() == finite.size
    assert len(edges) == 31 and np.all(np.diff(edges) > 0)
    assert edges[0] <= finite.min() and finite.max() <= edges[-1]


def test_histogram_of_nothing_finite_is_none():
    assert probes.histogram(np.array([np.nan, np.inf])) is None
    assert probes.histogram(np.zeros(0)) is None
    assert probes.nonfinite_share(np.array([1.0, np.nan, np.inf, 2.0])) == 0.5


@settings(max_examples=60, deadline=None)
@given(st.floats(-1e30, 1e30, allow_nan=False, allow_infinity=False).map(np.float32), st.integers(1, 200), st.integers(0, 40))
def test_histogram_never_fails_near_a_constant(center, n, ulps):
    base = np.float32(center)
    values = np.array([np.nextafter(base, np.float32(np.inf)) if i < ulps else base for i in range(n)], np.float32)
    counts, _edges = probes.histogram(values, bins=30)
    assert counts.sum() == n


def test_deep_sigmoid_makes_histograms_from_the_first_step():
    """Was: "Too many bins for data range" at step 0, because the output layer's logits are all but
    constant (std ~1e-8) and np.histogram cannot split that range into 30 float bins."""
    trainer = Trainer(load_example("deep-sigmoid"))
    for steps in (0, 1, 3):
        snap = trainer.train_steps(steps, histograms=True)
        assert "activations" in snap.histograms["output"]
        assert snap.histograms["output"]["activations"][0].sum() > 0
    assert trainer.snapshot(histograms=True).histograms["dense_1"]["weights"][0].sum() == 16 * 2


# ------------------------------------------------------------------ the verdict


def _layers(norms, weights=None):
    names = list(norms)
    return names, norms, weights or {n: 1.0 for n in names}


def test_vanishing_is_the_ratio_between_layers_not_the_size():
    names, grads, weights = _layers({"d1": 1e-9, "d2": 1e-5, "d3": 1e-2, "output": 0.1})
    d = diagnosis.diagnose(names, grads, weights, 0.1, activations={"d1": "sigmoid", "d2": "sigmoid", "d3": "sigmoid"})
    assert d.verdict == diagnosis.VANISHING and d.is_problem
    assert d.grad_ratio == pytest.approx(1e-7)
    assert "10^7-fold" in d.message and "d1" in d.message and "vanishing" in d.message
    assert d.vanishing_layers == ["d1", "d2"]
    assert d.update_ratios["d1"] == pytest.approx(-10.0)
    # The same shape, a thousand times smaller everywhere (a converged network): still one verdict
    # per shape, and a uniformly small gradient is healthy.
    small = diagnosis.diagnose(names, {"d1": 1e-9, "d2": 2e-9, "d3": 1e-9, "output": 5e-9}, weights, 0.1)
    assert small.verdict == diagnosis.HEALTHY and not small.vanishing_layers


def test_exploding_and_nonfinite():
    names, grads, weights = _layers({"d1": 1e5, "d2": 1.0, "output": 1.0})
    assert diagnosis.diagnose(names, grads, weights, 0.1).verdict == diagnosis.EXPLODING
    d = diagnosis.diagnose(names, {**grads, "d2": math.nan}, weights, 0.1)
    assert d.verdict == diagnosis.EXPLODING and "d2" in d.message


def test_dead_relus_and_saturation_are_problems_until_the_network_is_solved():
    names, grads, weights = _layers({"d1": 0.1, "d2": 0.1, "output": 0.1})
    stats = {"d1": {"dead_fraction": 0.75}, "d2": {"saturated_fraction": 0.1}}
    acts = {"d1": "relu", "d2": "tanh"}
    d = diagnosis.diagnose(names, grads, weights, 0.01, activations=acts, activation_stats=stats, accuracy=0.6)
    assert d.verdict == diagnosis.DEAD and "75%" in d.message and d.dead == {"d1": 0.75}
    assert d.saturated == {"d2": 0.1}
    stats = {"d1": {"dead_fraction": 0.0}, "d2": {"saturated_fraction": 0.8}}
    d = diagnosis.diagnose(names, grads, weights, 0.01, activations=acts, activation_stats=stats, accuracy=0.6)
    assert d.verdict == diagnosis.SATURATED
    solved = diagnosis.diagnose(names, grads, weights, 0.01, activations=acts, activation_stats=stats, accuracy=1.0)
    assert solved.verdict == diagnosis.HEALTHY and "80%" in solved.message


def test_no_gradients_yet_and_no_hidden_layers():
    assert diagnosis.diagnose(["d1", "output"], {}, {}, 0.1).verdict == diagnosis.UNKNOWN
    assert diagnosis.diagnose(["output"], {"output": 0.3}, {"output": 1.0}, 0.1).verdict == diagnosis.HEALTHY


def test_trainer_reports_saturation_of_tanh_units():
    trainer = Trainer(load_example("xor-mlp"))
    snap = trainer.train_steps(1)
    stats = snap.activation_stats["dense_1"]
    assert 0.0 <= stats["saturated_fraction"] <= 1.0
    assert "saturated_fraction" not in snap.activation_stats["output"]
    assert snap.diagnosis.verdict == diagnosis.HEALTHY and snap.full


@pytest.mark.slow
@pytest.mark.parametrize("example, epochs, verdict", [
    ("deep-sigmoid", 30, diagnosis.VANISHING),
    ("xor-mlp", 400, diagnosis.HEALTHY),       # converged: small gradients, not vanishing ones
    ("spiral", 120, diagnosis.HEALTHY),
    ("deep-relu-he-bn", 20, diagnosis.HEALTHY),
])
def test_train_json_says_the_diagnosis(capsys, example, epochs, verdict):
    assert cli.main(["train", "--example", example, "--epochs", str(epochs), "--seed", "0", "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    d = result["diagnosis"]
    assert d["verdict"] == verdict, d["message"]
    if verdict == diagnosis.VANISHING:
        assert d["grad_ratio"] < 1e-5 and d["first_layer"] == "dense_1" and d["last_layer"] == "dense_8"
        assert d["update_ratios"]["dense_1"] < -6
    else:
        assert "vanishing" not in d["message"]


def test_a_first_layer_without_any_gradient_is_vanishing_and_says_so():
    names, grads, weights = _layers({"d1": 0.0, "d2": 0.3, "output": 0.2})
    d = diagnosis.diagnose(names, grads, weights, 0.1, activations={"d1": "relu", "d2": "relu"})
    assert d.verdict == diagnosis.VANISHING and "to nothing" in d.message
    assert d.update_ratios["d1"] == -math.inf and d.to_dict()["update_ratios"]["d1"] is None


# ------------------------------------------------------------------ short runs, epoch by epoch


def test_short_runs_record_every_epoch_and_can_go_one_epoch_at_a_time():
    trainer = Trainer(load_example("xor-perceptron"))
    snaps = list(trainer.run(record_epochs=True))
    steps = np.concatenate([s.epoch_steps for s in snaps])
    metrics = np.concatenate([s.epoch_metrics for s in snaps])
    epochs = trainer.settings["epochs"]
    assert len(steps) == epochs and list(steps) == [trainer.steps_per_epoch * (e + 1) for e in range(epochs)]
    assert np.all((metrics[:, 2] >= 0) & (metrics[:, 2] <= 1))          # train accuracy each epoch
    # One epoch per next(): the caller paces the run.
    trainer = Trainer(load_example("xor-mlp"))
    run = trainer.run(one_epoch_per_snapshot=True, record_epochs=True)
    got = [next(run) for _ in range(4)]
    assert [s.epoch for s in got] == [0, 1, 2, 3]
    assert [list(s.epoch_steps) for s in got[1:]] == [[1], [2], [3]]
    run.close()
