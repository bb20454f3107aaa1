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

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

import numpy as np

from .check import TaskInfo
from .settings import DATA_PARAMS, DATASETS, FEATURES, GATE_TABLES, GATES
from .params import ParamError, resolve, validate_values

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
# More distinct target values than this in a classification CSV is almost surely a regression target.
MAX_CSV_CLASSES = 256


class DataError(ValueError):
    """Data that cannot be made or read; the message says what is wrong and what to do. For a CSV file it
    names the line and column: "line 7, column 3 ('age'): ..."."""


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
            raise DataError("this data has no 2-D plane: it has "
                            f"{self.n_features} input columns, and a plane needs exactly 2")
        pts = np.asarray(points, dtype=np.float64)
        if pts.ndim != 2 or pts.shape[1] != 2:
            raise ValueError(f"points must have shape (m, 2), not {pts.shape}")
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
        raise DataError("choose at least one input feature")
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
assert set(_TOY_SETS) | set(GATES) | {"csv"} == set(DATASETS.names())


# --------------------------------------------------------------------------- making a dataset

def make_dataset(settings: Mapping[str, Any], base_dir: Path | None = None) -> Dataset:
    """The data the settings describe (``Project.data``, sparse or resolved). Deterministic for the data
    seed. ``base_dir`` resolves a relative CSV path (the project file's folder). Raises DataError."""
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
        return _csv_dataset(s, base_dir, rng_split)

    features = tuple(s["features"])
    task = DATASETS[name].extra["task"]
    if name in GATES:
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

    n_classes = (s.get("dataset.arms", 2) if name == "spiral" else 2) if task == "classification" else 1
    raw = make_features(points, features)
    mean, std = _fit_standardization(raw[train_idx]) if s["standardize"] else (None, None)
    ds = Dataset(
        x_train=np.empty((0, 0), np.float32), y_train=_targets(targets[train_idx], task),
        x_test=np.empty((0, 0), np.float32), y_test=_targets(targets[test_idx], task),
        task=task, n_classes=n_classes, feature_names=list(features),
        points_train=points[train_idx].astype(np.float32), points_test=points[test_idx].astype(np.float32),
        extent=_extent(points, _GATE_PAD) if name in GATES else _toy_extent(points),
        class_names=[str(k) for k in range(n_classes)] if task == "classification" else None,
        name=name, plane_features=features, mean=mean, std=std)
    ds.x_train = ds._standardized(raw[train_idx])
    ds.x_test = ds._standardized(raw[test_idx])
    return ds


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


def _toy_extent(points: np.ndarray) -> tuple[float, float, float, float]:
    """Toy sets are drawn on Playground's square plane, ±6 around the origin, grown (still square and
    centred) when noise carries points further out."""
    half = max(TOY_PLANE, float(np.abs(points).max()) * (1 + _PAD_FRACTION))
    return -half, half, -half, half


# --------------------------------------------------------------------------- CSV

def _csv_dataset(s: Mapping[str, Any], base_dir: Path | None, rng: np.random.Generator) -> Dataset:
    path_text = s["dataset.path"].strip()
    if not path_text:
        raise DataError("no CSV file chosen: choose a file in the Data panel")
    path = Path(path_text).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    table = read_csv(path, target=s["dataset.target"], header=s["dataset.header"], task=s["dataset.task"])
    n = len(table.x)
    train_idx, test_idx = _split(n, s["train_share"], rng)
    mean, std = _fit_standardization(table.x[train_idx]) if s["standardize"] else (None, None)
    two = table.x.shape[1] == 2
    ds = Dataset(
        x_train=np.empty((0, 0), np.float32), y_train=_targets(table.y[train_idx], table.task),
        x_test=np.empty((0, 0), np.float32), y_test=_targets(table.y[test_idx], table.task),
        task=table.task, n_classes=len(table.class_names) if table.class_names else 1,
        feature_names=table.feature_names,
        points_train=table.x[train_idx].astype(np.float32) if two else None,
        points_test=table.x[test_idx].astype(np.float32) if two else None,
        extent=_extent(table.x, None) if two else None,
        class_names=table.class_names, name="csv", plane_features=None, mean=mean, std=std)
    ds.x_train = ds._standardized(table.x[train_idx])
    ds.x_test = ds._standardized(table.x[test_idx])
    return ds


@dataclass
class CsvTable:
    """A CSV file read into numbers: features (n, d) float64, targets (class indices or values)."""

    x: np.ndarray
    y: np.ndarray
    feature_names: list[str]
    target_name: str
    task: str
    class_names: list[str] | None


def read_csv(path: Path | str, *, target: str = "", header: bool = True,
             task: str = "classification") -> CsvTable:
    """Read a CSV file of numeric feature columns and one target column. ``target`` is a header name, a
    1-based column number, or empty for the last column. Raises DataError naming the line and column of
    the first problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file. Check the path in the Data panel.") from None
    except IsADirectoryError:
        raise DataError(f"{path} is a folder, not a CSV file") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text (byte {exc.start} cannot be decoded). Save the file as "
                        f"UTF-8 CSV.") from None
    return parse_csv(text, target=target, header=header, task=task, source=str(path))


def parse_csv(text: str, *, target: str = "", header: bool = True, task: str = "classification",
              source: str = "CSV") -> CsvTable:
    """``read_csv`` on text already in memory (``source`` names it in messages)."""
    if task not in ("classification", "regression"):
        raise DataError(f"unknown task {task!r}: choose classification or regression")
    dialect = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []  # (line number where the row starts, cells)
    try:
        line = 1
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((line, [c.strip() for c in cells]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise DataError(f"{source}, line {reader.line_num}: not valid CSV ({exc})") from None
    if not rows:
        raise DataError(f"{source} is empty: it needs rows of numbers, one sample per row")

    width = len(rows[0][1])
    if header:
        names = rows[0][1]
        body = rows[1:]
        if not body:
            raise DataError(f"{source} has only a header row and no data. Add rows of numbers, or untick "
                            f"'Header row' if the first row is data.")
        seen: set[str] = set()
        for i, name in enumerate(names):
            if not name:
                names[i] = name = f"column {i + 1}"
            if name in seen:
                raise DataError(f"{source}, line {rows[0][0]}, column {i + 1}: the header names {name!r} twice")
            seen.add(name)
    else:
        names = [f"column {i + 1}" for i in range(width)]
        body = rows
    if width < 2:
        raise DataError(f"{source} has {width} column; it needs at least one feature column and a target "
                        f"column, separated by commas")

    t = _target_index(target, names, header, source)

    def where(line_no: int, col: int) -> str:
        label = f" ({names[col]!r})" if header else ""
        return f"{source}, line {line_no}, column {col + 1}{label}"

    n = len(body)
    x = np.empty((n, width - 1), dtype=np.float64)
    target_cells: list[str] = []
    feature_cols = [c for c in range(width) if c != t]
    for r, (line_no, cells) in enumerate(body):
        if len(cells) != width:
            raise DataError(f"{source}, line {line_no}: {len(cells)} values where the "
                            f"{'header' if header else 'first row'} has {width}. Every row needs the same "
                            f"number of columns.")
        for j, c in enumerate(feature_cols):
            x[r, j] = _number(cells[c], where(line_no, c), "feature")
        cell = cells[t]
        if not cell:
            raise DataError(f"{where(line_no, t)}: missing target value. Fill it in or delete the row.")
        if task == "regression":
            _number(cell, where(line_no, t), "target")
        target_cells.append(cell)

    feature_names = [names[c] for c in feature_cols]
    if task == "regression":
        y = np.array([float(c) for c in target_cells], dtype=np.float64)
        return CsvTable(x, y, feature_names, names[t], task, None)

    classes = _sorted_classes(set(target_cells))
    if len(classes) < 2:
        raise DataError(f"{source}: the target column {names[t]!r} holds a single class ({classes[0]!r}); "
                        f"classification needs at least two. Choose another target column, or the "
                        f"regression task.")
    if len(classes) > MAX_CSV_CLASSES:
        raise DataError(f"{source}: the target column {names[t]!r} has {len(classes)} different values, more "
                        f"than {MAX_CSV_CLASSES} classes. If it holds numbers to predict, choose the "
                        f"regression task.")
    index = {c: k for k, c in enumerate(classes)}
    y = np.array([index[c] for c in target_cells], dtype=np.int64)
    return CsvTable(x, y, feature_names, names[t], task, classes)


def _sniff(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Commas by default; semicolons or tabs when the file plainly uses those."""
    sample = text[:8192]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _target_index(target: str, names: list[str], header: bool, source: str) -> int:
    target = target.strip()
    if not target:
        return len(names) - 1
    if header and target in names:
        return names.index(target)
    if target.isdigit():
        k = int(target)
        if 1 <= k <= len(names):
            return k - 1
        raise DataError(f"{source}: there is no column {k}; the file has {len(names)} columns (1 to "
                        f"{len(names)})")
    known = ", ".join(repr(n) for n in names) if header else "none (the file has no header row)"
    raise DataError(f"{source}: no column is called {target!r}. Column names: {known}. Give a name, a column "
                    f"number from 1, or leave it empty for the last column.")


_MISSING = {"na", "n/a", "nan", "null", "none", "?", "-"}


def _number(cell: str, where: str, what: str) -> float:
    if not cell or cell.lower() in _MISSING:
        raise DataError(f"{where}: missing value. Every {what} cell needs a number; fill it in or delete "
                        f"the row.")
    try:
        value = float(cell)
    except ValueError:
        raise DataError(f"{where}: {cell!r} is not a number. Feature and target columns must be numeric "
                        f"(use a dot for decimals).") from None
    if not math.isfinite(value):
        raise DataError(f"{where}: {cell!r} is not a finite number (missing or infinite values cannot be "
                        f"trained on). Fill in a number or delete the row.")
    return value


def _sorted_classes(values: set[str]) -> list[str]:
    """Class names in a natural order: numerically when all are numbers (so '2' comes before '10')."""
    try:
        return sorted(values, key=lambda v: (float(v), v))
    except ValueError:
        return sorted(values)
