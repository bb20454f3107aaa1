"""How well a network learned, beyond accuracy: the confusion matrix, per-class precision, recall and F1,
balanced accuracy (classification); RMSE, MAE and R² (regression).

Plain numpy on label or value arrays, so the trainer, the command line and the window compute the same
numbers. The definitions are scikit-learn's (a class that is never predicted has precision 0, one that
never occurs has recall 0, and both are left out of nothing: the averages are over the classes present
in the true labels, as balanced_accuracy_score does).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """(K, K) int64 counts: row = true class, column = predicted class."""
    t = np.asarray(true, dtype=np.int64).ravel()
    p = np.asarray(predicted, dtype=np.int64).ravel()
    if t.shape != p.shape:
        raise ValueError(f"true and predicted labels differ in length ({len(t)} and {len(p)})")
    k = int(n_classes)
    ok = (t >= 0) & (t < k) & (p >= 0) & (p < k)
    return np.bincount(t[ok] * k + p[ok], minlength=k * k).reshape(k, k)


@dataclass
class ClassificationReport:
    confusion: np.ndarray          # (K, K) counts, rows true, columns predicted
    class_names: list[str]
    precision: np.ndarray          # (K,)
    recall: np.ndarray
    f1: np.ndarray
    support: np.ndarray            # (K,) true samples of each class
    accuracy: float | None
    balanced_accuracy: float | None

    def per_class(self) -> list[dict[str, Any]]:
        return [{"class": name, "precision": float(self.precision[k]), "recall": float(self.recall[k]),
                 "f1": float(self.f1[k]), "support": int(self.support[k])}
                for k, name in enumerate(self.class_names)]

    def to_dict(self) -> dict[str, Any]:
        return {"confusion_matrix": self.confusion.tolist(), "class_names": list(self.class_names),
                "per_class": self.per_class(), "accuracy": self.accuracy,
                "balanced_accuracy": self.balanced_accuracy}


def classification_report(confusion: np.ndarray, class_names: Sequence[str] | None = None) -> ClassificationReport:
    """Per-class precision, recall, F1 and the accuracies from a confusion matrix."""
    cm = np.asarray(confusion, dtype=np.int64)
    k = cm.shape[0]
    names = list(class_names) if class_names is not None else [str(i) for i in range(k)]
    tp = np.diag(cm).astype(np.float64)
    support = cm.sum(axis=1)
    predicted = cm.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / np.maximum(predicted, 1), 0.0)
        recall = np.where(support > 0, tp / np.maximum(support, 1), 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / np.where(denom > 0, denom, 1.0), 0.0)
    total = int(cm.sum())
    accuracy = float(tp.sum() / total) if total else None
    present = support > 0
    balanced = float(recall[present].mean()) if present.any() else None
    return ClassificationReport(cm, names, precision, recall, f1, support, accuracy, balanced)


@dataclass
class RegressionReport:
    rmse: float | None
    mae: float | None
    r2: float | None
    n: int

    def to_dict(self) -> dict[str, Any]:
        return {"rmse": self.rmse, "mae": self.mae, "r2": self.r2}


def regression_report(actual: np.ndarray, predicted: np.ndarray) -> RegressionReport:
    """RMSE, MAE and R² (1 - residual / total sum of squares; None when the targets are all equal)."""
    a = np.asarray(actual, dtype=np.float64).ravel()
    p = np.asarray(predicted, dtype=np.float64).ravel()
    if a.shape != p.shape:
        raise ValueError(f"actual and predicted values differ in length ({len(a)} and {len(p)})")
    n = len(a)
    if n == 0:
        return RegressionReport(None, None, None, 0)
    err = p - a
    rmse = float(np.sqrt(np.mean(err * err)))
    mae = float(np.mean(np.abs(err)))
    total = float(np.sum((a - a.mean()) ** 2))
    r2 = 1.0 - float(np.sum(err * err)) / total if total > 0 else None
    finite = lambda v: v if v is None or np.isfinite(v) else None  # noqa: E731
    return RegressionReport(finite(rmse), finite(mae), finite(r2), n)
