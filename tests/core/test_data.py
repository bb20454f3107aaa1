"""Datasets: gates, toy sets, features, splits, standardization and the CSV reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from guinet.core import Graph, Project
from guinet.core.data import TOY_RADIUS, DataError, make_dataset, make_features, parse_csv, read_csv, task_info_for
from guinet.core.settings import FEATURES, GATE_TABLES

FIXTURES = Path(__file__).parent / "fixtures"
TOY_SETS = ["circle", "quadrants", "gaussians", "moons", "spiral", "regression_plane", "regression_gaussian"]
TRUTH_INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]


# --------------------------------------------------------------------------- gates

@pytest.mark.parametrize("gate", sorted(GATE_TABLES))
def test_gate_is_its_exact_truth_table(gate):
    ds = make_dataset({"dataset": gate})
    assert ds.task == "classification" and ds.n_classes == 2
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64
    table = {tuple(p): int(y) for p, y in zip(ds.points_train.astype(int).tolist(), ds.y_train)}
    assert table == dict(zip(TRUTH_INPUTS, GATE_TABLES[gate]))
    np.testing.assert_array_equal(ds.x_train, ds.points_train)  # features x1, x2, no standardization
    # Train and test are both the whole table.
    np.testing.assert_array_equal(ds.x_train, ds.x_test)
    np.testing.assert_array_equal(ds.y_train, ds.y_test)
    assert ds.extent == (-0.5, 1.5, -0.5, 1.5)


def test_gate_repeats_and_noise_touch_inputs_only():
    clean = make_dataset({"dataset": "xor", "dataset.repeats": 5})
    assert len(clean.x_train) == 20
    np.testing.assert_array_equal(clean.y_train, np.tile(GATE_TABLES["xor"], 5))
    noisy = make_dataset({"dataset": "xor", "dataset.repeats": 5, "noise": 0.1, "train_share": 0.3})
    assert len(noisy.x_train) == len(noisy.x_test) == 20  # train_share does not apply to gates
    np.testing.assert_array_equal(noisy.y_train, clean.y_train)
    offsets = noisy.points_train - clean.points_train
    assert 0.05 < offsets.std() < 0.15 and np.abs(offsets).max() < 0.6


# --------------------------------------------------------------------------- toy sets

@pytest.mark.parametrize("name", TOY_SETS)
def test_toy_set_shapes_split_and_determinism(name):
    settings = {"dataset": name, "samples": 250, "train_share": 0.6, "seed": 3}
    ds = make_dataset(settings)
    assert ds.x_train.shape == (150, 2) and ds.x_test.shape == (100, 2)
    assert ds.points_train.shape == (150, 2) and ds.points_test.shape == (100, 2)
    regression = name.startswith("regression")
    assert ds.task == ("regression" if regression else "classification")
    assert ds.y_train.dtype == (np.float32 if regression else np.int64)
    assert ds.n_classes == (1 if regression else 2)
    if not regression:
        assert set(np.unique(np.concatenate([ds.y_train, ds.y_test]))) == {0, 1}
        assert ds.class_names == ["0", "1"]
    # Noise-free toy points lie within the documented radius; the plane is the ±6 square around them.
    every = np.concatenate([ds.points_train, ds.points_test])
    if name != "gaussians":  # normal blobs have no hard edge
        assert np.abs(every).max() <= TOY_RADIUS + 1e-6
        assert ds.extent == (-6.0, 6.0, -6.0, 6.0)
    lo1, hi1, lo2, hi2 = ds.extent
    assert lo1 == lo2 <= -6.0 and hi1 == hi2 == -lo1 and np.abs(every).max() < hi1
    again = make_dataset(settings)
    np.testing.assert_array_equal(ds.x_train, again.x_train)
    np.testing.assert_array_equal(ds.y_test, again.y_test)
    other = make_dataset({**settings, "seed": 4})
    assert not np.array_equal(ds.x_train, other.x_train)


def test_toy_labels_follow_their_geometry():
    circle = make_dataset({"dataset": "circle", "samples": 400, "train_share": 1.0})
    r = np.linalg.norm(circle.points_train, axis=1)
    assert (r[circle.y_train == 1] <= 2.5 + 1e-5).all() and (r[circle.y_train == 0] >= 3.5 - 1e-5).all()
    quads = make_dataset({"dataset": "quadrants", "samples": 400, "train_share": 1.0})
    p = quads.points_train
    np.testing.assert_array_equal(quads.y_train, (p[:, 0] * p[:, 1] < 0).astype(np.int64))
    plane = make_dataset({"dataset": "regression_plane", "samples": 50, "train_share": 1.0})
    np.testing.assert_allclose(plane.y_train, plane.points_train.sum(axis=1) / 10, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("arms", [2, 3, 5])
def test_spiral_has_one_class_per_arm(arms):
    ds = make_dataset({"dataset": "spiral", "dataset.arms": arms, "samples": 300, "train_share": 1.0})
    assert ds.n_classes == arms and ds.class_names == [str(k) for k in range(arms)]
    counts = np.bincount(ds.y_train, minlength=arms)
    assert counts.sum() == 300 and counts.max() - counts.min() <= 1


def test_noise_moves_toy_points_relative_to_their_scale():
    clean = make_dataset({"dataset": "moons", "samples": 2000, "train_share": 1.0})
    noisy = make_dataset({"dataset": "moons", "samples": 2000, "train_share": 1.0, "noise": 0.1})
    np.testing.assert_array_equal(clean.y_train, noisy.y_train)  # labels never get noise
    # Same seed: the same clean points are drawn first, then noise of std 0.1 × radius 5 is added.
    spread = (noisy.points_train - clean.points_train).std()
    assert abs(spread - 0.1 * TOY_RADIUS) < 0.05
    assert noisy.extent[1] > 6.0  # the plane grows to hold the noisy points


def test_changing_noise_or_share_keeps_the_points_and_the_split():
    base = make_dataset({"dataset": "circle", "samples": 100})
    noisy = make_dataset({"dataset": "circle", "samples": 100, "noise": 0.2})
    np.testing.assert_array_equal(base.y_train, noisy.y_train)
    assert np.abs(noisy.points_train - base.points_train).max() < 5
    wider = make_dataset({"dataset": "circle", "samples": 100, "train_share": 0.5})
    every = np.concatenate([base.points_train, base.points_test])
    np.testing.assert_array_equal(np.sort(every, axis=0),
                                  np.sort(np.concatenate([wider.points_train, wider.points_test]), axis=0))


def test_train_share_one_leaves_an_empty_test_split():
    ds = make_dataset({"dataset": "circle", "samples": 10, "train_share": 1.0})
    assert ds.x_train.shape == (10, 2) and ds.x_test.shape == (0, 2) and ds.y_test.shape == (0,)


# --------------------------------------------------------------------------- features and standardization

def test_features_are_playground_transforms_in_table_order():
    pts = np.array([[1.0, 2.0], [-0.5, 3.0]])
    f = make_features(pts, FEATURES)
    expected = np.array([[1, 2, 1, 4, 2, np.sin(1), np.sin(2)], [-0.5, 3, 0.25, 9, -1.5, np.sin(-0.5), np.sin(3)]])
    np.testing.assert_allclose(f, expected)
    # The settings store features in table order, whatever order the user ticked them.
    ds = make_dataset({"dataset": "circle", "features": ["sin(x2)", "x1^2"]})
    assert ds.feature_names == ["x1^2", "sin(x2)"] and ds.n_features == 2
    np.testing.assert_allclose(ds.x_train[:, 0], ds.points_train[:, 0] ** 2, rtol=1e-5)


@pytest.mark.parametrize("features", [["x1", "x2"], list(FEATURES), ["x1*x2", "sin(x1)"]])
def test_to_inputs_reproduces_the_network_inputs(features):
    ds = make_dataset({"dataset": "spiral", "samples": 200, "features": features, "standardize": True})
    np.testing.assert_allclose(ds.to_inputs(ds.points_train), ds.x_train, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(ds.to_inputs(ds.points_test), ds.x_test, rtol=1e-5, atol=1e-5)
    grid = ds.to_inputs(np.zeros((7, 2), np.float32))
    assert grid.shape == (7, len(features)) and grid.dtype == np.float32


def test_standardization_is_fitted_on_the_training_split_only():
    settings = {"dataset": "gaussians", "samples": 300, "features": ["x1", "x2", "x1^2"]}
    raw = make_dataset(settings)
    std = make_dataset({**settings, "standardize": True})
    np.testing.assert_allclose(std.x_train.mean(axis=0), 0.0, atol=1e-5)
    np.testing.assert_allclose(std.x_train.std(axis=0), 1.0, atol=1e-4)
    mean, scale = raw.x_train.mean(axis=0), raw.x_train.std(axis=0)
    np.testing.assert_allclose(std.x_test, (raw.x_test - mean) / scale, rtol=1e-4, atol=1e-5)
    assert not np.allclose(std.x_test.mean(axis=0), 0.0, atol=1e-6)  # test statistics were not used


def test_standardizing_a_constant_column_does_not_divide_by_zero():
    ds = make_dataset({"dataset": "and", "standardize": True, "features": ["x1", "x1^2"]})
    assert np.isfinite(ds.x_train).all()


def test_invalid_settings_raise_data_error():
    with pytest.raises(DataError, match="Samples"):
        make_dataset({"dataset": "circle", "samples": 1})
    with pytest.raises(DataError, match="unknown setting"):
        make_dataset({"dataset": "circle", "colour": "red"})


def test_task_info_for_follows_the_loaded_data():
    g = Graph()
    project = Project(g, {"dataset": "spiral", "dataset.arms": 4, "features": ["x1", "x2", "sin(x1)"]},
                      {"optimizer": "sgd"})
    info = task_info_for(project, make_dataset(project.data))
    assert (info.n_features, info.task, info.n_classes, info.optimizer) == (3, "classification", 4, "sgd")
    csv_project = Project(g, {"dataset": "csv", "dataset.path": str(FIXTURES / "regression.csv"),
                              "dataset.task": "regression"})
    info = task_info_for(csv_project, make_dataset(csv_project.data))
    assert (info.n_features, info.task, info.n_classes) == (2, "regression", 1)


# --------------------------------------------------------------------------- CSV

def _csv(name: str, **kw) -> dict:
    return {"dataset": "csv", "dataset.path": str(FIXTURES / name), **kw}


def test_csv_with_header_and_text_classes():
    table = read_csv(FIXTURES / "classes.csv")
    assert table.feature_names == ["length", "width", "weight"] and table.target_name == "species"
    assert table.class_names == ["bird", "cat", "dog"]
    np.testing.assert_array_equal(table.y, [1, 2, 1, 0, 2, 0])
    np.testing.assert_allclose(table.x[0], [1.0, 2.0, 3.5])
    ds = make_dataset(_csv("classes.csv", train_share=0.5))
    assert ds.n_classes == 3 and ds.class_names == ["bird", "cat", "dog"] and ds.name == "csv"
    assert len(ds.x_train) == 3 and len(ds.x_test) == 3 and ds.n_features == 3
    # Three features: the plane is their first two principal components, and plane points map back to
    # inputs on that plane (the training points themselves lie near it, not on it).
    assert ds.has_plane and ds.plane_axes[0].startswith("PC1") and "principal components" in ds.plane_note
    assert ds.points_train.shape == (3, 2) and ds.extent is not None
    grid = ds.to_inputs(np.zeros((1, 2)))
    np.testing.assert_allclose(grid[0], ds.x_train.mean(axis=0), atol=1e-5)  # the origin is the train mean


def test_csv_target_by_name_number_or_last():
    by_name = read_csv(FIXTURES / "regression.csv", target="rooms")
    assert by_name.feature_names == ["area", "price"] and by_name.target_name == "rooms"
    assert by_name.class_names == ["2", "3", "4"]
    np.testing.assert_array_equal(by_name.y, [0, 1, 2, 0])
    by_number = read_csv(FIXTURES / "regression.csv", target="1", task="regression")
    assert by_number.target_name == "area" and by_number.feature_names == ["rooms", "price"]
    np.testing.assert_allclose(by_number.y, [50, 80, 120, 65])
    last = read_csv(FIXTURES / "regression.csv", task="regression")
    assert last.target_name == "price" and last.class_names is None


def test_csv_without_header_sorts_numeric_classes_numerically():
    table = read_csv(FIXTURES / "no_header.csv", header=False)
    assert table.feature_names == ["column 1", "column 2"]
    assert table.class_names == ["0", "1", "10"]  # numerically, not as text
    ds = make_dataset(_csv("no_header.csv", **{"dataset.header": False, "train_share": 0.5, "standardize": True}))
    # Exactly two features: they are the plane, and to_inputs applies the same standardization.
    assert ds.points_train is not None and ds.extent is not None
    np.testing.assert_allclose(ds.to_inputs(ds.points_train), ds.x_train, rtol=1e-5, atol=1e-6)
    lo1, hi1, lo2, hi2 = ds.extent
    every = np.concatenate([ds.points_train, ds.points_test])
    assert lo1 < every[:, 0].min() and hi1 > every[:, 0].max() and lo2 < every[:, 1].min()


def test_csv_semicolons_bom_crlf_and_blank_lines():
    semi = read_csv(FIXTURES / "semicolons.csv")
    assert semi.feature_names == ["x", "y", "z"] and semi.class_names == ["2", "10"]
    bom = read_csv(FIXTURES / "bom_crlf_blank.csv")
    assert bom.feature_names == ["a", "b"] and len(bom.x) == 2


def test_csv_relative_path_resolves_against_the_project_folder(tmp_path):
    shutil.copy(FIXTURES / "regression.csv", tmp_path / "houses.csv")
    ds = make_dataset({"dataset": "csv", "dataset.path": "houses.csv", "dataset.task": "regression",
                       "train_share": 0.75}, base_dir=tmp_path)
    assert ds.task == "regression" and ds.y_train.dtype == np.float32 and len(ds.x_train) == 3


@pytest.mark.parametrize("name, kw, message", [
    ("non_numeric.csv", {}, r"line 3, column 2 \('b'\): 'oops' is not a number"),
    ("missing_value.csv", {}, r"line 3, column 2 \('b'\): missing value"),
    ("missing_target.csv", {}, r"line 3, column 3 \('c'\): missing target value"),
    ("ragged.csv", {}, r"line 4: 2 values where the header has 3"),
    ("empty.csv", {}, r"is empty"),
    ("header_only.csv", {}, r"only a header row"),
    ("single_class.csv", {}, r"single class \('1'\)"),
    ("does_not_exist.csv", {}, r"no such file"),
    ("classes.csv", {"target": "colour"}, r"no column is called 'colour'.*'length'"),
    ("classes.csv", {"target": "9"}, r"there is no column 9"),
    ("regression.csv", {"target": "", "task": "regression", "header": False}, r"line 1, column 1: 'area' is not"),
    ("classes.csv", {"task": "regression"}, r"line 2, column 4 \('species'\): 'cat' is not a number"),
])
def test_csv_errors_name_line_and_column(name, kw, message):
    with pytest.raises(DataError, match=message):
        read_csv(FIXTURES / name, **kw)


def test_csv_errors_reach_make_dataset_and_empty_path_is_explained():
    with pytest.raises(DataError, match="line 3, column 2"):
        make_dataset(_csv("non_numeric.csv"))
    with pytest.raises(DataError, match="no CSV file chosen"):
        make_dataset({"dataset": "csv"})


def test_csv_rejects_non_finite_and_too_many_classes():
    with pytest.raises(DataError, match=r"line 1, column 1: 'inf' is not a finite number"):
        parse_csv("inf,1\n2,0\n", header=False)
    with pytest.raises(DataError, match="missing value"):
        parse_csv("a,b\nNA,1\n2,0\n")
    many = "\n".join(f"{i},{i}.5" for i in range(300))
    with pytest.raises(DataError, match="choose the regression task"):
        parse_csv(many, header=False, task="classification")
    assert parse_csv(many, header=False).task == "regression"  # fractions: detected as regression


def test_csv_not_utf8(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"a,b\n1,caf\xe9\n")
    with pytest.raises(DataError, match="not UTF-8"):
        read_csv(path)
