"""A deterministic corpus of mutated project files, and the pipeline every one of them goes through.

The corpus starts from every example, a project with trained weights, a residual (DAG) network, a
CSV project and two projects of drawn points (classes and regression), and mutates them two ways: *structurally* (any value anywhere replaced by a value of
another type, keys dropped or added, lists shortened, bytes cut or flipped), which the reader must
refuse with a ProjectError, and *semantically* (a setting set to another value it allows, a layer
inserted, a head, loss, optimizer or dataset swapped), which makes valid but unusual projects that
reach check, the builder and training. Data stays tiny (a few dozen samples, one epoch), so the whole
corpus runs in seconds.

``run_pipeline(text)`` says what happened to one file: refused by the reader, refused by check, or
trained to a reported state. Anything else (an exception that is not guinet's own) propagates.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

from guinet.core.catalog import LAYER_KINDS, layer_kind
from guinet.core.params import ParamSpec
from guinet.core.settings import DATA_PARAMS, DATASETS, TRAINING_PARAMS

MAX_SAMPLES = 48
MAX_REPEATS = 3
# Networks with more parameters than this are checked but not trained (the test stays fast).
MAX_TRAINED_PARAMETERS = 200_000

_ODD_VALUES: list[Any] = [None, True, False, 0, -1, 1, 2, 0.5, -0.0, 1e308, -1e308, 2**31, 2**63, 10**30,
                          "", "x", "input", "output", "dense_1", "__class__", "_modules", "train",
                          "\ud800", "caf\udfff", "a" * 300, "\x00", "1e3", [], [0], [0, 0], [0, 0, 0],
                          ["input", "output"], {}, {"a": 1}, 65_536, 65_537, 1_000_000, 1e-300, 3.7]


def _catalog_names() -> list[str]:
    names = {k.name for k in LAYER_KINDS}
    for spec in (*DATA_PARAMS, *TRAINING_PARAMS, *(p for k in LAYER_KINDS for p in k.params)):
        if spec.choices is not None:
            names.update(spec.choices.names())
        names.update(spec.options)
    return sorted(names)


_NAMES = _catalog_names()


def _random_value(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.55:
        return copy.deepcopy(rng.choice(_ODD_VALUES))
    if roll < 0.85:
        return rng.choice(_NAMES)
    return rng.choice([rng.randint(-5, 70_000), rng.uniform(-20, 20), rng.random()])


def _valid_value(spec: ParamSpec, rng: random.Random) -> Any:
    """A value the spec allows, with a bias towards its edges."""
    if spec.kind == "bool":
        return rng.random() < 0.5
    if spec.kind == "choice":
        return rng.choice(spec.choices.names())
    if spec.kind == "flags":
        k = rng.randint(max(1, int(spec.minimum or 1)), len(spec.options))
        return rng.sample(list(spec.options), k)
    if spec.kind == "str":
        return rng.choice(["", "x", "label"])
    if spec.kind == "points":
        # A few points near the plane's edges and its centre; classes up to the table's limit.
        n = rng.choice([0, 1, 2, rng.randint(3, 30)])
        limit = rng.choice([6.0, 1000.0])
        return [[rng.uniform(-limit, limit), rng.uniform(-limit, limit),
                 rng.randrange(spec.classes) if spec.classes else rng.uniform(-1e6, 1e6)] for _ in range(n)]
    lo = spec.minimum if spec.minimum is not None else -10.0
    hi = spec.maximum if spec.maximum is not None else 10.0
    if spec.kind == "int":
        lo, hi = int(lo), int(min(hi, lo + 100 if hi > 1e6 else hi))
        return rng.choice([lo, hi, rng.randint(lo, hi)])
    pick = rng.choice([lo, hi, rng.uniform(lo, hi), lo + (hi - lo) * 1e-3])
    if (spec.minimum_exclusive and pick == lo) or (spec.maximum_exclusive and pick == hi):
        pick = (lo + hi) / 2
    return float(pick)


def _paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_paths(v, prefix + (k,)))
    elif isinstance(doc, list) and len(doc) < 64:
        for i, v in enumerate(doc):
            out.extend(_paths(v, prefix + (i,)))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def structural_mutation(doc: dict, rng: random.Random) -> dict:
    doc = copy.deepcopy(doc)
    paths = [p for p in _paths(doc) if p and not (len(p) >= 3 and p[:2] == ("weights", "tensors")
                                                  and p[-1] == "data" and rng.random() < 0.8)]
    path = rng.choice(paths)
    parent = _get(doc, path[:-1])
    key = path[-1]
    action = rng.random()
    if action < 0.55:
        parent[key] = _random_value(rng)
    elif action < 0.7 and isinstance(parent, dict):
        del parent[key]
    elif action < 0.8 and isinstance(parent, list) and parent:
        parent.insert(rng.randrange(len(parent) + 1), copy.deepcopy(rng.choice(parent)))
    elif action < 0.9 and isinstance(parent, dict):
        parent[rng.choice([str(key) + "x", "extra", rng.choice(_NAMES)])] = _random_value(rng)
    else:
        value = parent[key]
        if isinstance(value, list) and value:
            del value[rng.randrange(len(value))]
        elif isinstance(value, str) and value:
            parent[key] = value[: rng.randrange(len(value))]
        else:
            parent[key] = _random_value(rng)
    return doc


def _node_specs(kind: str) -> tuple[ParamSpec, ...]:
    return layer_kind(kind).params


def semantic_mutation(doc: dict, rng: random.Random) -> dict:
    doc = copy.deepcopy(doc)
    graph = doc["graph"]
    nodes, edges = graph["nodes"], graph["edges"]
    action = rng.random()
    if action < 0.3 and nodes:
        node = rng.choice(nodes)
        specs = _node_specs(node["kind"])
        if specs:
            spec = rng.choice(specs)
            params = node.setdefault("params", {})
            params[spec.name] = _valid_value(spec, rng)
            if spec.kind == "choice" and spec.choices[params[spec.name]].params:
                sub = rng.choice(spec.choices[params[spec.name]].params)
                params[f"{spec.name}.{sub.name}"] = _valid_value(sub, rng)
    elif action < 0.45 and edges:
        # Insert a layer of any kind into a connection.
        i = rng.randrange(len(edges))
        src, dst = edges[i]
        kind = rng.choice([k.name for k in LAYER_KINDS if k.name not in ("input", "output")])
        new_id = f"{kind}_{rng.randint(50, 99)}"
        nodes.append({"id": new_id, "kind": kind, "pos": [0.0, 0.0], "params": {}})
        edges[i] = [src, new_id]
        edges.append([new_id, dst])
        if kind in ("add", "concat"):
            edges.append([src, new_id] if rng.random() < 0.5 else [nodes[0]["id"], new_id])
    elif action < 0.5 and len(edges) > 1:
        del edges[rng.randrange(len(edges))]
    elif action < 0.55 and len(nodes) > 1:
        # Connect two layers (it may make a cycle, a second input to a one-input layer, ...) or drop one.
        if rng.random() < 0.7:
            edges.append([rng.choice(nodes)["id"], rng.choice(nodes)["id"]])
        else:
            gone = nodes.pop(rng.randrange(len(nodes)))["id"]
            graph["edges"] = [e for e in edges if gone not in e]
    elif action < 0.8:
        spec = rng.choice(TRAINING_PARAMS)
        if spec.name != "device":
            doc["training"][spec.name] = _valid_value(spec, rng)
            if spec.kind == "choice" and spec.choices[doc["training"][spec.name]].params:
                sub = rng.choice(spec.choices[doc["training"][spec.name]].params)
                doc["training"][f"{spec.name}.{sub.name}"] = _valid_value(sub, rng)
    else:
        spec = rng.choice(DATA_PARAMS)
        value = _valid_value(spec, rng)
        if spec.name == "dataset" and value == "csv" and "dataset.path" not in doc["data"]:
            value = "xor"  # CSV files are fuzzed by the CSV reader's own corpus
        doc["data"][spec.name] = value
        if spec.name == "dataset" and value in DATASETS and DATASETS[value].params and value != "csv":
            sub = rng.choice(DATASETS[value].params)
            doc["data"][f"dataset.{sub.name}"] = _valid_value(sub, rng)
    return doc


def keep_tiny(doc: dict) -> dict:
    """Small data and one epoch, whatever the mutation asked for (only where the value is a number)."""
    data, training = doc.get("data"), doc.get("training")
    if isinstance(data, dict):
        if isinstance(data.get("samples"), int) and not isinstance(data.get("samples"), bool):
            data["samples"] = max(4, min(data["samples"], MAX_SAMPLES))
        elif "samples" not in data:
            data["samples"] = MAX_SAMPLES
        if isinstance(data.get("dataset.repeats"), int) and not isinstance(data.get("dataset.repeats"), bool):
            data["dataset.repeats"] = max(1, min(data["dataset.repeats"], MAX_REPEATS))
    if isinstance(training, dict):
        training["epochs"] = 1
    return doc


def byte_mutation(raw: bytes, rng: random.Random) -> bytes:
    raw = bytearray(raw)
    action = rng.random()
    if action < 0.4:
        del raw[rng.randrange(len(raw)):]
    elif action < 0.7:
        i = rng.randrange(len(raw))
        raw[i] = rng.randrange(256)
    elif action < 0.85:
        i = rng.randrange(len(raw))
        raw[i:i] = rng.choice([b"{", b"]", b",", b'"', b"\\u", b"\xff", b"NaN", b"1e999", b"\x00"])
    else:
        i = rng.randrange(len(raw))
        j = min(len(raw), i + rng.randrange(1, 40))
        raw[i:i] = raw[i:j]
    return bytes(raw)


def corpus(bases: list[dict], count: int, seed: int = 0) -> list[bytes]:
    """``count`` mutated project files, the same ones for the same seed."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        doc = keep_tiny(copy.deepcopy(bases[i % len(bases)]))
        kind = rng.random()
        if kind < 0.5:
            for _ in range(rng.randint(1, 4)):
                doc = semantic_mutation(doc, rng)
            doc = keep_tiny(doc)
        elif kind < 0.9:
            for _ in range(rng.randint(1, 3)):
                doc = structural_mutation(doc, rng)
        try:
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
        except (TypeError, ValueError):
            text = json.dumps(bases[0])
        # A lone surrogate written raw (not as an escape) becomes bytes that are not UTF-8.
        raw = text.encode("utf-8", errors="surrogatepass")
        if kind >= 0.9:
            raw = byte_mutation(raw, rng)
        out.append(raw)
    return out


def run_pipeline(raw: bytes, base_dir: Path | None = None) -> str:
    """What happened to one file: 'unreadable', 'data', 'problems', 'big' (valid, not trained here), or
    the final state of a one-epoch run. Exceptions other than guinet's own errors propagate."""
    from guinet.core.check import estimate_memory
    from guinet.core.data import DataError, make_dataset, task_info_for
    from guinet.core.project import ProjectError, project_from_bytes, project_to_json, project_from_json

    try:
        project = project_from_bytes(raw, source="fuzz")
    except ProjectError as exc:
        assert not exc.unexpected, f"the reader's last-resort guard caught: {exc}"
        assert len(str(exc)) < 2000, "a message longer than a few lines"
        str(exc).encode("utf-8")  # every message can be printed
        return "unreadable"
    # What the reader accepts, the writer can write, and reading that gives the same project.
    assert project_from_json(project_to_json(project)) == project
    try:
        dataset = make_dataset(project.data, base_dir)
    except DataError:
        return "data"
    info = task_info_for(project, dataset)
    problems = project.problems(info)
    for problem in problems:
        problem.message.encode("utf-8")
        assert len(problem.message) < 2000
    if problems:
        return "problems"
    if estimate_memory(project.graph, info).parameters > MAX_TRAINED_PARAMETERS:
        return "big"
    from guinet.core.trainer import Trainer, TrainerError

    trainer = Trainer(project, dataset, device="cpu")
    if project.weights is not None:
        try:
            trainer.load_weights(project.weights)
        except TrainerError:
            pass  # weights of another network: the GUI then starts from new ones
    last = None
    for last in trainer.run(snapshot_every_s=10.0):
        pass
    assert last is not None and last.state in ("finished", "stopped", "diverged"), last
    return last.state
