"""Comparisons: variants from --vary and presets, and the vectorized trainer against single runs.

The central check: every variant's per-step losses equal those of a single ``Trainer`` run (what
``guinet train`` runs) with that variant's settings and seed, to 1e-5 relative on the CPU, whether
the variant trained in a vector group (shared stacked weights, one batched step) or on its own.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from guinet import cli
from guinet.core import compare as C
from guinet.core.project import load_example
from guinet.core.snapshot import DIVERGED, FINISHED, STOPPED
from guinet.core.trainer import Trainer

EIGHT = "optimizer=sgd,momentum,nesterov,adagrad,rmsprop,adadelta,adam,adamw"


def example(name: str, epochs: int, **training):
    project = load_example(name)
    project.set_training("epochs", epochs)
    project.set_training("device", "cpu")
    for key, value in training.items():
        project.set_training(key, value)
    return project


def single_losses(project) -> tuple[np.ndarray, object]:
    trainer = Trainer(project)
    losses, snap = [], None
    for snap in trainer.run(snapshot_every_s=1 / 30):
        losses.append(snap.new_losses)
    return np.concatenate(losses), snap


def assert_matches_single_runs(comparison: C.Comparison, rtol: float = 1e-5) -> float:
    """Every variant's per-step loss curve and final train and test loss and accuracy against a
    single run's; the largest relative difference of the losses seen."""
    worst = 0.0
    for i, variant in enumerate(comparison.variants):
        reference, snap = single_losses(variant.project)
        _, losses = comparison.losses(i)
        assert len(losses) == len(reference) > 0, variant.label
        np.testing.assert_allclose(losses, reference, rtol=rtol, atol=0, err_msg=variant.label)
        result = comparison.results()[i]
        assert result.state == snap.state, variant.label
        assert result.step == snap.step
        assert result.train_loss == pytest.approx(snap.train_loss, rel=rtol), variant.label
        if snap.test_loss is None:
            assert result.test_loss is None
        else:
            assert result.test_loss == pytest.approx(snap.test_loss, rel=rtol), variant.label
        assert result.train_accuracy == snap.train_accuracy and result.test_accuracy == snap.test_accuracy
        finals = [(result.train_loss, snap.train_loss)] + ([(result.test_loss, snap.test_loss)] if snap.test_loss else [])
        finite = np.isfinite(reference) & (reference != 0)
        rel = np.abs(losses[finite].astype(np.float64) - reference[finite]) / np.abs(reference[finite])
        worst = max([worst, float(rel.max(initial=0.0))] + [abs(a - b) / abs(b) for a, b in finals if b])
    return worst


def run_to_end(comparison: C.Comparison, **options) -> list[C.CompareFrame]:
    return list(comparison.run(**options))


# --------------------------------------------------------------------------- against single runs


def test_eight_optimizers_on_xor_train_together_and_match_single_runs():
    project = example("xor-mlp", 400)        # the example's own length: a last-bit difference would show
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary(EIGHT)]))
    assert comparison.group_sizes() == [8]     # one structure: one vector group
    group = comparison.groups[0]
    assert group.manual and group.loss_form == "padded"   # without autograd, the padded loss form
    frames = run_to_end(comparison)
    assert frames[-1].state == FINISHED
    print(f"xor-mlp, 8 optimizers, 400 epochs: largest relative loss difference {assert_matches_single_runs(comparison):.3g}")
    # Adam learns XOR; plain SGD at this learning rate does not: the comparison shows it.
    results = {r.label: r for r in comparison.results()}
    assert results["Adam"].train_accuracy == 1.0
    assert results["Adam"].train_loss < results["SGD"].train_loss


def test_eight_optimizers_on_spiral_minibatches_match_single_runs():
    project = example("spiral", 10)  # 10 mini-batches of 64 per epoch, shuffled by the seed
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary(EIGHT)]))
    assert comparison.group_sizes() == [8]
    assert comparison.groups[0].manual     # steps without autograd (_manual_step): the same bits
    run_to_end(comparison)
    print(f"spiral, 8 optimizers, 10 epochs: largest relative loss difference {assert_matches_single_runs(comparison):.3g}")


def test_steps_without_autograd_match_single_runs_with_sigmoid_layers_and_a_shared_first_input():
    # deep-sigmoid: eight sigmoid layers, the first a batched product of the shared input; the
    # manual backward (sigmoid_backward, BaddbmmBackward0's products) must give autograd's bits.
    project = example("deep-sigmoid", 3)
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("optimizer=sgd,adam,rmsprop")]))
    group = comparison.groups[0]
    assert comparison.group_sizes() == [3] and group.manual
    assert group.plan[0]["mode"] == "batched" and group.plan[0]["first"]
    run_to_end(comparison)
    assert assert_matches_single_runs(comparison, rtol=0) == 0


def test_member_by_member_forms_match_too(monkeypatch):
    # Where no batched form gives a single run's bits, that part runs member by member and each
    # member's update is its own torch optimizer: those forms must match single runs as well.
    monkeypatch.setattr(C, "_remembered", lambda key, probe: False)
    project = example("xor-mlp", 60)
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary(EIGHT)]))
    group = comparison.groups[0]
    assert {step["mode"] for step in group.plan} == {"members"} and group.loss_form is None and not group.manual
    assert {form for _, _, form in group.update_kinds} == {"torch"}
    run_to_end(comparison)
    assert_matches_single_runs(comparison)


@pytest.mark.parametrize("name, sub, lr", [
    ("sgd", {}, 0.1), ("momentum", {"optimizer.momentum": 0.5}, 0.05), ("nesterov", {}, 0.05),
    ("nesterov", {"optimizer.momentum": 0.0}, 0.05), ("adagrad", {"optimizer.eps": 1e-3}, 0.1),
    ("rmsprop", {}, 0.01), ("rmsprop", {"optimizer.momentum": 0.9, "optimizer.alpha": 0.9}, 0.01),
    ("adadelta", {"optimizer.rho": 0.8}, 1.0), ("adam", {"optimizer.beta1": 0.8}, 0.01),
    ("adamw", {"optimizer.weight_decay": 0.1}, 0.01)])
def test_row_updates_are_torch_update_rules(name, sub, lr):
    import types

    import torch

    # Two members with these settings (one block of rows) against the torch optimizer the trainer
    # builds, over each member's own tensors, for a few steps of random gradients.
    tr = types.SimpleNamespace(settings={"optimizer": name, "learning_rate": lr, **sub})
    shapes = [(5, 3), (5,), (1, 5), (1,)]
    gen = torch.Generator().manual_seed(0)
    start = torch.randn(2, 26, generator=gen)
    p, g = start.clone(), torch.zeros(2, 26)
    ref_p, ref_g = start.clone(), torch.zeros(2, 26)
    update = C._row_update(tr, p, g, torch.device("cpu"), shapes)
    reference = C._torch_optimizer_update(tr, C._pieces(ref_p, shapes), C._pieces(ref_g, shapes), torch.device("cpu"))
    with torch.no_grad():
        for _ in range(20):
            grad = torch.randn(2, 26, generator=gen)
            g.copy_(grad)
            ref_g.copy_(grad)
            update()
            reference()
    assert not torch.equal(p, start)
    np.testing.assert_allclose(p.numpy(), ref_p.numpy(), rtol=1e-6, atol=1e-7)


def test_compare_bench_reports_the_ratio_and_the_difference_to_single_runs():
    from guinet.core.compare_bench import run_compare_bench

    result = run_compare_bench("xor-mlp", n=3, repeats=1)
    assert result.groups == [3] and result.steps == 400 and len(result.variants) == 3
    assert result.max_rel_diff <= 1e-5
    lines = result.lines()
    assert lines[-1].startswith("ratio compare/single: ") and float(lines[-1].split(": ")[1]) > 0


def test_a_grid_of_activations_and_initializers_with_penalties_and_clipping_matches():
    project = example("circle", 4, l2=0.001, clip_norm=0.5)
    variants = C.make_variants(project, [C.parse_vary("layers.activation=sigmoid,relu,tanh"),
                                         C.parse_vary("layers.weight_init=xavier_normal,he_normal")])
    assert len(variants) == 6
    comparison = C.Comparison(variants)
    assert comparison.group_sizes() == [6]
    run_to_end(comparison)
    assert_matches_single_runs(comparison)


def test_batch_norm_layers_and_three_classes_match_single_runs():
    bn = example("deep-relu-he-bn", 2)
    comparison = C.Comparison(C.make_variants(bn, [C.parse_vary("learning_rate=0.1,0.03")]))
    assert comparison.group_sizes() == [2]
    run_to_end(comparison)
    assert_matches_single_runs(comparison)

    three = example("spiral", 2)
    three.set_data("dataset.arms", 3)
    comparison = C.Comparison(C.make_variants(three, [C.parse_vary("optimizer=adam,rmsprop")]))
    run_to_end(comparison)
    assert_matches_single_runs(comparison)


def test_different_structures_take_turns_and_still_match():
    project = example("xor-mlp", 60)
    variants = C.make_variants(project, [C.parse_vary("layers.units=2,4,8"), C.parse_vary("optimizer=sgd,adam")])
    comparison = C.Comparison(variants)
    assert sorted(comparison.group_sizes()) == [2, 2, 2]
    frames = run_to_end(comparison)
    # Every group reported while the others were still training.
    moving = [set(f.snapshots) for f in frames if f.state == "running" and f.snapshots]
    assert len(moving) >= 3
    assert_matches_single_runs(comparison)


def test_a_diverging_variant_stops_alone_at_the_step_its_single_run_stops():
    project = example("regression-plane", 30, optimizer="sgd")
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("learning_rate=0.01,10")]))
    assert comparison.group_sizes() == [2]
    frames = run_to_end(comparison)
    good, bad = comparison.results()
    assert bad.state == DIVERGED and bad.diverged and "diverged" in bad.message
    assert good.state == FINISHED and good.epoch == 30
    _, snap = single_losses(comparison.variants[1].project)
    assert snap.state == DIVERGED and bad.step == snap.step
    assert frames[-1].state == FINISHED
    assert_matches_single_runs(comparison)


def test_a_variant_whose_loss_climbs_is_marked_diverged_while_the_others_go_on():
    # RMSProp at learning rate 1 on the spiral: from step 10 on the loss stays far above where it
    # started without overflowing; the Trainer flags that (CLIMB_FACTOR) and so must the vector
    # group, for that member alone.
    project = example("spiral", 30, optimizer="rmsprop")
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("learning_rate=0.01,1")]))
    assert comparison.group_sizes() == [2]
    frames = run_to_end(comparison)
    good, bad = comparison.results()
    assert bad.state == DIVERGED and bad.diverged and "climbed" in bad.message
    assert comparison.trainers[1].diverged_what == "climb"
    assert good.state == FINISHED and good.epoch == 30 and not good.diverged
    assert frames[-1].state == FINISHED
    reference, snap = single_losses(comparison.variants[1].project)
    assert snap.state == DIVERGED and "climbed" in snap.message  # the single run diverges the same way
    _, losses = comparison.losses(1)
    # Where the climb is noticed depends on when a chunk of steps ends, in a single run too; the
    # steps both took are the same bit for bit.
    n = min(len(losses), len(reference))
    assert n >= 2 * 5
    np.testing.assert_array_equal(losses[:n], reference[:n])
    reference, _ = single_losses(comparison.variants[0].project)
    np.testing.assert_array_equal(comparison.losses(0)[1], reference)


@pytest.mark.parametrize("targets", [
    {"stop_accuracy": 0.9},
    {"stop_loss": 0.3},
    {"stop_patience": 3, "keep_best": True},
])
def test_stop_targets_end_each_variant_at_the_epoch_its_single_run_ends(targets):
    project = example("spiral", 60, **targets)
    comparison = C.Comparison(C.make_variants(
        project, [C.parse_vary("optimizer=sgd,momentum,rmsprop,adam,adamw")]))
    assert comparison.group_sizes() == [5]
    frames = run_to_end(comparison)
    assert frames[-1].state == FINISHED
    epochs = []
    for i, variant in enumerate(comparison.variants):
        reference, snap = single_losses(variant.project)
        result = comparison.results()[i]
        assert result.state == snap.state == FINISHED, variant.label
        assert (result.epoch, result.step) == (snap.epoch, snap.step), variant.label
        np.testing.assert_array_equal(comparison.losses(i)[1], reference, err_msg=variant.label)
        assert result.train_loss == snap.train_loss and result.test_accuracy == snap.test_accuracy
        assert comparison.weights(i) == Trainer_weights(variant.project)
        assert result.message == snap.message     # the reason it stopped ("Stopped at epoch ...") or none
        epochs.append(result.epoch)
    # The targets really ended runs early, and not all at once (else this would test nothing).
    assert min(epochs) < 60 and len(set(epochs)) > 1


def Trainer_weights(project) -> dict:
    trainer = Trainer(project)
    for _ in trainer.run():
        pass
    return trainer.export_weights()


def test_stop_then_run_again_continues_to_the_same_numbers():
    project = example("spiral", 4)
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("optimizer=sgd,adam")]))
    run = comparison.run(snapshot_every_s=0.001)
    next(run)
    next(run)
    comparison.stop()
    frames = list(run)
    assert frames[-1].state == STOPPED
    assert all(s.state == STOPPED for s in frames[-1].snapshots.values())
    assert not comparison.finished
    rest = run_to_end(comparison)      # what Resume does
    assert rest[-1].state == FINISHED and comparison.finished
    assert_matches_single_runs(comparison)


def test_frames_carry_grids_for_small_multiples_and_merge_without_losing_losses():
    project = example("xor-mlp", 40)
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("optimizer=sgd,adam")]))
    frames = run_to_end(comparison, snapshot_every_s=0.0, grid_size=16)
    first = frames[0]
    assert set(first.snapshots) == {0, 1}
    assert first.snapshots[0].grid.shape == (16, 16)
    merged = frames[0]
    for frame in frames[1:]:
        merged = C.merge_frames(merged, frame)
    for i in (0, 1):
        assert len(merged.snapshots[i].new_losses) == 40
        np.testing.assert_array_equal(merged.snapshots[i].new_steps, np.arange(1, 41))


def test_each_variants_last_snapshot_brings_the_boundary_of_its_final_network():
    """The boundaries are timed (one grid a while); a variant's last snapshot brings one regardless.
    Without it, XOR (trained in less than one interval) kept its initial network's boundary."""
    from guinet.core.trainer import Trainer

    project = example("xor-mlp", 200)
    comparison = C.Comparison(C.make_variants(project, [C.parse_vary("optimizer=sgd,adam")]))
    frames = run_to_end(comparison, snapshot_every_s=0.0, grid_size=16, grid_every_s=3600.0)
    last = {}
    for frame in frames:
        for i, snap in frame.snapshots.items():
            if snap.grid is not None:
                last[i] = snap
    for i, variant in enumerate(comparison.variants):
        assert last[i].done and last[i].epoch == 200
        single = list(Trainer(variant.project).run(snapshot_every_s=10, grid_size=16))[-1]
        assert single.epoch == 200
        np.testing.assert_allclose(last[i].grid, single.grid, rtol=0, atol=1e-6)


# --------------------------------------------------------------------------- variants, presets, keys


def test_bad_keys_and_values_say_what_is_allowed():
    with pytest.raises(C.CompareError, match="layers.activation"):
        C.parse_vary("colour=red,blue")
    with pytest.raises(C.CompareError, match="one of sgd, momentum"):
        C.parse_vary("optimizer=sgd,lbfgs")
    with pytest.raises(C.CompareError, match="a number"):
        C.parse_vary("learning_rate=0.1,fast")
    with pytest.raises(C.CompareError, match="KEY=V1,V2"):
        C.parse_vary("optimizer")
    project = example("xor-mlp", 10)
    grid = [C.parse_vary("learning_rate=" + ",".join(str(0.01 * (i + 1)) for i in range(9))),
            C.parse_vary("optimizer=sgd,momentum,nesterov,adagrad,rmsprop,adadelta,adam,adamw")]
    with pytest.raises(C.CompareError, match="at most 64"):
        C.make_variants(project, grid)


def test_values_parse_by_kind_and_labels_read_well():
    assert C.parse_vary("layers.activation=ReLU,tanh").values == ("relu", "tanh")
    assert C.parse_vary("batch_size=0,32").values == (0, 32)
    assert C.parse_vary("layers.bias=true,off").values == (True, False)
    assert C.parse_vary("data.features=x1+x2,x1+x2+x1*x2").values == (["x1", "x2"], ["x1", "x2", "x1*x2"])
    assert C.value_label("optimizer", "adam") == "Adam"
    assert C.value_label("batch_size", 0) == "whole set"
    variants = C.make_variants(example("spiral", 1), [C.parse_vary("layers.normalization=none,layer")])
    dense = [n for n in variants[1].project.graph.nodes.values() if n.kind == "dense"]
    assert dense and all(n.resolved()["normalization"] == "layer" for n in dense)
    output = variants[1].project.graph.nodes["output"]
    assert "normalization" not in output.params


def test_presets_build_the_lessons_comparisons():
    project = example("spiral", 1)
    gd = C.preset_variants(project, "gradient-descent")
    labels = [v.label for v in gd]
    assert labels[0].startswith("Batch GD") and "Adam" in labels and len(gd) == 9
    assert gd[0].project.training_settings()["batch_size"] == 0
    assert gd[2].project.training_settings()["batch_size"] == 1
    assert {v.project.training_settings()["optimizer"] for v in gd} >= {"sgd", "momentum", "nesterov", "adagrad",
                                                                       "rmsprop", "adadelta", "adam"}
    init = C.preset_variants(project, "Initialization")
    assert len(init) == 6
    norm = C.preset_variants(project, "normalization")
    assert {(v.settings["layers.normalization"], v.settings["batch_size"]) for v in norm} == {
        (n, b) for n in ("none", "batch", "layer") for b in (4, 64)}
    assert len(C.preset_variants(project, "activations")) == 5
    with pytest.raises(C.CompareError, match="no preset"):
        C.find_preset("bogus")


def test_cpu_vs_gpu_preset_says_it_needs_a_gpu(monkeypatch):
    monkeypatch.setattr(C, "gpu_available", lambda: False)
    with pytest.raises(C.CompareError, match="needs a CUDA GPU"):
        C.find_preset("cpu-vs-gpu")
    assert "CPU vs GPU" not in C.preset_names()


# --------------------------------------------------------------------------- command line


def last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_compare_json_has_one_entry_per_variant(capsys):
    code = cli.main(["compare", "--example", "xor-mlp", "--vary", "optimizer=sgd,adam", "--epochs", "40",
                     "--seed", "3", "--json"])
    assert code == 0
    result = last_json(capsys.readouterr().out)
    assert set(result) >= {"variants", "seconds"}
    assert [v["settings"] for v in result["variants"]] == [{"optimizer": "sgd"}, {"optimizer": "adam"}]
    fields = {"settings", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "seconds",
              "steps_per_second", "diverged"}
    for entry in result["variants"]:
        assert fields <= set(entry)
        assert entry["diverged"] is False and entry["steps"] == 40
    # The same seed and settings through 'guinet train' give the same final loss.
    assert cli.main(["train", "--example", "xor-mlp", "--epochs", "40", "--seed", "3", "--json"]) == 0
    single = last_json(capsys.readouterr().out)
    assert result["variants"][1]["train_loss"] == pytest.approx(single["train_loss"], rel=1e-5)


def test_compare_table_and_bad_arguments(capsys):
    assert cli.main(["compare", "--example", "xor-mlp", "--preset", "activations", "--epochs", "5"]) == 0
    out = capsys.readouterr().out
    assert "Sigmoid" in out and "ReLU" in out and "lowest final training loss" in out
    assert cli.main(["compare", "--example", "xor-mlp", "--vary", "speed=1,2"]) == 2
    err = capsys.readouterr().err
    assert "cannot vary 'speed'" in err and "layers.weight_init" in err and "\n" == err[-1] and err.count("\n") == 1
    assert cli.main(["compare", "--example", "xor-mlp", "--vary", "optimizer=sgd,fast"]) == 2
    assert "one of sgd" in capsys.readouterr().err
    assert cli.main(["compare", "--example", "xor-mlp"]) == 2
    assert "--vary" in capsys.readouterr().err
