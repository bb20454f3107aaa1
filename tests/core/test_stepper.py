"""One step, number by number: the stepper's records against a hand-written numpy forward and backward
pass over the same weights (not PyTorch), for an MLP, a perceptron and a DAG with Add and Concat."""

import json

import numpy as np
import pytest
import torch

from guinet.core import Graph, Project
from guinet.core.project import load_example
from guinet.core.stepper import StepError, commit_step, neuron_formula, record_step
from guinet.core.trainer import Trainer

TOL = dict(rtol=1e-5, atol=1e-6)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


ACT = {"tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
       "sigmoid": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
       "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(float)),
       "linear": (lambda z: z, lambda z: np.ones_like(z))}


def weights_of(trainer, node):
    linear = trainer.model.layers[node].linear
    w = linear.weight.detach().double().numpy().copy()
    b = linear.bias.detach().double().numpy().copy()
    return w, b


def bce_grad(z, y):
    """dL/dz of binary cross-entropy on sigmoid(z), one sample (mean over one output)."""
    return sigmoid(z) - y


# --------------------------------------------------------------------------- an MLP: xor-mlp


def test_xor_mlp_matches_a_numpy_forward_and_backward_and_adam_update():
    project = load_example("xor-mlp")  # Dense 4 tanh -> Output sigmoid, BCE, Adam lr 0.05
    trainer = Trainer(project)
    w1, b1 = weights_of(trainer, "dense_1")
    w2, b2 = weights_of(trainer, "output")
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    for sample in range(4):
        x = trainer.x_train[sample].double().numpy()
        y = float(trainer.y_train[sample, 0])
        rec = record_step(trainer, sample=sample)

        # forward
        z1 = w1 @ x + b1
        a1 = np.tanh(z1)
        z2 = w2 @ a1 + b2
        p = sigmoid(z2)
        loss = -(y * np.log(p[0]) + (1 - y) * np.log(1 - p[0]))
        # backward (chain rule by hand)
        gz2 = bce_grad(z2, y)
        gw2 = np.outer(gz2, a1)
        ga1 = w2.T @ gz2
        fp1 = 1 - np.tanh(z1) ** 2
        gz1 = ga1 * fp1
        gw1 = np.outer(gz1, x)
        # Adam's first step from a fresh state: m̂ = g, v̂ = g², so ΔW = −lr·g/(|g| + ε)
        lr, eps = 0.05, 1e-8

        d, o = rec.layer("dense_1"), rec.layer("output")
        np.testing.assert_allclose(d.weight, w1, **TOL)
        np.testing.assert_allclose(d.a_prev[0], x, **TOL)
        np.testing.assert_allclose(d.z[0], z1, **TOL)
        np.testing.assert_allclose(d.a[0], a1, **TOL)
        np.testing.assert_allclose(o.z[0], z2, **TOL)
        np.testing.assert_allclose(o.a[0], p, **TOL)
        assert rec.loss == pytest.approx(loss, rel=1e-5)
        np.testing.assert_allclose(o.grad_z[0], gz2, **TOL)
        np.testing.assert_allclose(o.grad_a[0], (p - y) / (p * (1 - p)), rtol=1e-4)
        np.testing.assert_allclose(o.fprime[0], p * (1 - p), **TOL)
        np.testing.assert_allclose(o.grad_weight, gw2, **TOL)
        np.testing.assert_allclose(o.grad_bias, gz2, **TOL)
        np.testing.assert_allclose(d.grad_a[0], ga1, **TOL)
        np.testing.assert_allclose(d.fprime[0], fp1, **TOL)
        np.testing.assert_allclose(d.grad_z[0], gz1, **TOL)
        # the chain rule holds number by number
        np.testing.assert_allclose(d.grad_z[0], d.grad_a[0] * d.fprime[0], **TOL)
        np.testing.assert_allclose(d.grad_weight, gw1, **TOL)
        np.testing.assert_allclose(d.grad_bias, gz1, **TOL)
        np.testing.assert_allclose(d.update_weight, -lr * gw1 / (np.abs(gw1) + eps), rtol=1e-4, atol=1e-7)
        np.testing.assert_allclose(o.update_bias, -lr * gz2 / (np.abs(gz2) + eps), rtol=1e-4, atol=1e-7)
        assert "m ← β1·m" in rec.optimizer_formula
        state = next(p for p in rec.params if p.name == "dense_1.linear.weight").state
        np.testing.assert_allclose(state["m (mean of gradients)"], 0.1 * gw1, rtol=1e-4, atol=1e-9)
        np.testing.assert_allclose(state["v (mean of squared gradients)"], 0.001 * gw1 ** 2, rtol=1e-3, atol=1e-12)
    # the trainer itself is untouched
    after = trainer.model.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)
    assert trainer.step == 0 and not trainer.optimizer.state


def test_momentum_update_uses_the_trainers_buffer_after_training():
    g = Graph()
    g.add_node("input")
    g.add_node("dense", {"units": 3, "activation": "sigmoid"})
    g.add_node("output")
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    project = Project(g, data={"dataset": "xor"}, training={"optimizer": "momentum", "learning_rate": 0.3,
                                                            "optimizer.momentum": 0.8, "epochs": 5})
    trainer = Trainer(project)
    trainer.train_steps(5)
    w1, b1 = weights_of(trainer, "dense_1")
    w2, b2 = weights_of(trainer, "output")
    buffer_w1 = trainer.optimizer.state[trainer.model.layers["dense_1"].linear.weight]["momentum_buffer"]
    buffer_w1 = buffer_w1.double().numpy().copy()
    x = trainer.x_train[2].double().numpy()
    y = float(trainer.y_train[2, 0])
    z1 = w1 @ x + b1
    a1 = sigmoid(z1)
    gz2 = bce_grad(w2 @ a1 + b2, y)
    gz1 = (w2.T @ gz2) * a1 * (1 - a1)
    gw1 = np.outer(gz1, x)
    rec = record_step(trainer, sample=2)
    v = 0.8 * buffer_w1 + gw1
    np.testing.assert_allclose(rec.layer("dense_1").grad_weight, gw1, **TOL)
    np.testing.assert_allclose(rec.layer("dense_1").update_weight, -0.3 * v, rtol=1e-4, atol=1e-7)
    state = next(p for p in rec.params if p.name == "dense_1.linear.weight").state
    np.testing.assert_allclose(state["v (momentum buffer)"], v, rtol=1e-4, atol=1e-7)
    assert rec.optimizer_formula.startswith("v ← μ·v + g")


# --------------------------------------------------------------------------- the perceptron


def perceptron_trainer(gate="and", lr=0.1):
    g = Graph()
    g.add_node("input")
    g.add_node("output")
    g.add_edge("input", "output")
    project = Project(g, data={"dataset": gate}, training={"optimizer": "perceptron", "learning_rate": lr,
                                                           "batch_size": 1, "epochs": 10})
    return Trainer(project)


def test_perceptron_rule_per_sample_matches_numpy():
    trainer = perceptron_trainer()
    w, b = weights_of(trainer, "output")
    seen_wrong = seen_right = False
    for sample in range(4):
        x = trainer.x_train[sample].double().numpy()
        y = float(trainer.y_train[sample, 0])
        rec = record_step(trainer, sample=sample)
        z = float(w[0] @ x + b[0])
        y_hat = 1.0 if z >= 0 else 0.0
        layer = rec.layer("output")
        assert rec.perceptron and layer.activation == "step"
        assert layer.z[0, 0] == pytest.approx(z, abs=1e-6)
        assert layer.a[0, 0] == y_hat
        np.testing.assert_allclose(layer.update_weight[0], 0.1 * (y - y_hat) * x, atol=1e-7)
        np.testing.assert_allclose(layer.update_bias, [0.1 * (y - y_hat)], atol=1e-7)
        np.testing.assert_allclose(layer.grad_weight[0], (y_hat - y) * x, atol=1e-7)
        assert rec.loss == float(y != y_hat)
        seen_wrong |= y != y_hat
        seen_right |= y == y_hat
    assert seen_wrong and seen_right  # both branches of the rule were checked
    assert "w ← w + lr·(y − ŷ)·x" in rec.optimizer_formula


def test_perceptron_batch_applies_the_rule_one_sample_after_another():
    trainer = perceptron_trainer("xor", lr=0.5)
    w, b = weights_of(trainer, "output")
    w, b = w[0].copy(), b.copy()
    w0, b0 = w.copy(), b.copy()
    for i in range(4):
        x = trainer.x_train[i].double().numpy()
        y = float(trainer.y_train[i, 0])
        y_hat = 1.0 if w @ x + b[0] >= 0 else 0.0
        w += 0.5 * (y - y_hat) * x
        b += 0.5 * (y - y_hat)
    rec = record_step(trainer, batch=[0, 1, 2, 3])
    np.testing.assert_allclose(rec.layer("output").update_weight[0], w - w0, atol=1e-6)
    np.testing.assert_allclose(rec.layer("output").update_bias, b - b0, atol=1e-6)
    commit_step(trainer, rec)
    np.testing.assert_allclose(weights_of(trainer, "output")[0][0], w, atol=1e-6)


# --------------------------------------------------------------------------- a DAG with Add and Concat


def dag_trainer():
    """input -> d1 (3 tanh), input -> d2 (3 sigmoid); add = d1 + d2; d3 (2 relu) on add;
    concat = [d3, d1]; output on concat. SGD lr 0.2."""
    g = Graph()
    g.add_node("input")
    g.add_node("dense", {"units": 3, "activation": "tanh"})
    g.add_node("dense", {"units": 3, "activation": "sigmoid"})
    g.add_node("add")
    g.add_node("dense", {"units": 2, "activation": "relu", "bias_init": "constant", "bias_init.value": 0.5})
    g.add_node("concat")
    g.add_node("output")
    for src, dst in [("input", "dense_1"), ("input", "dense_2"), ("dense_1", "add_1"), ("dense_2", "add_1"),
                     ("add_1", "dense_3"), ("dense_3", "concat_1"), ("dense_1", "concat_1"),
                     ("concat_1", "output")]:
        g.add_edge(src, dst)
    project = Project(g, data={"dataset": "xor"}, training={"optimizer": "sgd", "learning_rate": 0.2,
                                                            "seed": 3})
    return Trainer(project)


def test_dag_with_add_and_concat_matches_numpy():
    trainer = dag_trainer()
    W = {n: weights_of(trainer, n) for n in ("dense_1", "dense_2", "dense_3", "output")}
    for sample in (1, 3):
        x = trainer.x_train[sample].double().numpy()
        y = float(trainer.y_train[sample, 0])
        z1 = W["dense_1"][0] @ x + W["dense_1"][1]
        a1 = np.tanh(z1)
        z2 = W["dense_2"][0] @ x + W["dense_2"][1]
        a2 = sigmoid(z2)
        s = a1 + a2
        z3 = W["dense_3"][0] @ s + W["dense_3"][1]
        a3 = np.maximum(z3, 0)
        c = np.concatenate([a3, a1])
        zo = W["output"][0] @ c + W["output"][1]
        gzo = bce_grad(zo, y)
        gc = W["output"][0].T @ gzo
        ga3, ga1_from_concat = gc[:2], gc[2:]            # Concat splits the gradient
        gz3 = ga3 * (z3 > 0)
        gs = W["dense_3"][0].T @ gz3
        ga1 = gs + ga1_from_concat                       # Add copies gs to both branches; d1 also feeds Concat
        ga2 = gs
        gz1 = ga1 * (1 - a1 ** 2)
        gz2 = ga2 * a2 * (1 - a2)

        rec = record_step(trainer, sample=sample)
        np.testing.assert_allclose(rec.layer("dense_3").a_prev[0], s, **TOL)
        np.testing.assert_allclose(rec.layer("output").a_prev[0], c, **TOL)
        np.testing.assert_allclose(rec.layer("output").grad_z[0], gzo, **TOL)
        np.testing.assert_allclose(rec.layer("dense_3").grad_z[0], gz3, **TOL)
        np.testing.assert_allclose(rec.layer("dense_1").grad_a[0], ga1, **TOL)
        np.testing.assert_allclose(rec.layer("dense_2").grad_a[0], ga2, **TOL)
        np.testing.assert_allclose(rec.layer("dense_1").grad_z[0], gz1, **TOL)
        np.testing.assert_allclose(rec.layer("dense_2").grad_z[0], gz2, **TOL)
        for name, gz, a_prev in (("dense_1", gz1, x), ("dense_2", gz2, x), ("dense_3", gz3, s), ("output", gzo, c)):
            layer = rec.layer(name)
            np.testing.assert_allclose(layer.grad_weight, np.outer(gz, a_prev), **TOL)
            np.testing.assert_allclose(layer.update_weight, -0.2 * np.outer(gz, a_prev), rtol=1e-4, atol=1e-6)
            np.testing.assert_allclose(layer.update_bias, -0.2 * gz, rtol=1e-4, atol=1e-6)
        add = rec.node("add_1")
        np.testing.assert_allclose(add.grad[0], gs, **TOL)
        assert add.inputs == ["dense_1", "dense_2"]
        for sent in add.input_grads:                     # the same gradient down both branches
            np.testing.assert_allclose(sent[0], gs, **TOL)
        concat = rec.node("concat_1")
        assert concat.inputs == ["dense_3", "dense_1"]
        np.testing.assert_allclose(concat.input_grads[0][0], ga3, **TOL)
        np.testing.assert_allclose(concat.input_grads[1][0], ga1_from_concat, **TOL)
        assert "copied" in add.note and "split" in concat.note


def test_batch_step_averages_the_gradient():
    trainer = dag_trainer()
    singles = [record_step(trainer, sample=i).layer("dense_3").grad_weight for i in range(4)]
    batch = record_step(trainer, batch=[0, 1, 2, 3])
    assert batch.training_mode and batch.batch
    np.testing.assert_allclose(batch.layer("dense_3").grad_weight, np.mean(singles, axis=0), rtol=1e-5, atol=1e-7)
    assert batch.layer("dense_3").z.shape == (4, 2)


# --------------------------------------------------------------------------- normalization, JSON, errors


def test_batch_norm_for_one_sample_uses_running_statistics():
    g = Graph()
    g.add_node("input")
    g.add_node("dense", {"units": 3, "activation": "relu", "normalization": "batch", "dropout": 0.5})
    g.add_node("output")
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    trainer = Trainer(Project(g, data={"dataset": "xor"}, training={"optimizer": "sgd", "learning_rate": 0.1}))
    trainer.train_steps(3)  # moves the running statistics away from (0, 1)
    bn = trainer.model.layers["dense_1"].norm
    mean, var = bn.running_mean.double().numpy(), bn.running_var.double().numpy()
    gamma, beta = bn.weight.detach().double().numpy(), bn.bias.detach().double().numpy()
    w, b = weights_of(trainer, "dense_1")
    x = trainer.x_train[1].double().numpy()
    z = w @ x + b
    a = np.maximum(gamma * (z - mean) / np.sqrt(var + bn.eps) + beta, 0)   # dropout off: evaluation
    rec = record_step(trainer, sample=1)
    layer = rec.layer("dense_1")
    np.testing.assert_allclose(layer.z[0], z, **TOL)
    np.testing.assert_allclose(layer.a[0], a, **TOL)
    np.testing.assert_allclose(layer.fprime[0], (a > 0) * gamma / np.sqrt(var + bn.eps), rtol=1e-5, atol=1e-7)
    assert not rec.training_mode and "running" in layer.note and "dropout is off" in layer.note
    batch = record_step(trainer, batch=[0, 1, 2, 3])
    assert batch.layer("dense_1").fprime is None  # batch statistics couple the samples


def test_json_shape_and_errors():
    trainer = Trainer(load_example("xor-mlp"))
    j = record_step(trainer, sample=2).to_json()
    text = json.dumps(j, allow_nan=False)
    assert json.loads(text)["sample"] == 2
    assert {"sample", "input", "target", "output", "loss", "learning_rate", "layers"} <= set(j)
    layer = j["layers"][0]
    for key in ("name", "kind", "weight", "bias", "z", "a", "grad_a", "grad_z", "grad_weight", "grad_bias",
                "update_weight", "update_bias"):
        assert key in layer
    assert [lay["name"] for lay in j["layers"]] == ["dense_1", "output"]
    assert np.shape(layer["weight"]) == (4, 2) and np.shape(layer["z"]) == (4,)
    with pytest.raises(StepError, match="no training sample 4"):
        record_step(trainer, sample=4)


def test_neuron_formula_has_the_real_numbers():
    trainer = Trainer(load_example("xor-mlp"))
    rec = record_step(trainer, sample=3)
    layer = rec.layer("dense_1")
    text = neuron_formula(layer, 0)
    assert text.startswith("z = ") and "tanh(z)" in text
    assert f"{layer.z[0, 0]:.4g}".replace("-", "−") in text


def test_commit_step_takes_the_recorded_step_for_real():
    trainer = Trainer(load_example("xor-mlp"))
    rec = record_step(trainer, sample=3)  # x = (1, 1): every weight of dense_1 gets a gradient
    w = trainer.model.layers["dense_1"].linear.weight.detach().double().numpy().copy()
    commit_step(trainer, rec)
    np.testing.assert_allclose(trainer.model.layers["dense_1"].linear.weight.detach().double().numpy(),
                               w + rec.layer("dense_1").update_weight, atol=1e-7)
    assert trainer.optimizer.state  # Adam's moments came along
    again = record_step(trainer, sample=3)
    assert not np.allclose(again.layer("dense_1").weight, rec.layer("dense_1").weight)
