"""The project a user edits: the network graph, the data settings, the training settings and, once
trained, the weights. The GUI's undo commands change it through these methods; views listen to
its signals (and to the graph's).
"""

from __future__ import annotations

from typing import Any

from .check import Problem, TaskInfo, validate
from .events import Signal
from .graph import Graph, GraphError
from .params import ParamError, spec_for_key, validate_values
from .text import quote
from .settings import DATA_PARAMS, DATASETS, TRAINING_PARAMS, drawn_classes, resolve_data, resolve_training


class Project:
    def __init__(self, graph: Graph | None = None, data: dict[str, Any] | None = None,
                 training: dict[str, Any] | None = None, name: str = "untitled",
                 weights: dict[str, Any] | None = None, description: str = "") -> None:
        self.graph = graph if graph is not None else Graph()
        self.data: dict[str, Any] = validate_values(DATA_PARAMS, data or {}, "data")
        self.training: dict[str, Any] = validate_values(TRAINING_PARAMS, training or {}, "training")
        self.name = name
        self.description = description
        # Trained weights: {"format": "float32-base64", "tensors": {name: {"shape": [...], "data": "..."}}}
        self.weights = weights
        self.data_changed = Signal("data_changed")          # (key)
        self.training_changed = Signal("training_changed")  # (key)

    # ------------------------------------------------------------------ settings

    def set_data(self, key: str, value: Any) -> Any:
        """Set one data setting (None resets it); returns the previous stored value."""
        old = self.data.get(key)
        self.data = self._set(DATA_PARAMS, self.data, key, value, "data")
        self.data_changed.emit(key)
        return old

    def replace_data(self, values: dict[str, Any], key: str = "dataset") -> dict[str, Any]:
        """Set all data settings at once (drawn points change the dataset and its points together, and
        undo must not pass through a mix of the two); ``key`` is what data_changed announces. Returns
        the previous settings. Raises GraphError for settings that are not valid."""
        old = self.data
        try:
            self.data = validate_values(DATA_PARAMS, dict(values), "data")
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        self.data_changed.emit(key)
        return old

    def set_training(self, key: str, value: Any) -> Any:
        old = self.training.get(key)
        self.training = self._set(TRAINING_PARAMS, self.training, key, value, "training")
        self.training_changed.emit(key)
        return old

    @staticmethod
    def _set(specs, values: dict, key: str, value: Any, where: str) -> dict:
        try:
            spec_for_key(specs, key)
        except KeyError:
            raise GraphError(f"unknown {where} setting {quote(key)}") from None
        new = dict(values)
        if value is None:
            new.pop(key, None)
        else:
            new[key] = value
        try:
            return validate_values(specs, new, where)
        except ParamError as exc:
            raise GraphError(str(exc)) from None

    def data_settings(self) -> dict[str, Any]:
        return resolve_data(self.data)

    def training_settings(self) -> dict[str, Any]:
        return resolve_training(self.training)

    # ------------------------------------------------------------------ checks

    def task_info(self, n_features: int | None = None, n_classes: int | None = None,
                  task: str | None = None, n_train: int | None = None) -> TaskInfo:
        """What the data asks of the network. For toy sets and gates this follows from the settings;
        for a CSV file pass what the loaded data says (see ``guinet.core.data``)."""
        d = self.data_settings()
        t = self.training_settings()
        entry = DATASETS[d["dataset"]]
        if task is None:
            task = entry.extra.get("task") or d.get("dataset.task", "classification")
        if n_classes is None:
            n_classes = d.get("dataset.arms", 2) if d["dataset"] == "spiral" else 2
            if d["dataset"] == "drawn":
                n_classes = drawn_classes(d["dataset.points"])
        if n_features is None and d["dataset"] != "csv":
            n_features = len(d["features"])
        return TaskInfo(n_features=n_features, task=task, n_classes=n_classes if task == "classification" else 1,
                        optimizer=t["optimizer"], loss=t["loss"], n_train=n_train, batch_size=t["batch_size"])

    def problems(self, info: TaskInfo | None = None) -> list[Problem]:
        return validate(self.graph, info or self.task_info())

    # ------------------------------------------------------------------ comparison

    def to_dict(self) -> dict[str, Any]:
        """The project as plain data (what the project file stores, less its envelope)."""
        return {"name": self.name, "description": self.description, "graph": self.graph.to_dict(),
                "data": dict(self.data), "training": dict(self.training), "weights": self.weights}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Project) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"<Project {self.name!r} {self.graph!r}>"
