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
