"""The CSV reader on real layouts: preambles, headers, delimiters, quotes, missing values, text columns,
task detection; what it refuses (paths, FIFOs, sizes, numbers that are not plain decimals); the cache; the
stratified split; memory; and a fuzz corpus of malformed files that may only raise DataError."""

from __future__ import annotations

import os
import re
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from guinet.core import csvfile
from guinet.core.csvfile import MAX_CATEGORIES, read_csv, read_csv_cached, read_text
from guinet.core.data import DataError, make_dataset, parse_csv, stratified_split

TABULAR = Path(__file__).parent / "fixtures" / "tabular"


# --------------------------------------------------------------------------- layouts

def test_scikit_learn_preamble_of_counts_is_skipped_and_names_the_classes():
    table = read_csv(TABULAR / "iris.csv")
    assert table.x.shape == (150, 4) and table.task == "classification"
    assert table.class_names == ["setosa", "versicolor", "virginica"]
    assert np.bincount(table.y).tolist() == [50, 50, 50]
    assert any("Line 1" in n and "counts" in n and "skipped" in n for n in table.notes)
    assert not table.header and table.feature_names[0] == "column 1"


def test_preamble_of_another_width_is_skipped():
    table = read_csv(TABULAR / "wine_data.csv")
    assert table.x.shape == (178, 13) and table.class_names == ["class_0", "class_1", "class_2"]
    assert any("Line 1" in n and "skipped" in n for n in table.notes)
    titled = parse_csv("Measurements of May\n1,2,0\n3,4,1\n5,6,0\n")
    assert len(titled.x) == 3 and any("1 values where the rows have 3" in n for n in titled.notes)


def test_skip_rows_skips_any_preamble_and_then_finds_the_header():
    text = "my data set\nmade by hand, 2024\nx,y,label\n1,2,a\n3,4,b\n5,6,a\n"
    table = parse_csv(text, skip_rows=2)
    assert table.feature_names == ["x", "y"] and table.class_names == ["a", "b"]
    with pytest.raises(DataError, match="only 6 rows"):
        parse_csv(text, skip_rows=9)


@pytest.mark.parametrize("text, header", [
    ("a,b,c\n1,2,0\n3,4,1\n", True),
    ("1,2,0\n3,4,1\n5,6,0\n", False),
    ("colour,size,label\nred,big,yes\nblue,small,no\nred,small,no\n", True),  # all text: names not repeated
    ("red,big,yes\nblue,small,no\nred,small,no\n", False),                     # 'red' reappears below
])
def test_header_is_detected(text, header):
    assert parse_csv(text).header is header


def test_header_override():
    text = "1,2,0\n3,4,1\n5,6,0\n"
    table = parse_csv(text, header="yes")
    assert table.feature_names == ["1", "2"] and len(table.x) == 2
    with pytest.raises(DataError, match=r"line 1, column 1: 'a' is not a number"):
        parse_csv("a,b,c\n1,2,0\n3,4,1\n", header="no")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_quotes_bom_and_crlf(delimiter):
    d = delimiter
    text = f'\ufeff"first name"{d}"size, in cm"{d}kind\r\n"ann"{d}"1.5"{d}"a{d} b"\r\n"bob"{d}2{d}c\r\n\r\n"cy"{d}3{d}c\r\n'
    table = parse_csv(text)
    assert table.delimiter == d and table.target_name == "kind"
    assert table.feature_names == ["first name=ann", "first name=bob", "first name=cy", "size, in cm"]
    assert table.class_names == [f"a{d} b", "c"]
    np.testing.assert_allclose(table.x[:, 3], [1.5, 2, 3])


def test_missing_values_name_line_and_column_or_are_dropped_and_counted():
    text = "a,b,label\n1,2,0\n3,NA,1\n5,6,0\n,8,1\n9,10,?\n11,12,null\n13,14,1\n"
    with pytest.raises(DataError, match=r"line 3, column 2 \('b'\): missing value \('NA'\).*--drop-missing"):
        parse_csv(text)
    table = parse_csv(text, drop_missing=True)
    assert table.dropped_rows == 4 and len(table.x) == 3
    assert any("4 rows with missing values were dropped; 3 remain" in n for n in table.notes)
    with pytest.raises(DataError, match=r"line 4, column 2 \('b'\): missing value \(an empty cell\)"):
        parse_csv("a,b,label\n1,2,0\n3,4,1\n5,,0\n")


@pytest.mark.parametrize("token", ["NA", "nan", "NaN", "null", "?", ".", "N/A", "None"])
def test_missing_tokens_in_a_class_target_are_missing_not_a_class(token):
    text = f"a,b,label\n1,2,0\n3,4,1\n5,6,{token}\n7,8,1\n"
    with pytest.raises(DataError, match=r"line 4, column 3 \('label'\): missing target value"):
        parse_csv(text)
    assert parse_csv(text, drop_missing=True).class_names == ["0", "1"]


@pytest.mark.parametrize("cell, message", [
    ("1_000", "'1_000' is not a number"),
    ("１２", "'１２' is not a number"),          # full-width digits
    ("١٢", "'١٢' is not a number"),             # Arabic-Indic digits
    ("1,5", None),                              # a comma splits the cell: ragged row
    ("inf", "'inf' is not a finite number"),
    ("-Infinity", "is not a finite number"),
    ("1e999", "too large to be a finite number"),
    ("0x10", "'0x10' is not a number"),
])
def test_numbers_are_plain_ascii_decimals(cell, message):
    text = f"a,b,label\n1,2,0\n3,4,1\n5,{cell},0\n7,8,1\n"
    if message is None:
        with pytest.raises(DataError, match=r"line 4: 4 values where the header has 3"):
            parse_csv(text)
        return
    with pytest.raises(DataError, match=rf"line 4, column 2 \('b'\): .*{re.escape(message)}"):
        parse_csv(text)


def test_plain_decimals_in_all_their_forms_are_read():
    table = parse_csv("a,b,label\n+1.5,-2e3,0\n.5,3.,1\n 7 ,1E-2,0\n")
    np.testing.assert_allclose(table.x, [[1.5, -2000], [0.5, 3], [7, 0.01]])


def test_unterminated_quote_is_an_error_naming_its_line():
    with pytest.raises(DataError, match=r"line 3: a quote .* never closed"):
        parse_csv('a,b,label\n1,2,0\n3,4,"1\n5,6,0\n7,8,1\n')
    with pytest.raises(DataError, match=r"line 2: not valid CSV"):
        parse_csv('a,b,label\n1,"2"x,0\n3,4,1\n')


def test_text_labels_among_numbers_in_a_target_are_an_error():
    with pytest.raises(DataError, match=r"line 4, column 3 \('label'\): 'true' is not a number.*target"):
        parse_csv("a,b,label\n1,2,0\n3,4,1\n5,6,true\n7,8,1\n9,9,0\n")
    with pytest.raises(DataError, match=r"line 3, column 3 \('label'\): 'inf' is not a finite number"):
        parse_csv("a,b,label\n1,2,0\n3,4,inf\n7,8,1\n")


def test_text_features_are_one_hot_encoded_with_a_note_and_a_limit():
    table = parse_csv("colour,size,label\nred,1,a\nblue,2,b\nred,3,a\ngreen,4,b\n")
    assert table.feature_names == ["colour=red", "colour=blue", "colour=green", "size"]
    np.testing.assert_array_equal(table.x[:, :3], [[1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1]])
    assert any("one-hot encoded as 3 inputs" in n for n in table.notes)
    many = "name,size,label\n" + "".join(f"n{i},{i},{i % 2}\n" for i in range(MAX_CATEGORIES + 1))
    with pytest.raises(DataError, match=rf"{MAX_CATEGORIES + 1} different values.*at most {MAX_CATEGORIES}"):
        parse_csv(many)


def test_a_typo_in_a_numeric_column_is_not_a_category():
    with pytest.raises(DataError, match=r"line 3, column 2 \('b'\): 'oops' is not a number"):
        parse_csv("a,b,label\n1,2,0\n3,oops,1\n5,6,0\n7,8,1\n")


def test_task_is_detected_and_can_be_overridden():
    whole = "a,label\n" + "".join(f"{i},{i % 3}\n" for i in range(30))
    assert parse_csv(whole).task == "classification"
    assert parse_csv(whole, task="regression").task == "regression"
    fractions = "a,y\n" + "".join(f"{i},{i * 0.37}\n" for i in range(30))
    table = parse_csv(fractions)
    assert table.task == "regression" and table.class_names is None
    many_ints = "a,y\n" + "".join(f"{i},{i * 7}\n" for i in range(40))
    assert parse_csv(many_ints).task == "regression"
    assert parse_csv(many_ints, task="classification").task == "classification"
    assert parse_csv("a,label\n1,cat\n2,dog\n3,cat\n").task == "classification"
    with pytest.raises(DataError, match=r"line 2, column 2 \('label'\): 'cat' is not a number"):
        parse_csv("a,label\n1,cat\n2,dog\n3,cat\n", task="regression")


# --------------------------------------------------------------------------- what the reader refuses

@pytest.mark.parametrize("path, message", [
    ("\u0000", "NUL character"),
    ("\ud800", "not valid text"),
    ("~nosuchuser_guinet/x.csv", "home folder that does not exist"),
    ("a\x00b.csv", "NUL character"),
])
def test_impossible_paths_are_data_errors(path, message):
    with pytest.raises(DataError, match=message):
        make_dataset({"dataset": "csv", "dataset.path": path})


@pytest.mark.parametrize("target", ["²", "1" * 5000, "٣", "-1", "0"])
def test_odd_targets_are_data_errors(target):
    with pytest.raises(DataError) as info:
        make_dataset({"dataset": "csv", "dataset.path": str(TABULAR / "iris.csv"), "dataset.target": target})
    assert len(str(info.value)) < 400  # the 5,000 digits are not echoed


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(_error_of(lambda: read_csv(fifo))), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader before failing, so no thread is left behind
        with open(fifo, "wb"):
            pass
        worker.join(5)
        pytest.fail("reading a FIFO blocked")
    assert "not a regular file" in outcome[0]


def _error_of(call) -> str:
    try:
        call()
    except DataError as exc:
        return str(exc)
    return ""


def test_devices_folders_and_big_files_are_refused(tmp_path):
    if os.path.exists("/dev/zero"):
        with pytest.raises(DataError, match="not a regular file"):
            read_csv("/dev/zero")
    with pytest.raises(DataError, match="is a folder"):
        read_csv(tmp_path)
    big = tmp_path / "big.csv"
    big.write_text("a,b\n" + "1,0\n" * 1000)
    with pytest.raises(DataError, match="at most 100 bytes"):
        read_text(big, limit=100)


def test_messages_quote_only_an_excerpt_of_a_cell():
    secret = "sk-LIVE-" + "x" * 5000
    with pytest.raises(DataError) as info:
        parse_csv(f"a,b,label\n1,2,0\n3,{secret},1\n5,6,0\n")
    message = str(info.value)
    assert "line 3, column 2" in message and len(message) < 400 and "x" * 100 not in message


# --------------------------------------------------------------------------- cache, split, memory

def test_a_file_is_parsed_once_per_options_until_it_changes(tmp_path, monkeypatch):
    path = tmp_path / "d.csv"
    path.write_text("a,b,label\n1,2,0\n3,4,1\n5,6,0\n")
    calls = []
    real = csvfile.read_csv
    monkeypatch.setattr(csvfile, "read_csv", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = read_csv_cached(path, task="auto")
    assert read_csv_cached(path, task="auto") is first and len(calls) == 1
    read_csv_cached(path, task="regression")
    assert len(calls) == 2
    path.write_text("a,b,label\n1,2,0\n3,4,1\n5,6,1\n7,7,0\n")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert len(read_csv_cached(path, task="auto").x) == 4 and len(calls) == 3


def test_classification_split_is_stratified():
    labels = np.repeat([0, 1, 2], [50, 50, 50])
    train, test = stratified_split(labels, 0.7, np.random.default_rng(0))
    assert np.bincount(labels[test]).tolist() == [15, 15, 15]
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(150))
    rare = np.array([0] * 20 + [1] * 2)
    train, test = stratified_split(rare, 0.9, np.random.default_rng(1))
    assert 1 in rare[train] and 1 in rare[test]
    ds = make_dataset({"dataset": "csv", "dataset.path": str(TABULAR / "iris.csv"), "train_share": 0.7})
    assert np.bincount(ds.y_test).tolist() == [15, 15, 15]


def test_peak_memory_is_a_few_times_the_file(tmp_path):
    rng = np.random.default_rng(0)
    rows = 30_000
    x = rng.normal(size=(rows, 4)).round(4)
    path = tmp_path / "big.csv"
    with open(path, "w") as f:
        f.write("a,b,c,d,label\n")
        for r, label in zip(x, rng.integers(0, 3, rows)):
            f.write(f"{r[0]},{r[1]},{r[2]},{r[3]},{label}\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        table = read_csv(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert table.x.shape == (rows, 4)
    assert peak < 4 * size, f"peak {peak / size:.1f} times the file"


def test_progress_is_reported_and_ends_at_one(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("a,b,label\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(50_000)))
    shares: list[float] = []
    read_csv(path, progress=shares.append)
    assert shares[-1] == 1.0 and len(shares) > 3 and shares == sorted(shares)


# --------------------------------------------------------------------------- fuzz

_VALID = 'x1,x2,name,label\n1.5,2,a,cat\n-3,4e1,b,dog\n5,"6",a,cat\n7,.8,b,dog\n9,10,a,cat\n'
_INSERTS = ['"', '""', ",", ";", "\t", "\n", "\r", "\x00", "NA", "?", "１", "٣", "1_0", "inf", "nan", "\ufeff",
            "\ud800", "é", " ", "e", "-", ".", "x" * 300, "\u2028", "\x1e", ",,,,", '"a\n\nb"', "1e999"]
_FILE_LEVEL = ("is empty", "not UTF-8", "single class", "only a header", "different values",
               "no data rows", "no column", "no feature columns", "column;", "1 column", "has only",
               "every one of its")


def _mutations(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    text = _VALID
    for _ in range(int(rng.integers(1, 5))):
        op = int(rng.integers(0, 5))
        pos = int(rng.integers(0, len(text) + 1))
        if op == 0:
            text = text[:pos] + _INSERTS[int(rng.integers(0, len(_INSERTS)))] + text[pos:]
        elif op == 1 and text:
            end = min(len(text), pos + int(rng.integers(1, 12)))
            text = text[:pos] + text[end:]
        elif op == 2:
            lines = text.split("\n")
            i = int(rng.integers(0, len(lines)))
            lines.insert(i, lines[int(rng.integers(0, len(lines)))])
            text = "\n".join(lines)
        elif op == 3:
            text = text[:pos]
        else:
            text = text.replace(",", ";") if rng.random() < 0.5 else text.replace("\n", "\r\n")
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        raw = raw[:int(rng.integers(0, len(raw) + 1))] + bytes(rng.integers(0, 256, 4, dtype=np.uint8))
    return raw


def test_fuzz_malformed_files_raise_only_data_errors_naming_the_line(tmp_path):
    kinds = {"ok": 0, "error": 0}
    started = time.perf_counter()
    for seed in range(600):
        path = tmp_path / f"f{seed}.csv"
        path.write_bytes(_mutations(seed))
        options = {"drop_missing": seed % 3 == 0, "header": ("auto", "yes", "no")[seed % 3 - 1 if seed % 7 else 0],
                   "task": ("auto", "classification", "regression")[seed % 5 % 3]}
        try:
            read_csv(path, **options)
        except DataError as exc:
            message = str(exc)
            kinds["error"] += 1
            assert re.search(r"line \d+", message) or any(p in message for p in _FILE_LEVEL), (seed, message)
            assert len(message) < 800 and "\n" not in message, (seed, message)
            message.encode("utf-8")  # always printable
        except Exception as exc:  # pragma: no cover - the failure message says which file
            pytest.fail(f"seed {seed}: {type(exc).__name__}: {exc} for {path.read_bytes()!r}")
        else:
            kinds["ok"] += 1
    assert kinds["error"] >= 500 or kinds["error"] + kinds["ok"] == 600
    assert kinds["error"] > 300, kinds
    assert time.perf_counter() - started < 30
