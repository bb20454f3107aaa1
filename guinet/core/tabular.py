"""A sensible first network for a table of data: what ``guinet train DATA.csv`` trains.

Input, hidden Dense layers (16 ReLU units with He initialization unless asked otherwise), the head that
fits the task; standardized inputs; a stratified 70/30 split; Adam at 0.01 on mini-batches of 32 for
about 3,000 steps (at most 300 epochs). Those defaults were chosen by comparing test accuracy with
scikit-learn's MLPClassifier on its bundled data sets (see tests/core/test_tabular.py and the CLI's
``--json`` output): they need no tuning on ordinary tabular data.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Sequence

from .data import Dataset, make_dataset
from .graph import Graph
from .model import Project

DEFAULT_HIDDEN = (16,)
DEFAULT_ACTIVATION = "relu"
TRAIN_SHARE = 0.7
BATCH_SIZE = 32
LEARNING_RATE = 0.01
# Epochs are chosen so that training takes about this many optimizer steps, within these bounds.
TARGET_STEPS = 3000
MIN_EPOCHS, MAX_EPOCHS = 1, 300

# Initializers that suit each activation family (He for the ReLU family, Xavier for the saturating ones).
_HE = ("relu", "leaky_relu", "elu", "gelu", "silu")


def default_epochs(n_train: int, batch_size: int = BATCH_SIZE) -> int:
    steps_per_epoch = max(1, math.ceil(n_train / batch_size)) if batch_size else 1
    return int(min(MAX_EPOCHS, max(MIN_EPOCHS, math.ceil(TARGET_STEPS / steps_per_epoch))))


def csv_data_settings(path: str | os.PathLike, *, target: str = "", header: str = "auto", task: str = "auto",
                      skip_rows: int = 0, drop_missing: bool = False, seed: int = 0) -> dict[str, Any]:
    data: dict[str, Any] = {"dataset": "csv", "dataset.path": str(path), "standardize": True,
                            "train_share": TRAIN_SHARE}
    if target:
        data["dataset.target"] = target
    if header != "auto":
        data["dataset.header"] = header
    if task != "auto":
        data["dataset.task"] = task
    if skip_rows:
        data["dataset.skip_rows"] = int(skip_rows)
    if drop_missing:
        data["dataset.drop_missing"] = True
    if seed:
        data["seed"] = int(seed)
    return data


def tabular_graph(hidden: Sequence[int] = DEFAULT_HIDDEN, activation: str = DEFAULT_ACTIVATION) -> Graph:
    graph = Graph()
    graph.add_node("input", node_id="input", pos=(0.0, 0.0))
    previous = "input"
    init = "he_normal" if activation in _HE else "xavier_normal"
    for i, units in enumerate(hidden, start=1):
        node = graph.add_node("dense", {"units": int(units), "activation": activation, "weight_init": init},
                              pos=(200.0 * i, 0.0), node_id=f"dense_{i}")
        graph.add_edge(previous, node.id)
        previous = node.id
    graph.add_node("output", node_id="output", pos=(200.0 * (len(hidden) + 1), 0.0))
    graph.add_edge(previous, "output")
    return graph


def csv_project(path: str | os.PathLike, *, hidden: Sequence[int] = DEFAULT_HIDDEN,
                activation: str = DEFAULT_ACTIVATION, epochs: int | None = None, seed: int = 0,
                base_dir: Path | None = None, **data_options: Any) -> tuple[Project, Dataset]:
    """(project, its dataset) for a CSV file with guinet's defaults for tabular data. The data seed and the
    training seed are both ``seed``. Raises DataError for data that cannot be read, GraphError for bad
    layer settings."""
    data = csv_data_settings(path, seed=seed, **data_options)
    dataset = make_dataset(data, base_dir=base_dir)
    training = {"optimizer": "adam", "learning_rate": LEARNING_RATE, "batch_size": BATCH_SIZE,
                "epochs": epochs if epochs is not None else default_epochs(len(dataset.x_train)),
                "seed": int(seed)}
    name = Path(str(path)).stem or "data"
    description = (f"A {'classifier' if dataset.task == 'classification' else 'regression network'} for "
                   f"{Path(str(path)).name}, made by 'guinet train'.")
    project = Project(tabular_graph(hidden, activation), data, training, name=name, description=description)
    return project, dataset
