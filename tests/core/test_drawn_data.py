"""Drawn points as a dataset: read and written exactly, refused when wrong, built like the toy sets."""

from __future__ import annotations

import json

import numpy as np
import pytest

from guinet import cli
from guinet.core.data import DataError, make_dataset
from guinet.core.project import ProjectError, load_example, project_from_json, project_to_json, save_project
from guinet.core.settings import MAX_DRAWN_POINTS

POINTS = [[-3.5, 2.25, 0], [4.0, 4.0, 1], [0.5, -1.0, 2], [2.0, -3.0, 1], [-1.0, -4.5, 0], [5.5, 0.0, 2],
          [1.125, 1.5, 0], [-2.0, 3.0, 1], [3.0, -0.5, 2], [-4.0, -1.0, 0]]


def drawn_project(points=POINTS, dataset="drawn", **data):
    project = load_example("xor-mlp")
    project.data = {"dataset": dataset, "dataset.points": points, **data}
    return project


def test_a_drawn_project_is_written_and_read_back_exactly(tmp_path):
    project = drawn_project()
    text = project_to_json(project)
    # One line per point: a file of hundreds of points stays readable.
    assert '[-3.5, 2.25, 0],' in text
    again = project_from_json(text)
    assert again == project
    assert again.data["dataset.points"] == POINTS
    assert project_to_json(again) == text
    path = tmp_path / "drawn.guinet"
    save_project(project, path)
    assert path.read_text(encoding="utf-8") == text
    regression = drawn_project([[0.1, 0.2, -3.75], [1e-3, 2.5, 12]], dataset="drawn_regression")
    assert project_from_json(project_to_json(regression)).data["dataset.points"] == [[0.1, 0.2, -3.75],
                                                                                      [0.001, 2.5, 12]]


@pytest.mark.parametrize("points, words", [
    ([[1, 2, 10]], "class must be a whole number from 0 to 9, not 10"),
    ([[1, 2, 0.5]], "class must be a whole number from 0 to 9, not 0.5"),
    ([[1, 2, -1]], "from 0 to 9, not -1"),
    ([[1, 2]], "point 1 must be three numbers [x, y, class]"),
    ([[0, 0, 0], [1, 2, 0, 4]], "point 2 must be three numbers"),
    ([[True, 0, 0]], "point 1 must be three numbers"),
    ([[0, "1", 0]], "point 1 must be three numbers"),
    ([[1e9, 0, 1]], "point 1's x must be a finite number between -1000 and 1000"),
    ([[0, 10**400, 1]], "point 1's y must be a finite number"),
    ("many", "must be a list of [x, y, value] points"),
    ({"x": 1}, "must be a list of [x, y, value] points"),
    ([[0.0, 0.0, 0]] * (MAX_DRAWN_POINTS + 1), f"at most {MAX_DRAWN_POINTS:,} points, not {MAX_DRAWN_POINTS + 1:,}"),
])
def test_the_reader_refuses_bad_points_and_says_which(points, words):
    text = project_to_json(drawn_project([[0.0, 0.0, 0]]))
    doc = json.loads(text)
    doc["data"]["dataset.points"] = points
    with pytest.raises(ProjectError) as info:
        project_from_json(json.dumps(doc))
    assert "data.dataset.points" in str(info.value) and words in str(info.value)


def test_regression_targets_are_any_finite_number_and_nan_is_refused():
    doc = json.loads(project_to_json(drawn_project([[0.0, 0.0, 0.25]], dataset="drawn_regression")))
    assert project_from_json(json.dumps(doc)).data["dataset.points"] == [[0.0, 0.0, 0.25]]
    doc["data"]["dataset.points"] = [[0.0, 0.0, 2e6]]
    with pytest.raises(ProjectError, match="target must be a finite number between -1e\\+06 and 1e\\+06"):
        project_from_json(json.dumps(doc))
    text = json.dumps(doc).replace("2000000.0", "NaN")
    with pytest.raises(ProjectError):
        project_from_json(text)


def test_drawn_classes_make_the_dataset_split_stratified_on_the_toy_plane():
    ds = make_dataset(drawn_project(standardize=True, train_share=0.7).data)
    assert ds.task == "classification" and ds.n_classes == 3 and ds.name == "drawn"
    assert len(ds.y_train) + len(ds.y_test) == len(POINTS)
    # Every class has points in both splits (4, 3 and 3 points: 3+1, 2+1, 2+1).
    assert sorted(np.bincount(ds.y_test, minlength=3).tolist()) == [1, 1, 1]
    # The points are where they were drawn, with their classes.
    drawn = {(x, y): c for x, y, c in POINTS}
    for pts, labels in ((ds.points_train, ds.y_train), (ds.points_test, ds.y_test)):
        for (x, y), c in zip(pts.tolist(), labels.tolist()):
            assert drawn[(x, y)] == c
    # Standardized on the training split; the plane is the toy sets' square.
    assert np.allclose(ds.x_train.mean(axis=0), 0, atol=1e-6)
    assert ds.extent == (-6.0, 6.0, -6.0, 6.0)
    assert ds.class_names == ["0", "1", "2"]
    # The network's head follows the classes drawn.
    project = drawn_project()
    assert project.task_info().n_classes == 3


def test_regression_points_and_classes_fewer_than_two():
    ds = make_dataset(drawn_project([[1.0, 1.0, 0.5], [2.0, -1.0, -2.0], [0.0, 3.0, 4.0]],
                                    dataset="drawn_regression", train_share=1.0).data)
    assert ds.task == "regression" and ds.n_classes == 1
    assert sorted(ds.y_train.tolist()) == [-2.0, 0.5, 4.0]
    one_class = make_dataset(drawn_project([[1.0, 1.0, 0]]).data)
    assert one_class.n_classes == 2 and len(one_class.y_train) == 1


def test_no_points_is_a_data_error_that_says_how_to_draw():
    with pytest.raises(DataError, match="no points drawn yet: turn on Draw"):
        make_dataset(drawn_project([]).data)


def test_guinet_check_and_train_a_drawn_project(tmp_path, capsys):
    path = tmp_path / "drawn.guinet"
    save_project(drawn_project(), path)
    assert cli.main(["check", str(path)]) == 0
    assert cli.main(["train", str(path), "--epochs", "30", "--device", "cpu", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["n_train"] + result["n_test"] == len(POINTS)
    assert result["class_names"] == ["0", "1", "2"] and result["epochs"] == 30
    empty = tmp_path / "empty.guinet"
    save_project(drawn_project([]), empty)
    assert cli.main(["check", str(empty)]) != 0
    assert "no points drawn yet" in capsys.readouterr().out


def _splits(points, **data):
    ds = make_dataset(drawn_project(points, **data).data)
    return ({tuple(p) for p in ds.points_train.tolist()}, {tuple(p) for p in ds.points_test.tolist()})


@pytest.mark.parametrize("dataset", ["drawn", "drawn_regression"])
def test_the_split_stays_put_while_drawing(dataset):
    """Adding or erasing a point moves at most one other point between the splits (a fresh random
    split would reshuffle the filled and hollow dots at every click)."""
    rng = np.random.default_rng(3)
    points = [[round(float(x), 3), round(float(y), 3), int(k)] for (x, y), k in
              zip(rng.uniform(-5, 5, (60, 2)), rng.integers(0, 3, 60))]
    train, test = _splits(points[:40], dataset=dataset)
    assert len(train) + len(test) == 40 and 0.75 <= len(train) / 40 <= 0.85
    for n in range(41, 61):
        new_train, new_test = _splits(points[:n], dataset=dataset)
        added = tuple(float(v) for v in points[n - 1][:2])
        moved = len((train - {added}) & new_test) + len((test - {added}) & new_train)
        assert moved <= 1, n
        train, test = new_train, new_test
    # Erasing the first ten, one at a time.
    for n in range(1, 11):
        new_train, new_test = _splits(points[n:60], dataset=dataset)
        assert len((train & new_test) | (test & new_train)) <= 1
        train, test = new_train, new_test
    # Another data seed draws another split of the same points.
    assert _splits(points, dataset=dataset, seed=1) != _splits(points, dataset=dataset)
