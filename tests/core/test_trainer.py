"""The trainer: optimizers, the perceptron rule, divergence, stopping, live settings, determinism."""

import math
import threading

import numpy as np
import pytest
import torch

from guinet.core import Graph, Project
from guinet.core.data import make_dataset
from guinet.core.snapshot import DIVERGED, FINISHED, RUNNING, STOPPED
from guinet.core.trainer import BuildError, Trainer, TrainerError


def mlp_project(data=None, training=None, hidden=({"units": 8, "activation": "tanh"},)):
    g = Graph()
    g.add_node("input")
    prev = "input"
    for params in hidden:
        node = g.add_node("dense", params)
        g.add_edge(prev, node.id)
        prev = node.id
    g.add_node("output")
    g.add_edge(prev, "output")
    return Project(g, data=data or {"dataset": "xor"}, training=training or {})


def perceptron_project(gate, **training):
    g = Graph()
    g.add_node("input")
    g.add_node("output")
    g.add_edge("input", "output")
    return Project(g, data={"dataset": gate}, training={"optimizer": "perceptron", "learning_rate": 0.1,
                                                         "epochs": 30, **training})


LR = {"sgd": 0.5, "momentum": 0.1, "nesterov": 0.1, "adagrad": 0.2, "rmsprop": 0.01, "adadelta": 1.0,
      "adam": 0.05, "adamw": 0.05}


@pytest.mark.parametrize("optimizer", list(LR))
def test_each_optimizer_lowers_the_loss(optimizer):
    project = mlp_project(data={"dataset": "circle", "samples": 200},
                          training={"optimizer": optimizer, "learning_rate": LR[optimizer], "epochs": 40})
    trainer = Trainer(project)
    first = trainer.snapshot().train_loss
    last = trainer.train_steps(40)
    assert last.step == 40
    assert last.train_loss < first


def test_run_yields_a_first_snapshot_at_step_zero_and_finishes():
    trainer = Trainer(mlp_project(training={"epochs": 50, "learning_rate": 0.05}))
    snaps = list(trainer.run(snapshot_every_s=0.0))
    assert snaps[0].step == 0 and snaps[0].state == RUNNING
    assert snaps[-1].state == FINISHED and snaps[-1].step == 50 and snaps[-1].epoch == 50
    steps = np.concatenate([s.new_steps for s in snaps])
    assert steps.tolist() == list(range(1, 51))
    assert all(len(s.new_steps) == len(s.new_losses) for s in snaps)
    assert list(snaps[-1].grad_norms) == ["dense_1", "output"]
    assert set(trainer.initial_grad_norms) == {"dense_1", "output"}
    assert set(snaps[-1].activation_stats) == {"dense_1", "output"}


def test_mini_batches_count_epochs():
    project = mlp_project(data={"dataset": "circle", "samples": 100, "train_share": 0.8},
                          training={"batch_size": 16, "epochs": 3})
    trainer = Trainer(project)
    assert trainer.steps_per_epoch == 5  # 80 samples in batches of 16
    snap = list(trainer.run())[-1]
    assert (snap.epoch, snap.step) == (3, 15)


@pytest.mark.parametrize("gate", ["and", "or", "nand"])
def test_perceptron_rule_learns_linearly_separable_gates(gate):
    snap = list(Trainer(perceptron_project(gate)).run())[-1]
    assert snap.train_accuracy == 1.0
    assert snap.train_loss == 0.0


def test_perceptron_rule_follows_rosenblatt_exactly():
    project = perceptron_project("and", epochs=3)
    trainer = Trainer(project)
    lin = trainer.model.layers["output"].linear
    w = lin.weight.detach().numpy()[0].astype(np.float64).copy()
    b = float(lin.bias.detach()[0])
    xs = trainer.dataset.x_train.astype(np.float64)
    ts = trainer.dataset.y_train
    for _ in range(3):
        for x, t in zip(xs, ts):  # full batch: the data's own order
            y = 1.0 if x @ w + b >= 0 else 0.0
            w += 0.1 * (t - y) * x
            b += 0.1 * (t - y)
    list(trainer.run())
    assert np.allclose(lin.weight.detach().numpy()[0], w, atol=1e-6)
    assert float(lin.bias.detach()[0]) == pytest.approx(b, abs=1e-6)


def test_perceptron_cannot_learn_xor():
    snap = list(Trainer(perceptron_project("xor", epochs=50)).run())[-1]
    assert snap.train_accuracy <= 0.75


def test_huge_learning_rate_diverges_and_names_a_layer():
    project = mlp_project(data={"dataset": "regression_plane", "samples": 100},
                          training={"optimizer": "sgd", "learning_rate": 10.0, "epochs": 500},
                          hidden=({"units": 16, "activation": "relu"},) * 3)
    trainer = Trainer(project)
    snaps = list(trainer.run())
    last = snaps[-1]
    assert last.state == DIVERGED
    assert last.diverged_layer in last.layer_names
    assert "learning rate" in last.message and "clipping" in last.message
    assert last.step < 500
    assert np.all(np.isfinite(np.concatenate([s.new_losses for s in snaps])[:-1]))


def test_stop_is_honoured_promptly_from_another_thread():
    trainer = Trainer(mlp_project(training={"epochs": 10_000_000}))
    gen = trainer.run(snapshot_every_s=0.05)
    first = next(gen)
    assert first.state == RUNNING
    timer = threading.Timer(0.1, trainer.stop)
    timer.start()
    states = [s.state for s in gen]
    timer.join()
    assert states[-1] == STOPPED
    assert len(states) < 100
    # A later run continues from where it stopped.
    step = trainer.step
    gen = trainer.run(snapshot_every_s=0.0)
    assert next(gen).step == step
    trainer.stop()
    assert [s.state for s in gen][-1] == STOPPED


def test_a_stop_before_run_is_called_does_not_cut_the_next_run_short():
    trainer = Trainer(mlp_project(training={"epochs": 20}))
    trainer.stop()
    assert list(trainer.run())[-1].state == FINISHED


def test_request_setting_changes_the_learning_rate_between_steps():
    trainer = Trainer(mlp_project(training={"optimizer": "momentum", "learning_rate": 0.1}))
    trainer.request_setting("learning_rate", 0.02)
    trainer.request_setting("optimizer.momentum", 0.5)
    trainer.train_steps(1)
    group = trainer.optimizer.param_groups[0]
    assert group["lr"] == 0.02 and group["momentum"] == 0.5
    with pytest.raises(TrainerError):
        trainer.request_setting("learning_rate", -1.0)
    with pytest.raises(TrainerError):
        trainer.request_setting("seed", 3)


def test_request_setting_can_switch_optimizer_and_extend_epochs():
    trainer = Trainer(mlp_project(training={"epochs": 5}))
    list(trainer.run())
    trainer.request_setting("optimizer", "sgd")
    trainer.request_setting("epochs", 8)
    snaps = list(trainer.run())
    assert isinstance(trainer.optimizer, torch.optim.SGD)
    assert snaps[-1].state == FINISHED and snaps[-1].epoch == 8


def _losses(seed):
    project = mlp_project(data={"dataset": "moons", "samples": 120, "noise": 0.1},
                          training={"batch_size": 10, "epochs": 4, "seed": seed, "optimizer": "adam"},
                          hidden=({"units": 8, "activation": "relu", "dropout": 0.2},))
    snaps = list(Trainer(project).run(snapshot_every_s=0.0))
    return np.concatenate([s.new_losses for s in snaps]), snaps[-1].train_loss


def test_same_seed_same_losses_bit_for_bit():
    a, final_a = _losses(1)
    b, final_b = _losses(1)
    c, _ = _losses(2)
    assert a.tobytes() == b.tobytes() and final_a == final_b
    assert a.tobytes() != c.tobytes()


def test_dropout_numbers_do_not_depend_on_other_users_of_the_global_rng():
    def losses(interfere):
        project = mlp_project(training={"seed": 3}, hidden=({"units": 8, "activation": "relu", "dropout": 0.5},))
        trainer = Trainer(project)
        out = []
        for _ in range(3):
            if interfere:
                torch.rand(100)
            out.extend(trainer.train_steps(4).new_losses.tolist())
        return out

    assert losses(False) == losses(True)


def test_reset_restores_the_initial_weights():
    trainer = Trainer(mlp_project())
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    trainer.train_steps(5)
    trainer.reset()
    assert trainer.step == 0
    assert all(torch.equal(before[k], v) for k, v in trainer.model.state_dict().items())


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has CUDA")
def test_missing_cuda_falls_back_to_cpu_with_a_note():
    trainer = Trainer(mlp_project(), device="cuda")
    assert trainer.device.type == "cpu"
    assert "CUDA" in trainer.device_note and "CPU" in trainer.device_note
    assert trainer.snapshot().message == trainer.device_note


def test_grids_have_the_plane_shape():
    trainer = Trainer(mlp_project(data={"dataset": "spiral", "samples": 90, "dataset.arms": 3}))
    snap = trainer.train_steps(2, grid_size=20, neuron_grids=True, histograms=True)
    assert snap.grid.shape == (20, 20, 3)
    assert np.allclose(snap.grid.sum(axis=2), 1.0, atol=1e-5)
    assert snap.neuron_grids["dense_1"].shape == (8, 20, 20)
    assert snap.grid_extent == trainer.dataset.extent
    counts, edges = snap.histograms["dense_1"]["weights"]
    assert counts.sum() == 2 * 8 and len(edges) == len(counts) + 1


def test_decision_grid_rows_follow_x2():
    # Regression on a plane: the grid's row index must be x2, columns x1.
    project = mlp_project(data={"dataset": "regression_plane", "samples": 100}, hidden=({"units": 2},))
    trainer = Trainer(project)
    from guinet.core import probes
    pts = probes.plane_points((0.0, 1.0, 10.0, 11.0), 3)
    assert pts.reshape(3, 3, 2)[2, 0].tolist() == [0.0, 11.0]
    assert pts.reshape(3, 3, 2)[0, 2].tolist() == [1.0, 10.0]
    assert trainer.snapshot(grid_size=3).grid.shape == (3, 3)


def test_given_dataset_is_used():
    project = mlp_project()
    data = make_dataset({"dataset": "xor", "dataset.repeats": 3})
    trainer = Trainer(project, data)
    assert len(trainer.x_train) == 12


def test_batchnorm_with_batch_size_one_is_refused_clearly():
    project = mlp_project(training={"batch_size": 1},
                          hidden=({"units": 4, "normalization": "batch"},))
    # check finds it (so the GUI and `guinet check` say so before training), and the trainer refuses.
    assert any("at least 2" in p.message for p in project.problems())
    with pytest.raises(BuildError, match="at least 2"):
        Trainer(project)


# --------------------------------------------------------------------------- the examples' lessons

def _train_example(name, **training):
    from guinet.core.project import load_example

    project = load_example(name)
    for key, value in training.items():
        project.set_training(key, value)
    return list(Trainer(project).run(snapshot_every_s=1.0))[-1]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["xor-mlp", "and-perceptron", "or-perceptron", "nand-perceptron"])
def test_examples_that_must_learn_their_gate(name):
    assert _train_example(name, seed=0).train_accuracy == 1.0


@pytest.mark.slow
def test_a_single_perceptron_cannot_learn_xor():
    assert _train_example("xor-perceptron", seed=0).train_accuracy <= 0.75


@pytest.mark.slow
def test_spiral_generalizes_with_its_defaults():
    snap = _train_example("spiral")
    assert snap.test_accuracy >= 0.95


def _initial_ratio(name):
    from guinet.core.project import load_example

    trainer = Trainer(load_example(name))
    trainer.train_steps(1)
    norms = [v for k, v in trainer.initial_grad_norms.items() if k != "output"]
    return norms[0] / norms[-1]


def test_deep_sigmoid_gradients_vanish_and_relu_he_bn_ones_do_not():
    assert _initial_ratio("deep-sigmoid") < 1 / 100
    assert _initial_ratio("deep-relu-he-bn") > 1 / 10


def test_batch_size_change_applies_from_the_next_epoch():
    project = mlp_project(data={"dataset": "circle", "samples": 100, "train_share": 0.8},
                          training={"batch_size": 40, "epochs": 100})
    trainer = Trainer(project)
    trainer.train_steps(1)                  # half-way through epoch 1 (two batches of 40)
    trainer.request_setting("batch_size", 20)
    trainer.train_steps(1)                  # finishes epoch 1 with the old plan
    assert (trainer.epoch, trainer.steps_per_epoch) == (1, 4)
    trainer.train_steps(4)
    assert (trainer.epoch, trainer.step) == (2, 6)


def test_expensive_snapshots_come_less_often_but_at_least_every_second():
    assert Trainer._next_interval(1 / 30, 0.0005, 0.04) == 1 / 30
    assert Trainer._next_interval(1 / 30, 0.01, 0.04) == pytest.approx(0.25)
    assert Trainer._next_interval(1 / 30, 5.0, 0.04) == 1.0
    assert Trainer._next_interval(2.0, 5.0, 0.04) == 2.0


def test_grids_and_histograms_come_only_as_often_as_asked(monkeypatch):
    """A viewer that redraws the boundary 10 times a second does not make the trainer compute grids
    for every snapshot; the first and the final snapshot always carry them."""
    import guinet.core.trainer as trainer_module

    clock = [0.0]
    monkeypatch.setattr(trainer_module.time, "perf_counter", lambda: clock[0])
    trainer = Trainer(mlp_project(training={"epochs": 10_000}))
    real_advance = trainer._advance

    def advance(max_steps, deadline, stop_serial, respect_plan=True):
        clock[0] += 0.03                      # each snapshot interval lasts 30 ms
        return real_advance(1, None, stop_serial, respect_plan)

    monkeypatch.setattr(trainer, "_advance", advance)
    run = trainer.run(snapshot_every_s=0.03, grid_size=8, neuron_grids=True, histograms=True,
                      grid_every_s=0.1, histograms_every_s=0.25)
    snaps = [next(run) for _ in range(30)]
    trainer.stop()
    final = next(run)
    with_grid = [i for i, s in enumerate(snaps) if s.grid is not None]
    assert with_grid[0] == 0 and 7 <= len(with_grid) <= 10          # ~every 4th of 30 ms snapshots
    assert all(b - a >= 3 for a, b in zip(with_grid, with_grid[1:]))
    assert all((s.neuron_grids is not None) == (s.grid is not None) for s in snaps)
    assert 3 <= sum(s.histograms is not None for s in snaps) <= 5    # ~every 9th
    assert final.grid is not None and final.histograms is not None and final.neuron_grids is not None
    assert sum(len(s.new_steps) for s in snaps + [final]) == final.step   # every loss still reported


def test_snapshot_intervals_include_the_time_spent_making_them(monkeypatch):
    """Snapshots come every snapshot_every_s, not every snapshot_every_s plus their own cost."""
    import guinet.core.trainer as trainer_module

    clock = [0.0]
    monkeypatch.setattr(trainer_module.time, "perf_counter", lambda: clock[0])
    trainer = Trainer(mlp_project(training={"epochs": 10_000}))
    real_snapshot, real_advance = trainer._snapshot, trainer._advance
    starts, deadlines = [], []

    def snapshot(*args, **kwargs):
        starts.append(clock[0])
        clock[0] += 0.001                     # 1 ms to make, well under the 4% share of 30 ms
        return real_snapshot(*args, **kwargs)

    def advance(max_steps, deadline, stop_serial, respect_plan=True):
        deadlines.append(deadline)
        clock[0] = deadline
        return real_advance(1, None, stop_serial, respect_plan)

    monkeypatch.setattr(trainer, "_snapshot", snapshot)
    monkeypatch.setattr(trainer, "_advance", advance)
    run = trainer.run(snapshot_every_s=0.03)
    for _ in range(5):
        next(run)
    assert np.diff(starts) == pytest.approx([0.03] * 4)
