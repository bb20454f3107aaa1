"""guinet export: trained weights (.pt) in the script's class, torch.export (.pt2) and ONNX with a dynamic
batch, the command line's one-line errors, and the script under torchrun."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from guinet import cli
from guinet.core import Graph, Project
from guinet.core.data import make_dataset
from guinet.core.export import ExportError, export, missing_onnx_packages
from guinet.core.project import load_example, save_project
from guinet.core.trainer import Trainer


def residual_project() -> Project:
    """Three spiral arms (softmax), a residual Add, a Concat, batch and layer norm."""
    g = Graph()
    g.add_node("input", node_id="input")
    g.add_node("dense", {"units": 8, "activation": "relu", "normalization": "batch"}, node_id="dense_1")
    g.add_node("dense", {"units": 8, "activation": "tanh", "normalization": "layer"}, node_id="dense_2")
    g.add_node("add", node_id="add_1")
    g.add_node("concat", node_id="concat_1")
    g.add_node("output", node_id="output")
    for a, b in [("input", "dense_1"), ("dense_1", "dense_2"), ("dense_1", "add_1"), ("dense_2", "add_1"),
                 ("add_1", "concat_1"), ("input", "concat_1"), ("concat_1", "output")]:
        g.add_edge(a, b)
    return Project(g, data={"dataset": "spiral", "dataset.arms": 3, "samples": 120},
                   training={"epochs": 5, "batch_size": 16}, name="residual")


def test_onnx_packages_are_installed_for_the_tests():
    assert missing_onnx_packages() == []  # the test extra installs guinet[export]


def test_pt_weights_load_with_weights_only_into_the_scripts_class(tmp_path, capsys):
    project = load_example("circle")
    project.set_training("epochs", 3)
    trainer = Trainer(project, device="cpu")
    final = list(trainer.run())[-1]
    project.weights = trainer.export_weights()
    export(project, tmp_path / "circle.py")
    result = export(project, tmp_path / "circle.pt")
    assert "load_state_dict" in result.message
    state = torch.load(tmp_path / "circle.pt", weights_only=True)
    assert set(state) >= {"dense_1.weight", "dense_1.bias", "dense_2.weight", "output.weight"}
    script = runpy.run_path(str(tmp_path / "circle.py"))  # defines the class; main() does not run
    net = script["Network"]()
    net.load_state_dict(state)
    x_train, y_train, _, _ = script["load_data"]()
    net.eval()
    with torch.no_grad():
        loss = script["loss_fn"](net(torch.from_numpy(x_train)), script["loss_targets"](y_train)).item()
    assert loss == pytest.approx(final.train_loss, rel=1e-6)
    # --weights FILE --eval: the script evaluates them without training, to the same loss.
    sys_argv = sys.argv
    try:
        sys.argv = [str(tmp_path / "circle.py"), "--weights", str(tmp_path / "circle.pt"), "--eval",
                    "--device", "cpu"]
        runpy.run_path(str(tmp_path / "circle.py"), run_name="__main__")
    finally:
        sys.argv = sys_argv
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["steps"] == 0 and report["epochs"] == 0
    assert report["train_loss"] == pytest.approx(final.train_loss, rel=1e-6)
    assert report["test_loss"] == pytest.approx(final.test_loss, rel=1e-6)


@pytest.mark.slow
def test_pt2_and_onnx_have_a_dynamic_batch_and_agree_with_pytorch(tmp_path):
    import onnxruntime

    project = residual_project()
    result = export(project, tmp_path / "net.pt2", train=True)   # trains first: the project had no weights
    assert project.weights is not None and result.trained_epochs == 5
    export(project, tmp_path / "net.onnx")
    export(project, tmp_path / "net.pt", )
    script_path = tmp_path / "net.py"
    export(project, script_path)
    script = runpy.run_path(str(script_path))
    net = script["Network"]()
    net.load_state_dict(torch.load(tmp_path / "net.pt", weights_only=True))
    net.eval()
    program = torch.export.load(str(tmp_path / "net.pt2")).module()
    session = onnxruntime.InferenceSession(str(tmp_path / "net.onnx"), providers=["CPUExecutionProvider"])
    x_test = make_dataset(project.data).x_test
    for batch in (1, 7, len(x_test)):
        x = torch.from_numpy(x_test[:batch])
        with torch.no_grad():
            expected = net(x)
        assert expected.shape == (batch, 3)
        assert torch.allclose(program(x), expected, rtol=0, atol=1e-6)
        got = session.run(None, {"x": x.numpy()})[0]
        np.testing.assert_allclose(got, expected.numpy(), rtol=1e-5, atol=1e-5)


def test_weight_formats_refuse_a_project_without_weights(tmp_path):
    with pytest.raises(ExportError, match="no trained weights"):
        export(load_example("xor-mlp"), tmp_path / "x.pt")
    assert not (tmp_path / "x.pt").exists()


@pytest.mark.parametrize("argv, fragment", [
    (["export", "--example", "xor-mlp", "-o", "OUT.txt"], "must end in .py, .pt, .pt2, .onnx"),
    (["export", "--example", "xor-mlp", "-o", "OUT.py", "--train"], "a .py script trains itself"),
    (["export", "--example", "xor-mlp", "-o", "OUT.pt"], "--train"),
    (["export", "--example", "xor-mlp", "-o", "OUT.pt", "--epochs", "3"], "add --train"),
    (["export", "--example", "no-such", "-o", "OUT.py"], "no example called"),
    (["export", "--example", "xor-mlp"], "required"),
    (["export", "--example", "xor-mlp", "-o", "OUT.py", "--seed", "-1"], "seed"),
])
def test_bad_arguments_exit_2_with_one_line(argv, fragment, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_onnx_without_its_packages_says_what_to_install(tmp_path, capsys, monkeypatch):
    import guinet.core.export.artifacts as artifacts

    real = artifacts.importlib.util.find_spec
    monkeypatch.setattr(artifacts.importlib.util, "find_spec",
                        lambda name, *a: None if name == "onnxscript" else real(name, *a))
    assert cli.main(["export", "--example", "xor-mlp", "-o", str(tmp_path / "x.onnx"), "--train"]) == 2
    err = capsys.readouterr().err
    assert 'pip install "guinet[export]"' in err and "onnxscript" in err and err.count("\n") == 1


def test_cli_writes_a_script_and_trained_weights(tmp_path, capsys):
    assert cli.main(["export", "--example", "xor-mlp", "-o", str(tmp_path / "xor.py"), "--epochs", "50",
                     "--seed", "4"]) == 0
    source = (tmp_path / "xor.py").read_text()
    assert "EPOCHS = 50" in source and "SEED = 4" in source
    assert cli.main(["export", "--example", "xor-mlp", "-o", str(tmp_path / "xor.pt"), "--train",
                     "--epochs", "5"]) == 0
    assert "Wrote the trained weights" in capsys.readouterr().out
    assert set(torch.load(tmp_path / "xor.pt", weights_only=True)) == {
        "dense_1.weight", "dense_1.bias", "output.weight", "output.bias"}
    # A saved project's own weights export without --train.
    project = load_example("xor-mlp")
    trainer = Trainer(project, device="cpu")
    list(trainer.run())
    project.weights = trainer.export_weights()
    save_project(project, tmp_path / "trained.guinet")
    assert cli.main(["export", str(tmp_path / "trained.guinet"), "-o", str(tmp_path / "trained.pt")]) == 0


@pytest.mark.slow
def test_torchrun_two_processes_on_the_cpu_train_shards_to_the_same_result(tmp_path):
    project = load_example("circle")
    project.set_training("epochs", 4)
    export(project, tmp_path / "circle.py")
    one = list(Trainer(project, device="cpu").run())[-1]  # what `python circle.py` prints (test_export_script)
    proc = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", "--standalone",
                           str(tmp_path / "circle.py"), "--device", "cpu", "--save", str(tmp_path / "ddp.pt")],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1"},
                          cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 1  # only rank 0 evaluates and reports
    ddp = reports[0]
    assert ddp["steps"] == one.step == 40
    # Each step is the whole batch's gradient, summed in another order: the same run up to rounding.
    assert ddp["train_loss"] == pytest.approx(one.train_loss, rel=1e-3)
    assert ddp["test_accuracy"] == pytest.approx(one.test_accuracy, abs=0.02)
    assert torch.load(tmp_path / "ddp.pt", weights_only=True)["output.weight"].shape == (1, 8)
