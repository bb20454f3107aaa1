"""The data part of an exported script: the same numpy formulas as ``guinet.core.data``, so the script
draws the very points, noise and split guinet trains on (the same data seed gives the same arrays).

Only the chosen dataset's generator is written out. Keep these texts in step with ``data.py``: the
reproduction tests (tests/core/test_export_script.py) fail when they drift apart.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from ..settings import DATASETS, GATE_TABLES, GATES

# The points drawn in guinet's window: the script embeds them (they live only in the project file).
DRAWN = tuple(d.name for d in DATASETS if d.extra.get("group") == "drawn")

_GENERATORS: dict[str, str] = {
    "circle": '''
def make_points(n, rng):
    """Circle: class 1 within radius 2.5, class 0 in the ring from radius 3.5 to 5."""
    n_in = n // 2
    r = np.concatenate([rng.uniform(0.0, 0.5 * RADIUS, n_in),
                        rng.uniform(0.7 * RADIUS, RADIUS, n - n_in)])
    angle = rng.uniform(0.0, 2 * math.pi, n)
    points = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    labels = np.concatenate([np.ones(n_in, np.int64), np.zeros(n - n_in, np.int64)])
    return points, labels
''',
    "quadrants": '''
def make_points(n, rng):
    """XOR quadrants: class 1 where x1 and x2 have different signs; points kept 0.3 away from the axes."""
    magnitude = rng.uniform(0.3, RADIUS, (n, 2))
    sign = rng.choice(np.array([-1.0, 1.0]), (n, 2))
    points = magnitude * sign
    labels = (points[:, 0] * points[:, 1] < 0).astype(np.int64)
    return points, labels
''',
    "gaussians": '''
def make_points(n, rng):
    """Two Gaussians: class 1 around (2, 2), class 0 around (-2, -2), standard deviation 1."""
    n1 = n // 2
    centres = np.concatenate([np.tile([2.0, 2.0], (n1, 1)), np.tile([-2.0, -2.0], (n - n1, 1))])
    points = centres + rng.normal(0.0, 1.0, (n, 2))
    labels = np.concatenate([np.ones(n1, np.int64), np.zeros(n - n1, np.int64)])
    return points, labels
''',
    "moons": '''
def make_points(n, rng):
    """Two moons: class 0 the upper arc, class 1 the lower one, centred and scaled by 3."""
    n0 = n // 2
    t0 = rng.uniform(0.0, math.pi, n0)
    t1 = rng.uniform(0.0, math.pi, n - n0)
    upper = np.stack([np.cos(t0), np.sin(t0)], axis=1)
    lower = np.stack([1.0 - np.cos(t1), 0.5 - np.sin(t1)], axis=1)
    points = (np.concatenate([upper, lower]) - [0.5, 0.25]) * 3.0
    labels = np.concatenate([np.zeros(n0, np.int64), np.ones(n - n0, np.int64)])
    return points, labels
''',
    "spiral": '''
def make_points(n, rng):
    """Spiral: along each arm the radius grows from 0 to 5 while the angle turns 1.75 times around;
    arm k is turned by 2*pi*k/ARMS and is class k."""
    counts = [n // ARMS + (1 if k < n % ARMS else 0) for k in range(ARMS)]
    parts, labels = [], []
    for k, m in enumerate(counts):
        s = rng.uniform(0.0, 1.0, m)
        r = s * RADIUS
        t = 1.75 * 2 * math.pi * s + 2 * math.pi * k / ARMS
        parts.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
        labels.append(np.full(m, k, np.int64))
    return np.concatenate(parts), np.concatenate(labels)
''',
    "regression_plane": '''
def make_points(n, rng):
    """A tilted plane: the target is (x1 + x2) / 10 over the square +-5."""
    points = rng.uniform(-RADIUS, RADIUS, (n, 2))
    return points, (points[:, 0] + points[:, 1]) / 10.0
''',
    "regression_gaussian": '''
BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0),
         (4.0, -2.5, -1.0))


def make_points(n, rng):
    """Six Gaussian bumps of height +-1 on a 3 x 2 grid with alternating signs."""
    points = rng.uniform(-RADIUS, RADIUS, (n, 2))
    target = np.zeros(n)
    for cx, cy, sign in BUMPS:
        d2 = (points[:, 0] - cx) ** 2 + (points[:, 1] - cy) ** 2
        target += sign * np.exp(-d2 / (2 * 1.2**2))
    return points, target
''',
}

_FEATURE_CODE = {
    "x1": "x1",
    "x2": "x2",
    "x1^2": "x1 * x1",
    "x2^2": "x2 * x2",
    "x1*x2": "x1 * x2",
    "sin(x1)": "np.sin(x1)",
    "sin(x2)": "np.sin(x2)",
}

_STANDARDIZE = '''
def standardize(x_train, x_test):
    """Mean 0 and variance 1 per column, with statistics of the training split only. A constant
    column is only shifted."""
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0)
    std = np.where(std > 1e-12 * np.maximum(1.0, np.abs(mean)), std, 1.0)
    return (x_train - mean) / std, (x_test - mean) / std
'''

_SPLIT = '''
def split(n, rng):
    """A random train/test split: TRAIN_SHARE of the samples (at least one) train, the rest test."""
    order = rng.permutation(n)
    n_train = min(n, max(1, int(round(TRAIN_SHARE * n))))
    return order[:n_train], order[n_train:]
'''

_STRATIFIED_SPLIT = '''
def stratified_split(labels, rng):
    """Each class split on its own in the share TRAIN_SHARE (a class of two or more samples keeps
    one in each part), then both parts shuffled: what guinet does for a CSV file's classes."""
    train_parts, test_parts = [], []
    for k in np.unique(labels):
        members = np.flatnonzero(labels == k)
        members = members[rng.permutation(len(members))]
        m = len(members)
        n_train = int(round(TRAIN_SHARE * m))
        if TRAIN_SHARE < 1 and m >= 2:
            n_train = min(max(n_train, 1), m - 1)
        n_train = max(1, min(m, n_train))
        train_parts.append(members[:n_train])
        test_parts.append(members[n_train:])
    train, test = np.concatenate(train_parts), np.concatenate(test_parts)
    return train[rng.permutation(len(train))], test[rng.permutation(len(test))]
'''

_DRAWN_SPLIT = '''
def point_key(x, y):
    """A number in [0, 1) from a point's coordinates and the data seed: the same point always gets
    the same number, so adding or erasing a point leaves the others in their splits."""
    digest = hashlib.blake2b(struct.pack("<ddq", x, y, DATA_SEED), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2.0**64


def drawn_split(points, labels):
    """The points with the lowest keys train (TRAIN_SHARE of them, at least one), each class on its
    own when there are classes (a class of two or more points keeps one in each part)."""
    keys = np.array([point_key(x, y) for x, y in points.tolist()])
    if labels is None:
        groups = [np.arange(len(keys))]
    else:
        groups = [np.flatnonzero(labels == k) for k in np.unique(labels)]
    train_parts = []
    for members in groups:
        m = len(members)
        n_train = int(round(TRAIN_SHARE * m))
        if labels is not None and TRAIN_SHARE < 1 and m >= 2:
            n_train = min(max(n_train, 1), m - 1)
        n_train = max(1, min(m, n_train))
        train_parts.append(members[np.argsort(keys[members], kind="stable")[:n_train]])
    train = np.sort(np.concatenate(train_parts))
    return train, np.setdiff1d(np.arange(len(keys)), train)
'''

# Cells that guinet reads as a missing value (compared in lower case).
_MISSING = '{"", "na", "n/a", "nan", "null", "none", "?", ".", "-"}'


def csv_constants(s: dict[str, Any], csv_path: str, dataset) -> list[str]:
    """How guinet read the CSV file, every detected choice settled (the delimiter, a skipped first line,
    the header, which columns hold text, the task), so the script reads it the same way without detecting
    anything."""
    layout = dataset.csv_layout
    path = f"CSV_FILE = {json.dumps(csv_path)}"
    comment = "# --data FILE reads another file with the same columns"
    lines = [f"{path}  {comment}"] if len(path) + len(comment) <= 98 else [comment, path]
    lines.append(f"DELIMITER = {json.dumps(layout.delimiter)}")
    if layout.skip_rows:
        why = ("as set in 'Skip rows'" if s["dataset.skip_rows"] else
               "a first line that holds neither data nor names")
        lines.append(f"SKIP_ROWS = {layout.skip_rows}  # rows before the data: {why}")
    kind = "class names" if layout.target in layout.text_columns else (
        "whole numbers naming classes" if layout.task == "classification" else "a number")
    lines.append(f"TARGET = {json.dumps(layout.target)}  # the column to predict: {kind}")
    features = [c for c in layout.text_columns if c != layout.target]
    if features:
        lines += _wrap_list("TEXT_COLUMNS = ", features, "  # text: one input per value, 1 where a row holds it")
    if dataset.class_names:
        lines += ["# " + line for line in textwrap.wrap(
            f"The classes in the order of the network's outputs: {', '.join(dataset.class_names)}.", 96,
            break_on_hyphens=False)]
    return lines


def _wrap_list(prefix: str, items: list[str], comment: str) -> list[str]:
    """``prefix`` + a JSON list, the comment on its own line above when it would not fit."""
    text = prefix + json.dumps(items)
    if len(text + comment) <= 100:
        return [text + comment]
    lines = ["#" + comment.lstrip()[1:]]
    line = prefix + "["
    for i, item in enumerate(items):
        piece = json.dumps(item) + ("," if i + 1 < len(items) else "]")
        if len(line) + len(piece) + 1 > 100:
            lines.append(line.rstrip())
            line = " " * (len(prefix) + 1)
        line += piece + " "
    return lines + [line.rstrip()]


def csv_reader_source(dataset) -> str:
    """The script's read_csv, with only the code paths this file's layout and options need."""
    layout = dataset.csv_layout
    text_target = layout.target in layout.text_columns
    one_hot = any(c != layout.target for c in layout.text_columns)
    skip = "[SKIP_ROWS:]" if layout.skip_rows else ""
    if layout.header:
        names = """    # The header row names the columns (an unnamed one is "column N").
    names = [name or f"column {i + 1}" for i, name in enumerate(rows.pop(0)[1])]"""
    else:
        names = """    names = [f"column {i + 1}" for i in range(len(rows[0][1]))]  # no header row"""
    out = [f'''MISSING = {_MISSING}  # missing values, in any case


def read_csv(path):
    """The inputs and the targets of a CSV file, read as guinet reads it: cells split at DELIMITER
    and stripped, quoted cells, a BOM and Windows line ends allowed, blank lines ignored."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=DELIMITER, strict=True)
        rows = [(reader.line_num, [c.strip() for c in row]) for row in reader]
    rows = [(line, row) for line, row in rows if any(row)]{skip}
{names}
    for line, row in rows:
        if len(row) != len(names):
            raise ValueError(f"{{path}}, line {{line}}: {{len(row)}} values, not {{len(names)}}")
    cells = np.array([row for _, row in rows], dtype=str)
    missing = np.isin(np.char.lower(cells), list(MISSING))''']
    if layout.text_columns:
        columns = ("TEXT_COLUMNS + [TARGET]" if one_hot and text_target else
                   "TEXT_COLUMNS" if one_hot else "[TARGET]")
        counted = ("\n    # (rows dropped below for a missing value count too, as in guinet)" if layout.drop_missing
                   else "")
        out.append(f'''    # The values of each text column, in the order they first appear.{counted}
    values = {{name: list(dict.fromkeys(cells[~missing[:, i], i])) for i, name in enumerate(names)
              if name in {columns}}}''')
    if layout.drop_missing:
        out.append('''    cells = cells[~missing.any(axis=1)]  # rows with a missing value are dropped''')
    else:
        out.append('''    if missing.any():
        r, c = np.argwhere(missing)[0]
        line, row = rows[r]
        raise ValueError(f"{path}, line {line}: a missing value ({row[c]!r}) in the column "
                         f"{names[c]!r}. Fill it in or delete the row.")''')
    out.append("    t = names.index(TARGET)")
    if one_hot:
        out.append('''    columns = []
    for i, name in enumerate(names):
        if name in TEXT_COLUMNS:  # one-hot: an input "name=value" per value, 1 where a row has it
            columns += [cells[:, i] == value for value in values[name]]
        elif i != t:
            columns.append(cells[:, i].astype(np.float64))
    x = np.stack(columns, axis=1).astype(np.float64)''')
    else:
        out.append("    x = np.stack([cells[:, i].astype(np.float64) for i in range(len(names)) if i != t], "
                   "axis=1)")
    if text_target:
        out.append('''    # The classes are the target's names, numbered in sorted order.
    index = {name: k for k, name in enumerate(sorted(values[TARGET]))}
    return x, np.array([index[name] for name in cells[:, t]], dtype=np.int64)''')
    elif layout.task == "classification":
        out.append('''    # The classes are the target's numbers, numbered in numeric order.
    labels = np.unique(cells[:, t].astype(np.float64), return_inverse=True)[1]
    return x, labels.reshape(-1).astype(np.int64)''')
    else:
        out.append("    return x, cells[:, t].astype(np.float64)")
    return "\n".join(out)


def data_constants(s: dict[str, Any], csv_path: str | None, dataset) -> list[str]:
    """The data settings as constants at the top of the script."""
    name = s["dataset"]
    lines = ["# The data, as set in guinet's Data panel.", f"DATA_SEED = {s['seed']}"]
    if name == "csv":
        lines += csv_constants(s, csv_path, dataset)
    elif name in DRAWN:
        classification = DATASETS[name].extra["task"] == "classification"
        rows = ",\n".join(f"    ({x!r}, {y!r}, {v!r})" for x, y, v in s["dataset.points"])
        lines += [f"# The {len(s['dataset.points'])} points drawn in guinet: (x1, x2, "
                  f"{'class' if classification else 'target'}).",
                  f"POINTS = [\n{rows},\n]" if rows else "POINTS = []",
                  f"CLASSES = {classification!r}  # split each class on its own"]
    elif name in GATES:
        lines += [f"TRUTH_TABLE = {list(GATE_TABLES[name])!r}  # {name.upper()} of (0,0), (0,1), (1,0), (1,1)",
                  f"REPEATS = {s['dataset.repeats']}",
                  f"NOISE = {s['noise']!r}"]
    else:
        lines += [f"SAMPLES = {s['samples']}", f"NOISE = {s['noise']!r}  # relative to the radius"]
        if name == "spiral":
            lines.append(f"ARMS = {s.get('dataset.arms', 2)}")
        lines.append("RADIUS = 5.0  # the points lie within about this distance of the origin")
    if name not in GATES:
        lines.append(f"TRAIN_SHARE = {s['train_share']!r}")
    lines.append(f"STANDARDIZE = {s['standardize']!r}")
    return lines


def data_functions(s: dict[str, Any], dataset) -> tuple[list[str], str]:
    """(the imports the data part needs beyond numpy, the source of its functions ending in load_data)."""
    name = s["dataset"]
    parts: list[str] = []
    imports: list[str] = []
    if name == "csv":
        imports = ["csv"]
        parts.append(csv_reader_source(dataset))
    elif name in DRAWN:
        imports = ["hashlib", "struct"]
        kind = "np.int64" if DATASETS[name].extra["task"] == "classification" else "np.float64"
        parts.append(f'''
def make_points():
    """The drawn points and their {'classes' if kind == "np.int64" else 'targets'}."""
    table = np.array(POINTS, dtype=np.float64).reshape(-1, 3)
    return table[:, :2], table[:, 2].astype({kind})
''')
        parts.append(_DRAWN_SPLIT)
    elif name in GATES:
        parts.append('''
def make_points(n, rng):
    """The truth table's four rows, REPEATS times."""
    table = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    return np.tile(table, (REPEATS, 1)), np.tile(np.array(TRUTH_TABLE, dtype=np.int64), REPEATS)
''')
    else:
        imports = ["math"]
        parts.append(_GENERATORS[name])
    if name != "csv":
        columns = ", ".join(_FEATURE_CODE[f] for f in s["features"])
        uses_x2 = any("x2" in _FEATURE_CODE[f] for f in s["features"])
        uses_x1 = any("x1" in _FEATURE_CODE[f] for f in s["features"])
        unpack = ("x1, x2 = points[:, 0], points[:, 1]" if uses_x1 and uses_x2 else
                  "x1 = points[:, 0]" if uses_x1 else "x2 = points[:, 1]")
        parts.append(f'''
def make_features(points):
    """The input features made from the two coordinates: {", ".join(s["features"])}."""
    {unpack}
    return np.stack([{columns}], axis=1)
''')
    if name == "csv" and dataset.task == "classification":
        parts.append(_STRATIFIED_SPLIT)
    elif name not in GATES and name not in DRAWN:
        parts.append(_SPLIT)
    parts.append(_STANDARDIZE)

    body = ['''
def load_data(csv_file=None):
    """(x_train, y_train, x_test, y_test) as numpy arrays: inputs float32, targets class indices
    or values."""
    # One random stream each for the points, the noise and the split, spawned from the data seed.
    streams = np.random.SeedSequence(DATA_SEED).spawn(3)
    rng_points, rng_noise, rng_split = (np.random.default_rng(s) for s in streams)''']
    if name == "csv":
        body.append("    x, targets = read_csv(csv_file or CSV_FILE)")
        body.append("    train, test = split(len(x), rng_split)" if dataset.task == "regression" else
                    "    train, test = stratified_split(targets, rng_split)")
    elif name in DRAWN:
        body.append("    points, targets = make_points()")
        body.append("    train, test = drawn_split(points, targets if CLASSES else None)")
        body.append("    x = make_features(points)")
    elif name in GATES:
        body.append("    points, targets = make_points(4 * REPEATS, rng_points)")
        body.append("    if NOISE > 0:")
        body.append("        points = points + rng_noise.normal(0.0, NOISE, points.shape)")
        body.append("    # A gate trains and tests on its whole truth table.")
        body.append("    train = test = np.arange(len(points))")
        body.append("    x = make_features(points)")
    else:
        body.append("    points, targets = make_points(SAMPLES, rng_points)")
        body.append("    if NOISE > 0:")
        body.append("        points = points + rng_noise.normal(0.0, NOISE * RADIUS, points.shape)")
        body.append("    train, test = split(len(points), rng_split)")
        body.append("    x = make_features(points)")
    body.append("    x_train, x_test = x[train], x[test]")
    body.append("    if STANDARDIZE:")
    body.append("        x_train, x_test = standardize(x_train, x_test)")
    task = "regression" if name in ("regression_plane", "regression_gaussian") or (
        name in ("csv", *DRAWN) and dataset.task == "regression") else "classification"
    kind = "np.float32" if task == "regression" else "np.int64"
    body.append("    y_train, y_test = targets[train], targets[test]")
    body.append("    return (np.ascontiguousarray(x_train, np.float32), np.ascontiguousarray(y_train, "
                f"{kind}),")
    body.append("            np.ascontiguousarray(x_test, np.float32), np.ascontiguousarray(y_test, "
                f"{kind}))")
    return imports, "\n\n\n".join([part.strip("\n") for part in parts] + ["\n".join(body).strip("\n")])
