"""The exported script reads a CSV file as guinet's reader does (guinet/core/csvfile.py): a preamble row,
skip rows, header or none, the delimiter, quoted cells, a BOM and CRLF, missing values (refused or
dropped), class names, one-hot text features, the task, the stratified split and standardization.

Every file below is exported and run in one isolated interpreter (see test_export_script.run_scripts) and
compared with ``guinet train`` of the same saved project: the final losses agree to 1e-6 relative.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from guinet.core.data import make_dataset
from guinet.core.export import write_script
from guinet.core.project import save_project
from guinet.core.tabular import csv_project

from test_export_script import KEYS, assert_same_run, guinet_train, run_scripts

EPOCHS = 4


def _rows(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-3, 3, (n, 3)).round(3)


def iris_like_preamble(n: int = 45) -> str:
    """scikit-learn's bundled-file layout: a first line of counts and class names, no header."""
    x = _rows(n, 1)
    lines = [f"{n},3,setosa,versicolor,virginica"]
    for r in x:
        lines.append(f"{r[0]},{r[1]},{r[2]},{int(r[0] + r[1] > 0) + int(r[2] > 1)}")
    return "\n".join(lines) + "\n"


def text_labels_and_features(n: int = 60) -> str:
    """';' between cells, quoted cells holding the delimiter, a BOM, CRLF line ends, a blank line, a text
    feature (one-hot) and text class labels."""
    x = _rows(n, 2)
    colours = ["red", "green", "blue, dark"]
    lines = ["\ufeffwidth;colour;height;kind"]
    for i, r in enumerate(x):
        colour = colours[i % 3]
        kind = "tall" if r[2] > r[0] else ("wide" if i % 2 else "square")
        lines.append(f'{r[0]};"{colour}";{r[2]};{kind}')
        if i == 10:
            lines.append("")
    return "\r\n".join(lines) + "\r\n"


def missing_values(n: int = 50) -> str:
    """Missing cells of several spellings, some in rows whose text value appears nowhere else (the
    one-hot column and the class guinet still counts)."""
    x = _rows(n, 3)
    tokens = ["", "NA", "?", "n/a", "-", "null"]
    lines = ["x1,x2,shape,label"]
    for i, r in enumerate(x):
        cells = [str(r[0]), str(r[1]), "round" if r[2] > 0 else "square", "yes" if r[0] > r[1] else "no"]
        if i % 7 == 3:
            cells[i % 4] = tokens[i % len(tokens)]
        lines.append(",".join(cells))
    lines.append("0.5,,triangle,maybe")  # the only triangle and maybe: dropped, but counted
    return "\n".join(lines) + "\n"


def regression_no_header(n: int = 40) -> str:
    """No header row, tab-separated, a target of numbers with fractions (so regression)."""
    x = _rows(n, 4)
    return "".join(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[0] * 0.5 - r[1] + 0.25 * r[2]:.4f}\n" for r in x)


def skipped_rows(n: int = 40) -> str:
    """Two lines of notes before the header (Skip rows 2), whole-number classes 1, 2 and 5."""
    x = _rows(n, 5)
    lines = ["# measured in 2026", "# by hand", "p,q,r,grade"]
    for r in x:
        lines.append(f"{r[0]},{r[1]},{r[2]},{[1, 2, 5][int(r[0] > 0) + int(r[1] > 1)]}")
    return "\n".join(lines) + "\n"


CASES = {
    # name: (file text, data options, what the reader must have found)
    "preamble": (iris_like_preamble(), {}, dict(skip_rows=1, header=False, classes=3)),
    "text": (text_labels_and_features(), {"target": "kind"},
             dict(delimiter=";", header=True, text=("colour", "kind"), classes=3)),
    "missing": (missing_values(), {"drop_missing": True}, dict(text=("shape", "label"), classes=3)),
    "regress": (regression_no_header(), {}, dict(delimiter="\t", header=False, task="regression")),
    "skip": (skipped_rows(), {"skip_rows": 2, "target": "grade"}, dict(skip_rows=2, classes=3)),
    "regset": (skipped_rows(), {"skip_rows": 2, "task": "regression"}, dict(skip_rows=2, task="regression")),
}


def _export(tmp_path, name, text, options):
    csv = tmp_path / f"{name}.csv"
    csv.write_bytes(text.encode("utf-8"))
    project, dataset = csv_project(csv.name, epochs=EPOCHS, seed=2, base_dir=tmp_path, **options)
    project.training["batch_size"] = 8  # several steps an epoch: the batch order matters too
    saved = tmp_path / f"{name}.guinet"
    save_project(project, saved)
    script = tmp_path / f"{name}.py"
    script.write_text(write_script(project, dataset, base_dir=tmp_path, file_name=script.name))
    return saved, script, dataset


def test_exported_csv_reader_reproduces_guinet_train(tmp_path, capsys):
    jobs, expected = [], {}
    for name, (text, options, found) in CASES.items():
        saved, script, dataset = _export(tmp_path, name, text, options)
        layout = dataset.csv_layout
        assert layout.skip_rows == found.get("skip_rows", 0), name
        assert layout.delimiter == found.get("delimiter", ","), name
        assert layout.header == found.get("header", True), name
        assert layout.text_columns == found.get("text", ()), name
        assert dataset.task == found.get("task", "classification"), name
        if "classes" in found:
            assert dataset.n_classes == found["classes"], name
        source = script.read_text()
        assert [line for line in source.splitlines() if len(line) > 100] == [], name
        assert "\n\n\n\n" not in source, name
        jobs.append([str(script), "--device", "cpu"])
        expected[str(script)] = guinet_train(capsys, [str(saved)])
    results = run_scripts(tmp_path, jobs)
    assert set(results) == set(expected)
    for script, guinet in expected.items():
        assert set(KEYS) == set(results[script]), script
        assert_same_run(results[script], guinet)
        assert guinet["steps"] >= 3 * EPOCHS


def test_the_script_holds_only_the_code_its_file_needs(tmp_path):
    plain_csv = "".join(skipped_rows().splitlines(keepends=True)[2:])  # the header and numbers only
    _, script, _ = _export(tmp_path, "plain", plain_csv, {"target": "grade"})
    plain = script.read_text()
    for absent in ("SKIP_ROWS", "TEXT_COLUMNS", "values = {", "dropped", "def split("):
        assert absent not in plain, absent
    assert "a missing value" in plain and "np.unique(cells" in plain and "def stratified_split(" in plain
    _, script, _ = _export(tmp_path, "text", text_labels_and_features(), {"target": "kind"})
    text = script.read_text()
    assert 'DELIMITER = ";"' in text and 'TEXT_COLUMNS = ["colour"]' in text
    assert "sorted(values[TARGET])" in text and "np.unique(cells" not in text
    assert "# The classes in the order of the network's outputs: square, tall, wide." in text
    _, script, _ = _export(tmp_path, "regression", regression_no_header(), {})
    regression = script.read_text()
    assert "def split(" in regression and "stratified_split" not in regression
    assert '"column 4"' in regression and "no header row" in regression


def test_preamble_class_names_and_a_missing_value_message(tmp_path):
    _, script, dataset = _export(tmp_path, "iris", iris_like_preamble(), {})
    assert dataset.class_names == ["setosa", "versicolor", "virginica"]
    source = script.read_text()
    assert "SKIP_ROWS = 1  # rows before the data: a first line that holds neither data nor names" in source
    assert "# The classes in the order of the network's outputs: setosa, versicolor, virginica." in source
    # Another file with the same columns (--data) that has a hole: the script names line and column.
    holed = tmp_path / "holed.csv"
    lines = iris_like_preamble().splitlines()
    lines[5] = ",".join(["1.0", "NA"] + lines[5].split(",")[2:])
    holed.write_text("\n".join(lines) + "\n")
    proc = subprocess.run([sys.executable, "-I", str(script), "--data", str(holed), "--epochs", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode != 0
    assert "holed.csv, line 6: a missing value ('NA') in the column 'column 2'" in proc.stderr
