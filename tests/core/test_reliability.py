"""Regression tests for the reliability campaign (issue 7): every hole it found in the core stays shut."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from guinet import cli
from guinet.core import Graph, Project
from guinet.core.check import TaskInfo, estimate_memory, memory_problem
from guinet.core.data import make_dataset, task_info_for
from guinet.core.files import UnreadableFileError, read_regular_file
from guinet.core.graph import MAX_NODES, RESERVED_IDS, GraphError
from guinet.core.project import (
    ProjectError,
    load_example,
    load_project,
    project_from_json,
    project_to_dict,
    remove_stale_temp_files,
    save_project,
)


def doc(name="p", graph=None, data=None, training=None, **extra) -> dict:
    return {"format_version": 1, "app": "guinet", "name": name,
            "graph": graph or {"nodes": [{"id": "input", "kind": "input"}, {"id": "output", "kind": "output"}],
                               "edges": [["input", "output"]]},
            "data": data or {}, "training": training or {}, **extra}


def check_then_train(project: Project) -> str:
    """'problems' when check refuses, else the final state of a one-epoch run (never an exception)."""
    from guinet.core.trainer import Trainer

    dataset = make_dataset(project.data)
    if project.problems(task_info_for(project, dataset)):
        return "problems"
    project.set_training("epochs", 1)
    return list(Trainer(project, dataset, device="cpu").run())[-1].state


# --------------------------------------------------------------------------- 1: unencodable text

@pytest.mark.parametrize("where, place", [
    ({"name": "caf\ud800"}, "name"),
    ({"description": "x\udfff"}, "description"),
    ({"data": {"dataset": "csv", "dataset.path": "a\ud800.csv"}}, "data.dataset.path"),
    ({"data": {"dataset": "csv", "dataset.target": "\udc80"}}, "data.dataset.target"),
])
def test_lone_surrogates_are_refused_when_read_naming_the_place(where, place):
    text = json.dumps({**doc(), **where})  # ensure_ascii: the surrogate is a \\u escape, as in the report
    assert "\\ud" in text
    with pytest.raises(ProjectError) as info:
        project_from_json(text)
    message = str(info.value)
    assert message.startswith(place + ":") and "surrogate" in message
    message.encode("utf-8")  # the message itself can be shown and printed


def test_a_valid_surrogate_pair_is_text_like_any_other():
    project = project_from_json(json.dumps(doc(name="smile \U0001F600")))
    assert project.name == "smile \U0001F600"


def test_saving_unencodable_text_is_a_project_error_and_leaves_the_old_file(tmp_path):
    path = tmp_path / "p.guinet"
    project = load_example("xor-mlp")
    save_project(project, path)
    before = path.read_bytes()
    project.name = "caf\ud800"  # e.g. from a file name that is not UTF-8
    with pytest.raises(ProjectError, match="name.*UTF-8"):
        save_project(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.guinet"]


# --------------------------------------------------------------------------- 3: check <=> train

REPRODUCERS = [
    doc(graph={"nodes": [{"id": "input", "kind": "input"},
                         {"id": "output", "kind": "output", "params": {"head": "step"}}],
               "edges": [["input", "output"]]},
        data={"dataset": "and"}, training={"optimizer": "perceptron", "loss": "cross_entropy"}),
    doc(graph={"nodes": [{"id": "input", "kind": "input"},
                         {"id": "output", "kind": "output", "params": {"head": "softmax"}}],
               "edges": [["input", "output"]]},
        data={"dataset": "and"}, training={"optimizer": "perceptron"}),
    doc(graph={"nodes": [{"id": "input", "kind": "input"},
                         {"id": "dense_1", "kind": "dense", "params": {"normalization": "batch"}},
                         {"id": "output", "kind": "output"}],
               "edges": [["input", "dense_1"], ["dense_1", "output"]]},
        data={"dataset": "circle", "samples": 4, "train_share": 0.25}),
]


@pytest.mark.parametrize("index", range(len(REPRODUCERS)))
def test_files_check_passes_train_to_a_reported_state(index):
    """The three files `check` passed and training crashed on: check now names the problem."""
    assert check_then_train(project_from_json(json.dumps(REPRODUCERS[index]))) == "problems"


def test_the_perceptron_rule_ignores_the_loss_setting_even_unchecked():
    """At the root: a step head trains with the rule's own measure, whatever the loss says."""
    from guinet.core.check import loss_name

    project = project_from_json(json.dumps(REPRODUCERS[0]))
    assert loss_name(project.graph, project.task_info()) == "perceptron"


def test_batch_norm_with_two_training_samples_trains():
    project = project_from_json(json.dumps(REPRODUCERS[2]))
    project.set_data("train_share", 0.5)
    assert check_then_train(project) in ("finished", "diverged")


def test_nesterov_without_momentum_trains_as_plain_sgd():
    project = load_example("xor-mlp")
    project.set_training("optimizer", "nesterov")
    project.set_training("optimizer.momentum", 0.0)
    assert check_then_train(project) == "finished"


# --------------------------------------------------------------------------- 6: size and speed

def chain_doc(n: int, reverse_edges: bool = False) -> str:
    nodes = [{"id": "input", "kind": "input"}] + [
        {"id": f"dense_{i}", "kind": "dense", "params": {"units": 2}} for i in range(1, n + 1)] + [
        {"id": "output", "kind": "output"}]
    ids = [node["id"] for node in nodes]
    edges = [[a, b] for a, b in zip(ids, ids[1:])]
    return json.dumps(doc(graph={"nodes": nodes, "edges": edges[::-1] if reverse_edges else edges}))


@pytest.mark.parametrize("reverse_edges", [False, True])
def test_a_2000_layer_chain_reads_and_checks_in_under_a_second(reverse_edges):
    text = chain_doc(2000, reverse_edges)
    best = float("inf")
    for _ in range(3):  # the best of three, so one hiccup of a shared machine does not decide
        started = time.perf_counter()
        project = project_from_json(text)
        problems = project.problems()
        best = min(best, time.perf_counter() - started)
    assert problems == []
    assert best < 1.0, f"read and checked in {best:.2f} s"


def test_a_cycle_in_a_long_chain_is_found_and_named():
    data = json.loads(chain_doc(300))
    data["graph"]["edges"] = data["graph"]["edges"][1:] + [["dense_300", "dense_1"]]
    with pytest.raises(ProjectError, match=r"graph\.edges\[300\]: .*dense_300.*dense_1.*cycle"):
        project_from_json(json.dumps(data))
    g = Graph()
    for i in range(3):
        g.add_node("dense", node_id=f"dense_{i}")
    for a, b in ((0, 1), (1, 2)):
        g.add_edge(f"dense_{a}", f"dense_{b}")
    with pytest.raises(GraphError, match="cycle"):
        g.add_edge("dense_2", "dense_0")
    assert g.cycle_nodes() == set()


def test_more_layers_than_the_limit_are_refused_with_the_limit():
    with pytest.raises(ProjectError, match=f"graph.nodes: .*at most {MAX_NODES:,}"):
        project_from_json(chain_doc(MAX_NODES))
    g = Graph()
    for i in range(MAX_NODES):
        g.add_node("dense", node_id=f"dense_{i}")
    with pytest.raises(GraphError, match="at most"):
        g.add_node("dense")


# --------------------------------------------------------------------------- 7: what may be read

def test_a_fifo_is_refused_at_once_not_read_forever(tmp_path):
    fifo = tmp_path / "p.guinet"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(pytest.raises(ProjectError, load_project, fifo)),
                              daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert "FIFO" in str(result[0].value)


def test_devices_and_oversized_files_are_refused(tmp_path):
    with pytest.raises(ProjectError, match="device"):
        load_project("/dev/zero")
    big = tmp_path / "big.guinet"
    big.write_bytes(b" " * 2000)
    with pytest.raises(UnreadableFileError, match="at most 1000 bytes"):
        read_regular_file(big, 1000)
    assert read_regular_file(big, 2000) == b" " * 2000
    with pytest.raises(UnreadableFileError, match="folder"):
        read_regular_file(tmp_path, 1000)
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_regular_file(tmp_path / "none", 1000)
    with pytest.raises(UnreadableFileError):
        read_regular_file("a\x00b", 1000)


# --------------------------------------------------------------------------- 8: memory

def test_a_network_too_big_for_memory_is_refused_by_check_saying_sizes():
    data = doc(graph={"nodes": [{"id": "input", "kind": "input"},
                                {"id": "dense_1", "kind": "dense", "params": {"units": 65536}},
                                {"id": "dense_2", "kind": "dense", "params": {"units": 65536}},
                                {"id": "output", "kind": "output"}],
                      "edges": [["input", "dense_1"], ["dense_1", "dense_2"], ["dense_2", "output"]]})
    project = project_from_json(json.dumps(data))
    problems = project.problems()
    assert len(problems) == 1
    message = problems[0].message
    assert "too big" in message and "4.3 billion parameters" in message and "GiB" in message
    assert "enough for about" in message and "65,536 units" in message
    estimate = estimate_memory(project.graph, project.task_info())
    assert estimate.parameters == 2 * 65536 + 65536 + 65536 * 65536 + 65536 + 65536 + 1


def test_every_example_fits_and_a_small_budget_refuses_it():
    for name in ("xor-mlp", "spiral", "deep-relu-he-bn"):
        project = load_example(name)
        assert project.problems() == []
        assert memory_problem(project.graph, project.task_info(), budget=1000) is not None


# --------------------------------------------------------------------------- 11: divergence

def test_a_loss_that_climbs_while_finite_is_flagged_as_diverging():
    from guinet.core.trainer import Trainer

    project = load_example("deep-sigmoid")
    project.set_training("optimizer", "rmsprop")
    project.set_training("learning_rate", 10.0)
    project.set_training("epochs", 300)
    snaps = list(Trainer(project, device="cpu").run(snapshot_every_s=0.01))
    last = snaps[-1]
    assert last.state == "diverged"
    assert "climbed from" in last.message and "still finite" in last.message
    assert last.diverged_layer is None  # no layer is to blame for a climb


def test_when_only_the_loss_overflowed_no_layer_is_blamed():
    from guinet.core.trainer import Trainer

    trainer = Trainer(load_example("xor-mlp"), device="cpu")
    trainer.train_steps(1)  # every gradient and weight finite
    trainer._diverge("the loss became infinite")
    assert trainer.diverged_layer is None
    assert "the loss itself overflowed" in trainer.message and "gradient of layer" not in trainer.message


def test_a_blown_up_gradient_is_named_as_such():
    from guinet.core.trainer import Trainer

    trainer = Trainer(load_example("xor-mlp"), device="cpu")
    trainer.train_steps(1)
    first = trainer.model.parameter_layers()["dense_1"][0]
    first.grad.fill_(float("inf"))
    trainer._diverge("the loss became NaN")
    assert trainer.diverged_layer == "dense_1" and "The gradient of layer 'dense_1'" in trainer.message


# --------------------------------------------------------------------------- 12: message size

def test_huge_values_are_cut_in_messages():
    huge = "x" * 5_000_000
    for where in ({"name": 5, "description": huge},  # the description is fine, the name is not text
                  {"training": {"optimizer": huge}},
                  {"data": {huge: 1}},
                  {"graph": {"nodes": [{"id": huge, "kind": "input"}], "edges": []}}):
        with pytest.raises(ProjectError) as info:
            project_from_json(json.dumps({**doc(), **where}))
        assert len(str(info.value)) < 600, str(info.value)[:300]


# --------------------------------------------------------------------------- 13: temporary files

def test_temp_files_of_killed_saves_are_removed_by_the_next_save_or_open(tmp_path):
    path = tmp_path / "p.guinet"
    save_project(load_example("xor-mlp"), path)
    stale = tmp_path / ".p.guinet.0123abcd.tmp"
    stale.write_bytes(b"half a save")
    load_project(path)
    assert not stale.exists()
    stale.write_bytes(b"half a save")
    save_project(load_example("xor-mlp"), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.guinet"]


def test_a_save_in_progress_keeps_its_temp_file(tmp_path):
    import fcntl

    path = tmp_path / "p.guinet"
    busy = tmp_path / ".p.guinet.89abcdef.tmp"
    other = tmp_path / ".other.guinet.0123abcd.tmp"
    busy.write_bytes(b"being written")
    other.write_bytes(b"another file's")
    with open(busy, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # what a live save holds
        assert remove_stale_temp_files(path) == []
    assert busy.exists() and other.exists()
    assert remove_stale_temp_files(path) == [busy]


# --------------------------------------------------------------------------- 14, 15: odd values

@pytest.mark.parametrize("dtype", [[], {}, 3, None])
def test_weights_with_a_dtype_of_the_wrong_type_get_the_proper_message(dtype):
    project = load_example("xor-mlp")
    from guinet.core.trainer import Trainer

    trainer = Trainer(project)
    data = project_to_dict(project)
    data["weights"] = trainer.export_weights()
    first = next(iter(data["weights"]["tensors"].values()))
    first["dtype"] = dtype
    with pytest.raises(ProjectError) as info:
        project_from_json(json.dumps(data))
    assert not info.value.unexpected and ".dtype: must be one of float32, int64" in str(info.value)


@pytest.mark.parametrize("node_id", ["__class__", "_modules", "train", "forward", "state_dict"])
def test_layer_ids_pytorch_uses_are_refused_by_the_reader_as_by_the_builder(node_id):
    data = doc(graph={"nodes": [{"id": "input", "kind": "input"}, {"id": node_id, "kind": "dense"},
                                {"id": "output", "kind": "output"}],
                      "edges": [["input", node_id], [node_id, "output"]]})
    with pytest.raises(ProjectError, match=r"graph\.nodes\[1\]\.id: .*PyTorch uses that name"):
        project_from_json(json.dumps(data))


def test_the_reserved_ids_cover_every_attribute_of_a_module_dict():
    from torch import nn

    assert set(dir(nn.ModuleDict())) <= RESERVED_IDS


# --------------------------------------------------------------------------- 18: train --json

@pytest.mark.parametrize("contents, status", [
    ("not json", 2),
    (json.dumps(REPRODUCERS[0]), 1),
    (json.dumps(doc(data={"dataset": "csv", "dataset.path": "missing.csv"})), 2),
])
def test_train_json_always_ends_with_one_json_object(tmp_path, capsys, contents, status):
    path = tmp_path / "p.guinet"
    path.write_text(contents)
    assert cli.main(["train", str(path), "--json"]) == status
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert last["error"]


def test_train_json_reports_argument_errors_and_divergence_as_json(capsys):
    assert cli.main(["train", "--example", "xor-mlp", "--epochs", "zero", "--json"]) == 2
    assert "error" in json.loads(capsys.readouterr().out.strip().splitlines()[-1])
