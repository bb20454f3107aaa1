"""The .guinet project file: round trips, the strict reader, the atomic writer, weights and the examples."""

from __future__ import annotations

import copy
import json
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guinet.core import Graph, Project
from guinet.core.data import make_dataset, task_info_for
from guinet.core.project import (
    EXAMPLE_ORDER, FORMAT_VERSION, ProjectError, example_names, load_example, load_project, project_from_json,
    project_to_json, save_project, weights_from_json, weights_to_json,
)

FIXTURES = Path(__file__).parent / "fixtures"


def small_project() -> Project:
    g = Graph()
    g.add_node("input", pos=(0, 0))
    g.add_node("dense", {"units": 8, "activation": "leaky_relu", "activation.negative_slope": 0.2,
                         "weight_init": "normal", "weight_init.std": 0.5}, pos=(200, -50.5))
    g.add_node("output", {"head": "sigmoid"}, pos=(400, 0))
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    return Project(g, {"dataset": "circle", "features": ["x1", "x2", "x1^2"], "noise": 0.1},
                   {"optimizer": "momentum", "optimizer.momentum": 0.5, "epochs": 50}, name="small ünïcode",
                   description="A test.\nSecond line with [brackets] and {braces}.")


def doc_of(project: Project) -> dict:
    return json.loads(project_to_json(project))


def read_doc(doc) -> Project:
    return project_from_json(json.dumps(doc))


# --------------------------------------------------------------------------- round trips

def test_round_trip_keeps_everything_and_the_bytes(tmp_path):
    project = small_project()
    path = tmp_path / "p.guinet"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded == project
    assert loaded.graph.nodes["dense_1"].pos == (200.0, -50.5)
    assert [(e.src, e.dst) for e in loaded.graph.edges] == [("input", "dense_1"), ("dense_1", "output")]
    first = path.read_bytes()
    save_project(loaded, path)
    assert path.read_bytes() == first
    doc = json.loads(first)
    assert doc["format_version"] == FORMAT_VERSION == 1 and doc["app"] == "guinet"
    assert list(doc) == ["format_version", "app", "name", "description", "graph", "data", "training"]


@pytest.mark.parametrize("name", EXAMPLE_ORDER)
def test_every_example_round_trips(name, tmp_path):
    project = load_example(name)
    text = project_to_json(project)
    assert project_from_json(text) == project
    # The shipped file is already in the canonical form, so opening and saving an example changes nothing.
    from guinet.resources import resource_path
    assert resource_path("examples", f"{name}.guinet").read_text("utf-8") == text
    save_project(project, tmp_path / "copy.guinet")
    assert (tmp_path / "copy.guinet").read_text("utf-8") == text


def test_example_names_are_the_lessons_in_order():
    assert example_names() == list(EXAMPLE_ORDER)
    with pytest.raises(ProjectError, match="no example called 'nope'.*xor-mlp"):
        load_example("nope")


@pytest.mark.parametrize("name", EXAMPLE_ORDER)
def test_examples_are_valid_lessons(name):
    project = load_example(name)
    assert project.name == name and len(project.description) > 100
    dataset = make_dataset(project.data)
    assert project.problems(task_info_for(project, dataset)) == []
    # Laid out left to right along y = 0, one step of 200 per layer in graph order.
    order = project.graph.topological_order()
    xs = [project.graph.nodes[n].pos[0] for n in order]
    assert xs == sorted(xs) and all(project.graph.nodes[n].pos[1] == 0 for n in order)


def test_example_settings_match_their_lessons():
    for gate in ("and", "or", "nand", "xor"):
        p = load_example(f"{gate}-perceptron")
        assert p.data_settings()["dataset"] == gate
        assert p.training_settings()["optimizer"] == "perceptron"
        assert list(p.graph.nodes) == ["input", "output"]
    for name, activation in (("deep-sigmoid", "sigmoid"), ("deep-relu-he-bn", "relu")):
        dense = load_example(name).graph.nodes_of_kind("dense")
        assert len(dense) >= 8 and all(n.get("activation") == activation for n in dense)
    assert all(n.get("normalization") == "batch" and n.get("weight_init") == "he_normal"
               for n in load_example("deep-relu-he-bn").graph.nodes_of_kind("dense"))
    assert load_example("regression-plane").task_info().task == "regression"


# --------------------------------------------------------------------------- versions and fixtures

def test_future_version_is_refused_with_the_versions_we_read():
    with pytest.raises(ProjectError) as err:
        load_project(FIXTURES / "future-version.guinet")
    message = str(err.value)
    assert "format version 2" in message and "newer guinet" in message and "reads format version 1" in message
    assert "future-version.guinet" in message


def test_version_zero_and_missing_version_are_refused():
    with pytest.raises(ProjectError, match="format version 0, which guinet never wrote"):
        load_project(FIXTURES / "version-0.guinet")
    # A node-editor file with no version at all (NodeGraphQt's layout): refused, not half-read.
    with pytest.raises(ProjectError, match="no format version.*not written by guinet"):
        load_project(FIXTURES / "no-version.guinet")


def test_wrong_app_and_non_integer_version():
    doc = doc_of(small_project())
    doc["app"] = "otherapp"
    with pytest.raises(ProjectError, match="app: must be 'guinet'"):
        read_doc(doc)
    doc = doc_of(small_project())
    doc["format_version"] = "1"
    with pytest.raises(ProjectError, match="format_version: must be a whole number"):
        read_doc(doc)


def test_pickle_and_binary_files_are_refused(tmp_path):
    path = tmp_path / "evil.guinet"
    path.write_bytes(pickle.dumps({"format_version": 1}))
    with pytest.raises(ProjectError, match="not UTF-8|not valid JSON"):
        load_project(path)
    with pytest.raises(ProjectError, match="no such file"):
        load_project(tmp_path / "missing.guinet")
    with pytest.raises(ProjectError, match="is a folder"):
        load_project(tmp_path)


# --------------------------------------------------------------------------- what the reader refuses, and where

def _mutate(path: list, action):
    def apply(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        action(target, path[-1])
        return doc
    return apply


def _set(value):
    return lambda container, key: container.__setitem__(key, value)


def _delete(container, key):
    del container[key]


BAD_DOCUMENTS = [
    (_mutate(["graph", "nodes", 1, "params", "units"], _set(100_000)),
     r"graph.nodes\[1\].params.units: Units must be at most 65,536"),
    (_mutate(["graph", "nodes", 1, "params", "units"], _set("8")), r"graph.nodes\[1\].params.units: .*number"),
    (_mutate(["graph", "nodes", 1, "params", "activation"], _set("swish9")), r"params.activation: .*must be one of"),
    (_mutate(["graph", "nodes", 1, "params", "colour"], _set("red")), r"graph.nodes\[1\].params.colour: unknown"),
    (_mutate(["graph", "nodes", 1, "params", "activation.alpha"], _set(1.0)), None),  # leftover: dropped, fine
    (_mutate(["graph", "nodes", 1, "params", "activation.wobble"], _set(1.0)), r"activation.wobble: unknown"),
    (_mutate(["graph", "nodes", 1, "params", "activation.negative_slope"], _set(5)), r"negative_slope: .*at most"),
    (_mutate(["graph", "nodes", 1, "kind"], _set("convolution")), r"graph.nodes\[1\].kind: unknown layer kind"),
    (_mutate(["graph", "nodes", 1, "id"], _set("input")), r"graph.nodes\[1\].id: 'input' names two layers"),
    (_mutate(["graph", "nodes", 1, "id"], _set("has space")), r"graph.nodes\[1\].id: .*cannot name a layer"),
    (_mutate(["graph", "nodes", 1, "pos"], _set([1])), r"graph.nodes\[1\].pos: must be a pair"),
    (_mutate(["graph", "nodes", 1, "pos"], _set([1, True])), r"graph.nodes\[1\].pos"),
    (_mutate(["graph", "nodes", 1, "pos"], _set([1e300, 0])), r"graph.nodes\[1\].pos"),
    (_mutate(["graph", "nodes", 1, "extra"], _set(1)), r"graph.nodes\[1\]: unknown key 'extra'"),
    (_mutate(["graph", "nodes", 1], _delete), r"graph.edges\[0\]: connects to 'dense_1', which is not a layer"),
    (_mutate(["graph", "nodes", 0, "id"], _delete), r"graph.nodes\[0\]: the key 'id' is missing"),
    (_mutate(["graph", "nodes", 2, "kind"], _set("input")), r"graph.nodes\[2\]: a second Input layer"),
    (_mutate(["graph", "nodes"], _set({})), r"graph.nodes: must be a list"),
    (_mutate(["graph", "edges", 0], _set(["input"])), r"graph.edges\[0\]: must be a pair of layer ids"),
    (_mutate(["graph", "edges", 0], _set(["input", "ghost"])), r"graph.edges\[0\]: connects to 'ghost'"),
    (_mutate(["graph", "edges", 1], _set(["input", "dense_1"])), r"graph.edges\[1\]: cannot connect .*already"),
    (_mutate(["graph", "edges", 1], _set(["dense_1", "input"])), r"graph.edges\[1\]: cannot connect .*no inputs"),
    (_mutate(["graph", "edges", 1], _set(["dense_1", "dense_1"])), r"graph.edges\[1\]: .*cannot feed itself"),
    (_mutate(["graph", "edges", 1], _set(["output", "dense_1"])), r"graph.edges\[1\]: .*no output"),
    (_mutate(["graph", "edges"], _delete), r"graph: the key 'edges' is missing"),
    (_mutate(["data", "dataset"], _set("mnist")), r"data.dataset: Dataset must be one of"),
    (_mutate(["data", "noise"], _set(-1)), r"data.noise: Noise must be at least 0"),
    (_mutate(["data", "features"], _set(["x3"])), r"data.features: .*unknown 'x3'"),
    (_mutate(["data", "features"], _set([])), r"data.features: .*at least 1"),
    (_mutate(["training", "learning_rate"], _set(0)), r"training.learning_rate: .*above 0"),
    (_mutate(["training", "optimizer.momentum"], _set(1.5)), r"training.optimizer.momentum: .*below 1"),
    (_mutate(["training", "epochs"], _set(True)), r"training.epochs: .*number"),
    (_mutate(["training"], _set([])), r"training: must be an object"),
    (_mutate(["data"], _delete), r"the key 'data' is missing"),
    (_mutate(["name"], _set(5)), r"name: must be text"),
    (_mutate(["description"], _set(None)), r"description: must be text"),
    (_mutate(["surprise"], _set({})), r"unknown key 'surprise'"),
    (_mutate(["weights"], _set({"format": "pickle", "tensors": {}})), r"weights.format: must be 'float32-base64'"),
    (_mutate(["weights"], _set({"format": "float32-base64", "tensors": {"w": {"shape": [2], "data": "AAAA"}}})),
     r"weights.tensors.w.data: holds 4 base64 characters"),
    (_mutate(["weights"], _set({"format": "float32-base64", "tensors": {"w": {"shape": [1], "data": "AA!AAA=="}}})),
     r"weights.tensors.w.data: is not valid base64"),
    (_mutate(["weights"], _set({"format": "float32-base64", "tensors": {"w": {"shape": [-1], "data": ""}}})),
     r"weights.tensors.w.shape"),
]


@pytest.mark.parametrize("mutate, message", BAD_DOCUMENTS)
def test_reader_names_what_is_wrong_and_where(mutate, message):
    doc = mutate(doc_of(small_project()))
    if message is None:
        read_doc(doc)
        return
    with pytest.raises(ProjectError, match=message) as err:
        read_doc(doc)
    assert not err.value.unexpected


def test_reader_refuses_json_tricks():
    text = project_to_json(small_project())
    with pytest.raises(ProjectError, match=r"not valid JSON: .* line \d+, column \d+"):
        project_from_json(text[: len(text) // 2], source="half.guinet")
    with pytest.raises(ProjectError, match="NaN is not a number JSON allows"):
        project_from_json(text.replace('"noise": 0.1', '"noise": NaN'))
    with pytest.raises(ProjectError, match="'app' appears twice"):
        project_from_json(text.replace('"app": "guinet",', '"app": "guinet", "app": "guinet",'))
    with pytest.raises(ProjectError, match="empty"):
        project_from_json("  \n")
    with pytest.raises(ProjectError, match="nested too deeply|not valid JSON"):
        project_from_json("[" * 100_000)
    with pytest.raises(ProjectError, match="not valid JSON"):
        project_from_json('{"format_version": 1' + "1" * 5000 + "}")
    with pytest.raises(ProjectError, match="must be given as text"):
        project_from_json(b"{}")  # type: ignore[arg-type]


def test_a_cycle_in_a_hand_edited_file_is_refused():
    doc = doc_of(small_project())
    doc["graph"]["nodes"].insert(2, {"id": "dense_2", "kind": "dense", "pos": [0, 0], "params": {}})
    doc["graph"]["nodes"].insert(3, {"id": "add_1", "kind": "add", "pos": [0, 0], "params": {}})
    doc["graph"]["edges"] = [["input", "add_1"], ["add_1", "dense_1"], ["dense_1", "dense_2"], ["dense_2", "add_1"]]
    with pytest.raises(ProjectError, match=r"graph.edges\[3\]: .*would make a cycle"):
        read_doc(doc)


# --------------------------------------------------------------------------- fuzzing the reader

def _base_documents() -> list[dict]:
    docs = [doc_of(load_example(name)) for name in EXAMPLE_ORDER]
    with_weights = small_project()
    with_weights.weights = {"format": "float32-base64",
                            "tensors": {"dense_1.linear.weight": {"shape": [2, 2], "data": "AACAPwAAAEAAAEBAAACAQA=="},
                                        "bn.num_batches_tracked": {"shape": [], "data": "BwAAAAAAAAA=",
                                                                   "dtype": "int64"}}}
    docs.append(doc_of(with_weights))
    return docs


BASE_DOCUMENTS = _base_documents()

json_scalars = (st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.integers()
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
                | st.sampled_from(["input", "output", "dense", "dense_1", "relu", "xor", "adam", "float32-base64",
                                   "", "units", "params", "AAAA", "format_version"]))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=8)


def _locations(value, path=()):
    """Every (container, key) in a JSON document."""
    if isinstance(value, dict):
        for key in value:
            yield value, key
            yield from _locations(value[key])
    elif isinstance(value, list):
        for i in range(len(value)):
            yield value, i
            yield from _locations(value[i])


@st.composite
def malformed_documents(draw) -> str:
    how = draw(st.sampled_from(["mutate", "mutate", "mutate", "mutate", "truncate", "random_json", "bytes"]))
    if how == "random_json":
        return json.dumps(draw(json_values))
    if how == "bytes":
        raw = draw(st.binary(max_size=300))
        return raw.decode(draw(st.sampled_from(["latin-1", "utf-8"])), errors="replace")
    doc = copy.deepcopy(draw(st.sampled_from(BASE_DOCUMENTS)))
    if how == "truncate":
        text = json.dumps(doc, indent=draw(st.sampled_from([None, 2])))
        return text[: draw(st.integers(0, len(text) - 1))]
    for _ in range(draw(st.integers(1, 3))):
        places = list(_locations(doc))
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        op = draw(st.sampled_from(["delete", "replace", "rename", "wrap", "add_key", "swap_type"]))
        if op == "delete":
            del container[key]
        elif op == "replace":
            container[key] = draw(json_values)
        elif op == "rename" and isinstance(container, dict):
            container[draw(st.text(max_size=10))] = container.pop(key)
        elif op == "wrap":
            container[key] = [container[key]]
        elif op == "add_key" and isinstance(container[key], dict):
            container[key][draw(st.text(max_size=10))] = draw(json_values)
        elif op == "swap_type":
            value = container[key]
            container[key] = (str(value) if not isinstance(value, str)
                              else draw(st.sampled_from([0, -1, 1.5, True, None, [], {}])))
    return json.dumps(doc)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(malformed_documents())
def test_only_project_error_escapes_the_reader(text):
    try:
        project = project_from_json(text, source="fuzz.guinet")
    except ProjectError as exc:
        message = str(exc)
        assert message.startswith("fuzz.guinet: ") and len(message) > len("fuzz.guinet: ") + 5
        # Every failure is foreseen by an explicit check, not caught by the last-resort guard.
        assert not exc.unexpected, message
    else:
        # What the reader accepts is a whole project that writes back and reads back the same.
        assert isinstance(project, Project)
        assert project_from_json(project_to_json(project)) == project


# --------------------------------------------------------------------------- atomic writing

def test_a_crash_during_rename_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "work.guinet"
    save_project(small_project(), path)
    before = path.read_bytes()
    changed = small_project()
    changed.name = "changed"

    def power_cut(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(ProjectError, match="cannot save .*No space left on device.*unchanged"):
        save_project(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.guinet"]


def test_a_crash_while_writing_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "work.guinet"
    save_project(small_project(), path)
    before = path.read_bytes()

    def crash(fd):
        raise KeyboardInterrupt  # not an OSError: the writer must still clean up, then let it through

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        save_project(small_project(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.guinet"]
    assert load_project(path) == small_project()


def test_saving_keeps_permissions_and_reports_unwritable_folders(tmp_path):
    path = tmp_path / "p.guinet"
    save_project(small_project(), path)
    os.chmod(path, 0o640)
    save_project(small_project(), path)
    assert (os.stat(path).st_mode & 0o777) == 0o640
    with pytest.raises(ProjectError, match="cannot save"):
        save_project(small_project(), tmp_path / "no" / "such" / "folder" / "p.guinet")


def test_saving_a_non_finite_position_is_an_error_not_a_broken_file(tmp_path):
    project = small_project()
    project.graph.move_node("dense_1", (float("nan"), 0.0))
    with pytest.raises(ProjectError, match="cannot save"):
        save_project(project, tmp_path / "p.guinet")
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------- weights

def test_weights_round_trip_exactly_through_the_file(tmp_path):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4), torch.nn.Linear(4, 1))
    model.train()
    model(torch.randn(8, 3))  # moves the running statistics and the batch counter
    state = model.state_dict()
    project = small_project()
    project.weights = weights_to_json(state)
    save_project(project, tmp_path / "trained.guinet")
    loaded = weights_from_json(load_project(tmp_path / "trained.guinet").weights)
    assert list(loaded) == list(state)
    for name, tensor in state.items():
        assert loaded[name].shape == tensor.shape
        assert loaded[name].dtype == (torch.int64 if name.endswith("num_batches_tracked") else torch.float32)
        assert torch.equal(loaded[name], tensor.to(loaded[name].dtype))
    fresh = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4), torch.nn.Linear(4, 1))
    fresh.load_state_dict(loaded)
    assert int(fresh[1].num_batches_tracked) == 1


def test_weights_errors_are_project_errors():
    torch = pytest.importorskip("torch")
    with pytest.raises(ProjectError, match="NaN or infinite"):
        weights_to_json({"w": torch.tensor([1.0, float("nan")])})
    with pytest.raises(ProjectError, match=r"weights.tensors.w.data"):
        weights_from_json({"format": "float32-base64", "tensors": {"w": {"shape": [3], "data": "AAAA"}}})
    with pytest.raises(ProjectError, match="weights: must be an object"):
        weights_from_json([])  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the examples teach what they say

def _initial_grad_ratio(name: str) -> float:
    from guinet.core.trainer import Trainer

    snap = Trainer(load_example(name), device="cpu").train_steps(1)
    hidden = [n for n in snap.layer_names if n.startswith("dense")]
    return snap.grad_norms[hidden[0]] / snap.grad_norms[hidden[-1]]


def test_deep_sigmoid_gradients_vanish_and_deep_relu_he_bn_gradients_do_not():
    assert _initial_grad_ratio("deep-sigmoid") < 1 / 100
    assert _initial_grad_ratio("deep-relu-he-bn") > 1 / 10


@pytest.mark.slow
@pytest.mark.parametrize("name, accuracy", [("and-perceptron", 1.0), ("or-perceptron", 1.0),
                                            ("nand-perceptron", 1.0), ("xor-mlp", 1.0)])
def test_small_examples_reach_their_accuracy(name, accuracy):
    from guinet.core.trainer import Trainer

    final = list(Trainer(load_example(name), device="cpu").run(snapshot_every_s=10.0))[-1]
    assert final.state == "finished" and final.train_accuracy == accuracy


@pytest.mark.slow
def test_xor_perceptron_cannot_get_all_four_rows():
    from guinet.core.trainer import Trainer

    final = list(Trainer(load_example("xor-perceptron"), device="cpu").run(snapshot_every_s=10.0))[-1]
    assert final.train_accuracy <= 0.75
