"""The command line: train --json, check, examples, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest

from guinet import cli
from guinet.core import Graph, Project
from guinet.core.project import load_example, save_project

TRAIN_FIELDS = {"epochs", "steps", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "seconds",
                "steps_per_second", "device", "diverged", "grad_norms", "initial_grad_norms"}


def last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_train_json_reports_every_field(capsys):
    code = cli.main(["train", "--example", "xor-mlp", "--epochs", "30", "--seed", "0", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    result = last_json(out)
    assert TRAIN_FIELDS <= set(result)
    assert result["epochs"] == 30 and result["steps"] == 30
    assert result["device"] == "cpu" and result["diverged"] is False
    assert list(result["grad_norms"]) == ["dense_1", "output"]  # input to output
    assert list(result["initial_grad_norms"]) == ["dense_1", "output"]
    assert 0.0 <= result["train_accuracy"] <= 1.0


def test_train_twice_with_the_same_seed_prints_the_same_losses(capsys):
    runs = []
    for _ in range(2):
        assert cli.main(["train", "--example", "xor-mlp", "--epochs", "20", "--seed", "5", "--json"]) == 0
        result = last_json(capsys.readouterr().out)
        runs.append((result["train_loss"], result["test_loss"], result["loss_curve"]))
    assert runs[0] == runs[1]


def test_regression_has_null_accuracy(capsys):
    assert cli.main(["train", "--example", "regression-plane", "--epochs", "1", "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    assert result["train_accuracy"] is None and result["test_accuracy"] is None


def test_train_human_output(capsys):
    assert cli.main(["train", "--example", "and-perceptron", "--epochs", "5"]) == 0
    out = capsys.readouterr().out
    assert "train accuracy" in out and "steps/s" in out


@pytest.mark.parametrize("argv, fragment", [
    (["train", "--example", "no-such-example"], "no example called"),
    (["train", "/no/such/file.guinet"], "file.guinet"),
    (["train", "--example", "xor-mlp", "--epochs", "zero"], "epochs"),
    (["train", "--example", "xor-mlp", "--device", "tpu"], "device"),
    (["train"], "required"),
    (["check", "/no/such/file.guinet"], "file.guinet"),
    (["bench", "--seconds", "-1"], "seconds"),
])
def test_bad_file_or_argument_exits_2_with_one_line(capsys, argv, fragment):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert fragment in err
    assert "Traceback" not in err


def test_bad_json_file_exits_2(tmp_path, capsys):
    path = tmp_path / "broken.guinet"
    path.write_text("{ not json")
    assert cli.main(["train", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "broken.guinet" in err


def test_check_valid_project_exits_0(tmp_path, capsys):
    path = tmp_path / "xor.guinet"
    save_project(load_example("xor-mlp"), path)
    assert cli.main(["check", str(path)]) == 0
    assert "no problems" in capsys.readouterr().out


def test_check_lists_problems_and_exits_1(tmp_path, capsys):
    g = Graph()
    g.add_node("input")
    g.add_node("dense", {"units": 3})
    g.add_node("output")
    g.add_edge("input", "output")
    path = tmp_path / "bad.guinet"
    save_project(Project(g, data={"dataset": "xor"}), path)
    assert cli.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "dense_1" in out
    assert cli.main(["check", str(path), "--json"]) == 1
    result = last_json(capsys.readouterr().out)
    assert result["valid"] is False and any(p["node"] == "dense_1" for p in result["problems"])
    # train refuses the same network with status 1 and the problems on stderr
    assert cli.main(["train", str(path)]) == 1
    assert "dense_1" in capsys.readouterr().err


def test_examples_lists_every_example(capsys):
    assert cli.main(["examples"]) == 0
    out = capsys.readouterr().out
    for name in ("xor-mlp", "spiral", "deep-sigmoid", "and-perceptron"):
        assert name in out


def test_python_dash_m_runs_the_cli():
    proc = subprocess.run([sys.executable, "-m", "guinet", "train", "--example", "nosuch"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "nosuch" in proc.stderr
    assert proc.stdout == ""


def test_step_json_is_the_last_line_and_matches_a_numpy_forward(capsys):
    import numpy as np

    code = cli.main(["step", "--example", "xor-mlp", "--sample", "2", "--epochs", "3", "--seed", "1", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    result = last_json(out)
    assert result["sample"] == 2 and result["input"] == [1.0, 0.0] and result["target"] == 1
    dense, output = result["layers"]
    assert (dense["name"], output["name"]) == ("dense_1", "output")
    w1, b1 = np.array(dense["weight"]), np.array(dense["bias"])
    a1 = np.tanh(w1 @ np.array(result["input"]) + b1)
    np.testing.assert_allclose(dense["a"], a1, rtol=1e-5, atol=1e-6)
    z2 = np.array(output["weight"]) @ a1 + np.array(output["bias"])
    np.testing.assert_allclose(result["output"], 1 / (1 + np.exp(-z2)), rtol=1e-5)
    assert "1. Forward" in out and "3. Backward" in out and "4. Update (Adam" in out


def test_step_rejects_a_sample_out_of_range(capsys):
    assert cli.main(["step", "--example", "xor-mlp", "--sample", "4"]) == 2
    assert "no training sample 4" in capsys.readouterr().err
# --------------------------------------------------------------------------- guinet train DATA.csv

from pathlib import Path  # noqa: E402

TABULAR = Path(__file__).parent / "fixtures" / "tabular"


def test_train_a_csv_with_defaults_prints_metrics(capsys, tmp_path):
    saved = tmp_path / "iris.guinet"
    code = cli.main(["train", str(TABULAR / "iris.csv"), "--hidden", "16", "--epochs", "60", "--json",
                     "--save", str(saved)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = last_json(captured.out)
    assert result["task"] == "classification" and result["class_names"] == ["setosa", "versicolor", "virginica"]
    assert result["n_train"] == 105 and result["n_test"] == 45
    cm = result["confusion_matrix"]
    assert [sum(row) for row in cm] == [15, 15, 15]  # stratified 70/30
    assert abs(sum(cm[k][k] for k in range(3)) / 45 - result["test_accuracy"]) < 1e-6
    assert [row["class"] for row in result["per_class"]] == result["class_names"]
    assert 0.8 < result["balanced_accuracy"] <= 1.0 and result["test_accuracy"] > 0.8
    assert "train_metrics" in result and "skipped" in captured.err
    # The saved project opens with the same network, data settings and trained weights.
    from guinet.core.project import load_project

    project = load_project(saved)
    assert project.weights is not None and project.data["standardize"] is True
    assert (saved.parent / project.data["dataset.path"]).resolve() == (TABULAR / "iris.csv").resolve() \
        or Path(project.data["dataset.path"]).resolve() == (TABULAR / "iris.csv").resolve()
    assert [n.kind for n in project.graph.nodes.values()] == ["input", "dense", "output"]


def test_train_a_csv_regression_reports_rmse_mae_r2(capsys, tmp_path):
    path = tmp_path / "line.csv"
    xs = [i / 10 for i in range(200)]
    path.write_text("x;noise;y\n" + "".join(f"{x};{(i * 7919) % 13 / 13};{2 * x + 1:.4f}\n"
                                            for i, x in enumerate(xs)))
    assert cli.main(["train", str(path), "--epochs", "40", "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    assert result["task"] == "regression" and result["test_accuracy"] is None
    assert result["r2"] > 0.9 and result["rmse"] > 0 and result["mae"] > 0


def test_train_a_csv_with_text_features_missing_values_and_options(capsys):
    path = str(TABULAR / "wine_mixed.csv")
    assert cli.main(["train", path, "--epochs", "5", "--json"]) == 2
    assert "missing value" in capsys.readouterr().err
    assert cli.main(["train", path, "--epochs", "30", "--drop-missing", "--hidden", "8,8",
                     "--activation", "tanh", "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    assert result["dropped_rows"] == 8 and result["class_names"] == ["barbera", "barolo", "grignolino"]
    assert "colour band=deep" in result["features"]
    assert list(result["grad_norms"]) == ["dense_1", "dense_2", "output"]


def test_stop_at_a_target_and_keep_best(capsys):
    assert cli.main(["train", str(TABULAR / "iris.csv"), "--epochs", "300", "--stop-accuracy", "0.9",
                     "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    assert result["epochs"] < 300 and result["test_accuracy"] >= 0.9
    assert "test accuracy reached" in result["message"]
    assert cli.main(["train", str(TABULAR / "iris.csv"), "--epochs", "400", "--patience", "5",
                     "--keep-best", "--json"]) == 0
    result = last_json(capsys.readouterr().out)
    assert result["epochs"] < 400 and "has not improved for 5 epochs" in result["message"]


@pytest.mark.parametrize("argv, fragment", [
    (["train", "--example", "xor-mlp", "--target", "x"], "only apply to a CSV file"),
    (["train", "TABULAR/iris.csv", "--hidden", "16,x"], "layer sizes"),
    (["train", "TABULAR/iris.csv", "--activation", "wobbly"], "unknown activation"),
    (["train", "TABULAR/iris.csv", "--target", "²"], "no column is called"),
    (["train", "TABULAR/iris.csv", "--task", "regression", "--target", "99"], "no column 99"),
])
def test_csv_option_errors(capsys, argv, fragment):
    argv = [a.replace("TABULAR", str(TABULAR)) for a in argv]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err and len(err.strip().splitlines()) == 1
