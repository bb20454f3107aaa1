"""The data a network learns from: logic gates, toy 2-D sets in the style of TensorFlow Playground, and CSV
files; the input features made from the two coordinates; the train/test split and standardization.

Coordinates. The toy sets live on the same plane as TensorFlow Playground's: their points lie within
about ±5 of the origin and the plane drawn around them spans about ±6. The gates' inputs are 0 and 1.
``noise`` is the standard deviation of Gaussian noise added to the points (never to the labels or
targets), measured relative to a set's scale: one unit for the gates, five units (the toy sets' radius)
for the toy sets. So noise 0.1 moves a toy point by about half a unit.

Everything is deterministic for the data seed: ``numpy.random.Generator`` streams spawned from it draw
the points, the noise and the split (one stream each, so changing one setting does not reshuffle the rest).
The two Gaussian blobs are the one set whose points may (rarely) stray beyond radius 5.
"""

from __future__ import annotations

import hashlib
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

import numpy as np

from .check import TaskInfo
from .settings import DATA_PARAMS, DATASETS, DRAWN_SETS, FEATURES, GATE_TABLES, GATES, drawn_classes
from .params import ParamError, resolve, validate_values
from .text import msg

if TYPE_CHECKING:
    from .model import Project

# The toy sets' radius: points lie within about this distance of the origin (Playground's 5).
TOY_RADIUS = 5.0
# Half the side of the square plane the toy sets are drawn on.
TOY_PLANE = 6.0
# Gate inputs are 0/1; the plane around them is padded by half a unit on each side.
_GATE_PAD = 0.5
# Other planes are padded by this fraction of their span (±5 becomes ±6).
_PAD_FRACTION = 0.1


from .csvfile import (MAX_CSV_CLASSES, CsvLayout, CsvTable, DataError, parse_csv, read_csv,  # noqa: F401
                      read_csv_cached, resolve_csv_path)


@dataclass
class Dataset:
    x_train: np.ndarray   # float32 (n_train, n_features): network inputs (features applied, standardized if asked)
    y_train: np.ndarray   # int64 (n_train,) class labels 0..K-1; float32 (n_train,) for regression
    x_test: np.ndarray
    y_test: np.ndarray
    task: str             # "classification" | "regression"
    n_classes: int        # K (2 for gates); 1 for regression
    feature_names: list[str]
    # The 2-D points before features/standardization (for plotting and decision-boundary grids); None for a
    # CSV file unless it has exactly two feature columns (which then make the plane).
    points_train: np.ndarray | None
    points_test: np.ndarray | None
    extent: tuple[float, float, float, float] | None   # x1min, x1max, x2min, x2max of the plane to draw
    # Names of the classes, index = label (a CSV file's target values, sorted); None for regression.
    class_names: list[str] | None = None
    # The dataset's name in settings.DATASETS ("xor", "spiral", "csv", ...).
    name: str = ""
    # How plane points become inputs: the Playground features, or None when the two plane coordinates are
    # the inputs themselves (a CSV file with two feature columns).
    plane_features: tuple[str, ...] | None = None
    # Standardization fitted on the training inputs (None when off): inputs = (features - mean) / std.
    mean: np.ndarray | None = None
    std: np.ndarray | None = None
    # Names of the plane's two axes (for plot labels).
    plane_axes: tuple[str, str] = ("x1", "x2")
    # Data of more than two inputs gets a plane by projection: plane point p stands for the raw inputs
    # plane_center + (p @ plane_basis) * plane_scale (see _add_projection); plane_note says so to a user.
    plane_basis: np.ndarray | None = None
    plane_center: np.ndarray | None = None
    plane_scale: np.ndarray | None = None
    plane_note: str = ""
    # What the CSV reader decided on its own (skipped rows, detected header, one-hot columns...).
    notes: list[str] = field(default_factory=list)
    dropped_rows: int = 0
    target_name: str = ""
    # How a CSV file was read (delimiter, rows skipped, header, text columns...): for the exported script.
    csv_layout: CsvLayout | None = None

    @property
    def n_features(self) -> int:
        return int(self.x_train.shape[1])

    @property
    def has_plane(self) -> bool:
        return self.points_train is not None

    def to_inputs(self, points: np.ndarray) -> np.ndarray:
        """Network inputs for points of the 2-D plane (a decision-boundary grid): the same features and the
        same standardization the training inputs got. Raises DataError when the data has no plane."""
        if self.points_train is None:
            raise DataError(msg("this data has no 2-D plane: it has {n} input columns, and a plane needs "
                                "exactly 2", n=self.n_features))
        pts = np.asarray(points, dtype=np.float64)
        if pts.ndim != 2 or pts.shape[1] != 2:
            raise ValueError(f"points must have shape (m, 2), not {pts.shape}")
        if self.plane_basis is not None:
            raw = self.plane_center + (pts @ self.plane_basis) * self.plane_scale
        else:
            raw = pts if self.plane_features is None else make_features(pts, self.plane_features)
        return self._standardized(raw)

    def _standardized(self, raw: np.ndarray) -> np.ndarray:
        if self.mean is not None and self.std is not None:
            raw = (raw - self.mean) / self.std
        return np.ascontiguousarray(raw, dtype=np.float32)


# --------------------------------------------------------------------------- features

_FEATURE_FUNCS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin(x1)": lambda a, b: np.sin(a),
    "sin(x2)": lambda a, b: np.sin(b),
}
assert tuple(_FEATURE_FUNCS) == FEATURES


def make_features(points: np.ndarray, features: tuple[str, ...] | list[str]) -> np.ndarray:
    """The Playground input features of 2-D points, one column per name, in the given order (float64)."""
    pts = np.asarray(points, dtype=np.float64)
    a, b = pts[:, 0], pts[:, 1]
    if not features:
        raise DataError(msg("choose at least one input feature"))
    return np.stack([_FEATURE_FUNCS[name](a, b) for name in features], axis=1)


# --------------------------------------------------------------------------- generators
# Each returns (points float64 (n, 2), targets: int labels or float values). Points are drawn clean; the
# caller adds the noise.

def _gate(name: str, repeats: int) -> tuple[np.ndarray, np.ndarray]:
    table = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    labels = np.array(GATE_TABLES[name], dtype=np.int64)
    return np.tile(table, (repeats, 1)), np.tile(labels, repeats)


def _circle(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # Class 1 inside radius 2.5, class 0 in the ring 3.5..5 (Playground's circle); uniform in angle and radius.
    n_in = n // 2
    r = np.concatenate([rng.uniform(0.0, 0.5 * TOY_RADIUS, n_in),
                        rng.uniform(0.7 * TOY_RADIUS, TOY_RADIUS, n - n_in)])
    angle = rng.uniform(0.0, 2 * math.pi, n)
    pts = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    labels = np.concatenate([np.ones(n_in, np.int64), np.zeros(n - n_in, np.int64)])
    return pts, labels


def _quadrants(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # Uniform over the square, kept a little away from the axes so the clean classes do not touch;
    # class 1 where the signs differ (x1·x2 < 0), as XOR is 1 where its inputs differ.
    padding = 0.3
    mag = rng.uniform(padding, TOY_RADIUS, (n, 2))
    sign = rng.choice(np.array([-1.0, 1.0]), (n, 2))
    pts = mag * sign
    labels = (pts[:, 0] * pts[:, 1] < 0).astype(np.int64)
    return pts, labels


def _gaussians(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # Class 1 around (2, 2), class 0 around (-2, -2), each with a standard deviation of one unit.
    n1 = n // 2
    centres = np.concatenate([np.tile([2.0, 2.0], (n1, 1)), np.tile([-2.0, -2.0], (n - n1, 1))])
    pts = centres + rng.normal(0.0, 1.0, (n, 2))
    labels = np.concatenate([np.ones(n1, np.int64), np.zeros(n - n1, np.int64)])
    return pts, labels


def _moons(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # scikit-learn's two moons (class 0 the upper arc, class 1 the lower), centred and scaled by 3.
    n0 = n // 2
    t0 = rng.uniform(0.0, math.pi, n0)
    t1 = rng.uniform(0.0, math.pi, n - n0)
    upper = np.stack([np.cos(t0), np.sin(t0)], axis=1)
    lower = np.stack([1.0 - np.cos(t1), 0.5 - np.sin(t1)], axis=1)
    pts = (np.concatenate([upper, lower]) - [0.5, 0.25]) * 3.0
    labels = np.concatenate([np.zeros(n0, np.int64), np.ones(n - n0, np.int64)])
    return pts, labels


def _spiral(n: int, rng: np.random.Generator, arms: int = 2, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # Playground's spiral: along each arm the radius grows from 0 to 5 while the angle turns 1.75 times
    # around; arm k is rotated by 2πk/K and is class k.
    counts = [n // arms + (1 if k < n % arms else 0) for k in range(arms)]
    parts, labels = [], []
    for k, m in enumerate(counts):
        s = rng.uniform(0.0, 1.0, m)
        r = s * TOY_RADIUS
        t = 1.75 * 2 * math.pi * s + 2 * math.pi * k / arms
        parts.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
        labels.append(np.full(m, k, np.int64))
    return np.concatenate(parts), np.concatenate(labels)


def _regression_plane(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # A tilted plane: target = (x1 + x2) / 10, -1..1 over the square ±5 (as in Playground).
    pts = rng.uniform(-TOY_RADIUS, TOY_RADIUS, (n, 2))
    return pts, (pts[:, 0] + pts[:, 1]) / 10.0


_BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0),
          (4.0, -2.5, -1.0))


def _regression_gaussian(n: int, rng: np.random.Generator, **_: Any) -> tuple[np.ndarray, np.ndarray]:
    # Six Gaussian bumps of height ±1 on a 3 × 2 grid with alternating signs (Playground's layout).
    pts = rng.uniform(-TOY_RADIUS, TOY_RADIUS, (n, 2))
    target = np.zeros(n)
    for cx, cy, sign in _BUMPS:
        d2 = (pts[:, 0] - cx) ** 2 + (pts[:, 1] - cy) ** 2
        target += sign * np.exp(-d2 / (2 * 1.2**2))
    return pts, target


_TOY_SETS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    "circle": _circle,
    "quadrants": _quadrants,
    "gaussians": _gaussians,
    "moons": _moons,
    "spiral": _spiral,
    "regression_plane": _regression_plane,
    "regression_gaussian": _regression_gaussian,
}
assert set(_TOY_SETS) | set(GATES) | {"csv"} | set(DRAWN_SETS) == set(DATASETS.names())


# --------------------------------------------------------------------------- making a dataset

def make_dataset(settings: Mapping[str, Any], base_dir: Path | None = None,
                 progress: Callable[[float], None] | None = None) -> Dataset:
    """The data the settings describe (``Project.data``, sparse or resolved). Deterministic for the data
    seed. ``base_dir`` resolves a relative CSV path (the project file's folder); ``progress`` hears the
    share of a CSV file read (0..1, from the calling thread). Raises DataError."""
    try:
        clean = validate_values(DATA_PARAMS, settings, "data")
    except ParamError as exc:
        raise DataError(str(exc)) from None
    s = resolve(DATA_PARAMS, clean)
    name = s["dataset"]
    # Separate streams for the points, the noise and the split, so that changing the noise jiggles the same
    # points and keeps the same split, and changing the train share keeps the same points.
    rng_points, rng_noise, rng_split = (np.random.default_rng(child)
                                        for child in np.random.SeedSequence(s["seed"]).spawn(3))
    if name == "csv":
        return _csv_dataset(s, base_dir, rng_split, progress)

    features = tuple(s["features"])
    task = DATASETS[name].extra["task"]
    n_classes = (s.get("dataset.arms", 2) if name == "spiral" else 2) if task == "classification" else 1
    if name in DRAWN_SETS:
        points, targets = drawn_points(s["dataset.points"], task)
        if not len(points):
            raise DataError(msg("no points drawn yet: turn on Draw (D) on the Decision boundary plot and "
                                "click to add points"))
        train_idx, test_idx = drawn_split(points, targets if task == "classification" else None,
                                          s["train_share"], s["seed"])
        if task == "classification":
            n_classes = drawn_classes(s["dataset.points"])
    elif name in GATES:
        points, targets = _gate(name, s["dataset.repeats"])
        points = points + rng_noise.normal(0.0, s["noise"], points.shape) if s["noise"] > 0 else points
        train_idx = test_idx = np.arange(len(points))
    else:
        n = s["samples"]
        arms = s.get("dataset.arms", 2)
        points, targets = _TOY_SETS[name](n, rng_points, arms=arms)
        if s["noise"] > 0:
            points = points + rng_noise.normal(0.0, s["noise"] * TOY_RADIUS, points.shape)
        train_idx, test_idx = _split(len(points), s["train_share"], rng_split)

    raw = make_features(points, features)
    mean, std = _fit_standardization(raw[train_idx]) if s["standardize"] else (None, None)
    ds = Dataset(
        x_train=np.empty((0, 0), np.float32), y_train=_targets(targets[train_idx], task),
        x_test=np.empty((0, 0), np.float32), y_test=_targets(targets[test_idx], task),
        task=task, n_classes=n_classes, feature_names=list(features),
        points_train=points[train_idx].astype(np.float32), points_test=points[test_idx].astype(np.float32),
        extent=_extent(points, _GATE_PAD) if name in GATES else _drawn_extent(points) if name in DRAWN_SETS
        else _toy_extent(points),
        class_names=[str(k) for k in range(n_classes)] if task == "classification" else None,
        name=name, plane_features=features, mean=mean, std=std)
    ds.x_train = ds._standardized(raw[train_idx])
    ds.x_test = ds._standardized(raw[test_idx])
    return ds


def drawn_points(points: list, task: str) -> tuple[np.ndarray, np.ndarray]:
    """The drawn points (``[[x1, x2, value], ...]`` as the settings hold them) as (points float64 (n, 2),
    targets: int64 classes or float64 values)."""
    table = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    values = table[:, 2]
    return table[:, :2].copy(), values.astype(np.int64) if task == "classification" else values.copy()


def drawn_split(points: np.ndarray, labels: np.ndarray | None, train_share: float, seed: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """The train/test split of drawn points, stable while drawing: each point gets a number in [0, 1)
    from its own coordinates and the data seed (a hash, so the same point always gets the same number),
    and the points with the lowest numbers train. A new point or an erased one moves at most one other
    point between the splits, where a fresh random split would reshuffle them all at every click.
    Classes (``labels``) are split each on its own, as ``stratified_split`` does (a class of two or more
    points has one in each part while the share is below 1). Indices come in drawing order."""
    keys = np.array([_point_key(x, y, seed) for x, y in np.asarray(points, dtype=np.float64).tolist()])
    if labels is None:
        groups = [np.arange(len(keys))]
    else:
        groups = [np.flatnonzero(labels == k) for k in np.unique(labels)]
    train_parts = []
    for members in groups:
        m = len(members)
        n_train = int(round(train_share * m))
        if labels is not None and train_share < 1 and m >= 2:
            n_train = min(max(n_train, 1), m - 1)
        n_train = max(1, min(m, n_train))
        train_parts.append(members[np.argsort(keys[members], kind="stable")[:n_train]])
    train = np.sort(np.concatenate(train_parts))
    test = np.setdiff1d(np.arange(len(keys)), train)
    return train, test


def _point_key(x: float, y: float, seed: int) -> float:
    digest = hashlib.blake2b(struct.pack("<ddq", x, y, seed), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2.0**64


def task_info_for(project: "Project", dataset: Dataset) -> TaskInfo:
    """The TaskInfo that the loaded data implies for ``project`` (its optimizer and loss settings, the data's
    width, task and number of classes)."""
    return project.task_info(n_features=dataset.n_features, n_classes=dataset.n_classes, task=dataset.task,
                             n_train=len(dataset.x_train))


def _split(n: int, train_share: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A random train/test split; at least one training sample, the test split may be empty (share 1)."""
    order = rng.permutation(n)
    n_train = min(n, max(1, int(round(train_share * n))))
    return order[:n_train], order[n_train:]


def _targets(values: np.ndarray, task: str) -> np.ndarray:
    if task == "classification":
        return np.ascontiguousarray(values, dtype=np.int64)
    return np.ascontiguousarray(values, dtype=np.float32)


def _fit_standardization(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    # A constant column (all gates' x1² equal x1, a column of one value) is only shifted, not divided by ~0.
    std = np.where(std > 1e-12 * np.maximum(1.0, np.abs(mean)), std, 1.0)
    return mean, std


def _extent(points: np.ndarray, pad: float | None) -> tuple[float, float, float, float]:
    """The plane to draw: the points' bounding box padded on every side (by ``pad``, or by a tenth of the
    span). A degenerate axis (all points equal) gets one unit either side."""
    lo = points.min(axis=0)
    hi = points.max(axis=0)
    out: list[float] = []
    for a, b in zip(lo, hi):
        span = float(b - a)
        p = pad if pad is not None else _PAD_FRACTION * span
        if span <= 0:
            p = max(1.0, abs(float(a)) * _PAD_FRACTION)
        out += [float(a) - p, float(b) + p]
    return out[0], out[1], out[2], out[3]


def _drawn_extent(points: np.ndarray) -> tuple[float, float, float, float]:
    """Drawn points keep the plane they were drawn on (±6), so a click near its edge does not move it;
    only points beyond it (a hand-edited file) grow it, as noise grows a toy set's."""
    far = float(np.abs(points).max()) if len(points) else 0.0
    half = TOY_PLANE if far <= TOY_PLANE else far * (1 + _PAD_FRACTION)
    return -half, half, -half, half


def _toy_extent(points: np.ndarray) -> tuple[float, float, float, float]:
    """Toy sets are drawn on Playground's square plane, ±6 around the origin, grown (still square and
    centred) when noise carries points further out."""
    half = max(TOY_PLANE, float(np.abs(points).max()) * (1 + _PAD_FRACTION))
    return -half, half, -half, half


# --------------------------------------------------------------------------- CSV

def _csv_dataset(s: Mapping[str, Any], base_dir: Path | None, rng: np.random.Generator,
                 progress: Callable[[float], None] | None = None) -> Dataset:
    path = resolve_csv_path(s["dataset.path"], base_dir)
    table = read_csv_cached(path, progress=progress, target=s["dataset.target"], header=s["dataset.header"],
                            task=s["dataset.task"], skip_rows=s["dataset.skip_rows"],
                            drop_missing=s["dataset.drop_missing"])
    n = len(table.x)
    if table.task == "classification":
        train_idx, test_idx = stratified_split(table.y, s["train_share"], rng)
    else:
        train_idx, test_idx = _split(n, s["train_share"], rng)
    x_train_raw = table.x[train_idx]
    mean, std = _fit_standardization(x_train_raw) if s["standardize"] else (None, None)
    two = table.x.shape[1] == 2
    ds = Dataset(
        x_train=np.empty((0, 0), np.float32), y_train=_targets(table.y[train_idx], table.task),
        x_test=np.empty((0, 0), np.float32), y_test=_targets(table.y[test_idx], table.task),
        task=table.task, n_classes=len(table.class_names) if table.class_names else 1,
        feature_names=list(table.feature_names),
        points_train=x_train_raw.astype(np.float32) if two else None,
        points_test=table.x[test_idx].astype(np.float32) if two else None,
        extent=_extent(table.x, None) if two else None,
        class_names=list(table.class_names) if table.class_names else None, name="csv", plane_features=None,
        mean=mean, std=std, notes=list(table.notes), dropped_rows=table.dropped_rows,
        target_name=table.target_name, csv_layout=table.layout)
    if two:
        ds.plane_axes = (table.feature_names[0], table.feature_names[1])
    ds.x_train = ds._standardized(x_train_raw)
    del x_train_raw
    ds.x_test = ds._standardized(table.x[test_idx])
    if not two and ds.n_features > 2:
        _add_projection(ds, table.x[train_idx], table.x[test_idx])
    return ds


def stratified_split(labels: np.ndarray, train_share: float, rng: np.random.Generator
                     ) -> tuple[np.ndarray, np.ndarray]:
    """A train/test split that keeps every class's share in both parts (each class split on its own, its
    count rounded; a class of two or more samples always has one in each part when the share is below 1).
    The indices of each part come shuffled."""
    labels = np.asarray(labels)
    train_parts, test_parts = [], []
    for k in np.unique(labels):
        members = np.flatnonzero(labels == k)
        members = members[rng.permutation(len(members))]
        m = len(members)
        n_train = int(round(train_share * m))
        if train_share < 1 and m >= 2:
            n_train = min(max(n_train, 1), m - 1)
        n_train = max(1, min(m, n_train))
        train_parts.append(members[:n_train])
        test_parts.append(members[n_train:])
    train = np.concatenate(train_parts) if train_parts else np.zeros(0, np.int64)
    test = np.concatenate(test_parts) if test_parts else np.zeros(0, np.int64)
    return train[rng.permutation(len(train))], test[rng.permutation(len(test))]


def _add_projection(ds: Dataset, raw_train: np.ndarray, raw_test: np.ndarray) -> None:
    """Give data of more than two inputs a 2-D plane: the first two principal components of the inputs
    standardized on the training split. Plane points map back to inputs on the plane through the training
    mean spanned by those two components (``to_inputs``), so the decision boundary drawn there is the
    network's prediction for inputs along that plane."""
    centre = raw_train.mean(axis=0)
    scale = raw_train.std(axis=0)
    scale = np.where(scale > 1e-12 * np.maximum(1.0, np.abs(centre)), scale, 1.0)
    z = (raw_train - centre) / scale
    if len(z) < 2:
        return
    try:
        _, sing, vt = np.linalg.svd(z, full_matrices=False)
    except np.linalg.LinAlgError:
        return
    if len(sing) < 2:
        return
    basis = vt[:2]
    share = sing[:2] ** 2 / max(float((sing ** 2).sum()), 1e-300)
    ds.plane_basis, ds.plane_center, ds.plane_scale = basis, centre, scale
    ds.points_train = (z @ basis.T).astype(np.float32)
    ds.points_test = (((raw_test - centre) / scale) @ basis.T).astype(np.float32)
    every = np.concatenate([ds.points_train, ds.points_test])
    ds.extent = _extent(every, None)
    ds.plane_axes = (msg("PC1 ({share:.0%} of variance)", share=share[0]),
                     msg("PC2 ({share:.0%} of variance)", share=share[1]))
    ds.plane_note = msg("The {n} inputs are shown projected on their first two principal components "
                        "(standardized on the training split): {share:.0%} of their variance. The "
                        "background is the network's prediction on that plane.", n=ds.n_features,
                        share=share[0] + share[1])


# Re-exported: the reader lives in csvfile.
__all__ = ["DataError", "CsvTable", "DRAWN_SETS", "drawn_classes", "drawn_points",
           "read_csv", "parse_csv", "Dataset", "make_dataset", "make_features",
           "stratified_split", "task_info_for"]
