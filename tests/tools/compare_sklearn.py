"""Test accuracy of 'guinet train DATA.csv' defaults against scikit-learn's MLPClassifier.

Both get 16 hidden units, standardized inputs (fitted on the training split) and a stratified 70/30
split, over five seeds; guinet reads the CSV with its own reader (preamble, header, text labels, one-hot
text features, --drop-missing), and scikit-learn gets the very table guinet read. A developer's tool:
scikit-learn is not a dependency of guinet (pip install scikit-learn to run it).

    PYTHONPATH=. python tests/tools/compare_sklearn.py [FILE.csv ...]
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import numpy as np

from guinet.core.csvfile import read_csv
from guinet.core.tabular import csv_project
from guinet.core.trainer import Trainer

FIXTURES = Path(__file__).resolve().parent.parent / "core" / "fixtures" / "tabular"
DEFAULT_FILES = ["iris.csv", "wine_data.csv", "breast_cancer.csv", "wine_mixed.csv"]
SEEDS = range(5)


def guinet_accuracy(path: Path, seed: int, drop: bool) -> float:
    project, dataset = csv_project(path, seed=seed, drop_missing=drop)
    trainer = Trainer(project, dataset, device="cpu")
    snap = None
    for snap in trainer.run(snapshot_every_s=5.0):
        pass
    return float(snap.test_accuracy)


def sklearn_accuracy(path: Path, seed: int, drop: bool) -> float:
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    table = read_csv(path, drop_missing=drop)
    x_tr, x_te, y_tr, y_te = train_test_split(table.x, table.y, test_size=0.3, stratify=table.y,
                                              random_state=seed)
    scaler = StandardScaler().fit(x_tr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning at the default 200 iterations
        model = MLPClassifier(hidden_layer_sizes=(16,), random_state=seed).fit(scaler.transform(x_tr), y_tr)
    return float(model.score(scaler.transform(x_te), y_te))


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [FIXTURES / f for f in DEFAULT_FILES]
    print(f"{'file':<20} {'guinet':>14} {'sklearn':>14} {'diff':>7}  seconds")
    worst = np.inf
    for path in files:
        drop = "mixed" in path.name
        started = time.perf_counter()
        g = [guinet_accuracy(path, s, drop) for s in SEEDS]
        s_ = [sklearn_accuracy(path, s, drop) for s in SEEDS]
        diff = np.mean(g) - np.mean(s_)
        worst = min(worst, diff)
        print(f"{path.name:<20} {np.mean(g):.4f}±{np.std(g):.3f} {np.mean(s_):.4f}±{np.std(s_):.3f} "
              f"{diff:+.4f}  {time.perf_counter() - started:.1f}")
    print(f"worst difference (guinet - sklearn): {worst:+.4f}")
    return 0 if worst >= -0.02 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
