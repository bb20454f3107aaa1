"""Fuzzing: 2,000 mutated project files through the reader, check, the builder and a one-epoch run.

Nothing may escape but guinet's own errors (ProjectError, DataError) and reported states; every
project the reader accepts can be written back; and when check finds no problem, building and
training end in finished, stopped or diverged, never in an exception (see fuzz_corpus.py).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fuzz_corpus  # noqa: E402

from guinet.core import Graph, Project  # noqa: E402
from guinet.core.project import example_names, load_example, project_to_dict  # noqa: E402

CORPUS_SIZE = 2000


def _bases(folder: Path) -> list[dict]:
    from guinet.core.trainer import Trainer

    docs = [project_to_dict(load_example(name)) for name in example_names()]
    trained = load_example("xor-mlp")
    trained.set_training("epochs", 5)
    trainer = Trainer(trained)
    list(trainer.run())
    trained.weights = trainer.export_weights()
    docs.append(project_to_dict(trained))
    dag = Graph()
    dag.add_node("input")
    dag.add_node("dense", {"units": 4}, node_id="dense_1")
    dag.add_node("dense", {"units": 4, "normalization": "batch"}, node_id="dense_2")
    dag.add_node("add", node_id="add_1")
    dag.add_node("concat", node_id="concat_1")
    dag.add_node("output")
    for edge in [("input", "dense_1"), ("dense_1", "dense_2"), ("dense_2", "add_1"), ("dense_1", "add_1"),
                 ("add_1", "concat_1"), ("input", "concat_1"), ("concat_1", "output")]:
        dag.add_edge(*edge)
    docs.append(project_to_dict(Project(dag, {"dataset": "circle"}, {}, name="dag")))
    (folder / "table.csv").write_text("a,b,label\n" + "".join(f"{i % 5},{i % 3},{i % 2}\n" for i in range(30)))
    csv = Graph()
    csv.add_node("input")
    csv.add_node("output")
    csv.add_edge("input", "output")
    docs.append(project_to_dict(Project(csv, {"dataset": "csv", "dataset.path": "table.csv"}, {}, name="csv")))
    # Drawn points: mutations reach inside the list (a coordinate or class of another type or range, a
    # point of two numbers, a point list replaced by a number).
    drawn = [[-3.5, 2.25, 0], [4.0, 4.0, 1], [0.5, -1.0, 2], [2.0, -3.0, 1], [-1.0, -4.5, 0], [5.5, 0.0, 2]]
    docs.append(project_to_dict(Project(csv.copy(), {"dataset": "drawn", "dataset.points": drawn}, {},
                                        name="drawn")))
    docs.append(project_to_dict(Project(csv.copy(), {"dataset": "drawn_regression", "features": ["x1", "x1*x2"],
                                                     "dataset.points": [[x, y, x * y / 7] for x, y, _ in drawn]},
                                        {}, name="drawn regression")))
    return docs


@pytest.mark.slow
def test_mutated_projects_end_in_guinet_errors_or_reported_states(tmp_path):
    files = fuzz_corpus.corpus(_bases(tmp_path), CORPUS_SIZE, seed=0)
    assert len(files) == CORPUS_SIZE
    outcomes = collections.Counter()
    for raw in files:
        try:
            outcomes[fuzz_corpus.run_pipeline(raw, tmp_path)] += 1
        except Exception as exc:  # noqa: BLE001 - report the file that broke, not just the exception
            raise AssertionError(f"{type(exc).__name__}: {exc}\nfile: {raw[:2000]!r}") from exc
    # The corpus reaches every stage: refused files, refused networks, and many trained ones.
    assert outcomes["unreadable"] > 300
    assert outcomes["problems"] > 100
    assert outcomes["finished"] + outcomes["diverged"] + outcomes["stopped"] > 300, outcomes
