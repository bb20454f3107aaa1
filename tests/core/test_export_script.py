"""The exported training script reproduces guinet's run, in a Python that cannot import guinet.

Every example and a few projects of our own (a DAG with Add, Concat, layer and batch norm, dropout,
penalties, clipping, AdamW, a standardized CSV) are exported, run in ONE isolated interpreter (``-I``,
no PYTHONPATH, ``guinet`` imports blocked) and compared with ``guinet train`` of the same project:
the final train and test losses agree to 1e-6 relative (on the CPU they are in fact bit-identical).
Training runs shortened by the script's own ``--epochs`` (and ``guinet train --epochs``) keep this quick.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from guinet import cli
from guinet.core import Graph, Project
from guinet.core.builder import build_model
from guinet.core.data import make_dataset, task_info_for
from guinet.core.export import CLASS_NAME, network_class, network_code, write_script
from guinet.core.export.network import map_state_dict
from guinet.core.project import example_names, load_example, save_project

KEYS = ("epochs", "steps", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
# Epochs per example in the comparison: short runs that still take many steps (mini-batches, BN updates).
SHORT = 12

# Runs scripts one after another in this interpreter, each as __main__ with its own argv, and prints one
# JSON line per script: its last stdout line. Any import of guinet fails.
RUNNER = textwrap.dedent('''
    import contextlib, io, json, runpy, sys

    class NoGuinet:
        def find_spec(self, name, path=None, target=None):
            if name == "guinet" or name.startswith("guinet."):
                raise ImportError("the exported script must not import guinet")
            return None

    sys.meta_path.insert(0, NoGuinet())
    for job in json.loads(sys.argv[1]):
        sys.argv = job
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            runpy.run_path(job[0], run_name="__main__")
        print(json.dumps({"script": job[0], "last": out.getvalue().strip().splitlines()[-1]}), flush=True)
''')


def run_scripts(tmp_path: Path, jobs: list[list[str]]) -> dict[str, dict]:
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER)
    proc = subprocess.run([sys.executable, "-I", str(runner), json.dumps(jobs)], capture_output=True, text=True,
                          cwd=tmp_path, env={"PATH": "/usr/bin:/bin"}, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = {}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        results[row["script"]] = json.loads(row["last"])
    return results


def guinet_train(capsys, args: list[str]) -> dict:
    assert cli.main(["train", *args, "--device", "cpu", "--json"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def assert_same_run(script: dict, guinet: dict) -> None:
    assert script["epochs"] == guinet["epochs"] and script["steps"] == guinet["steps"]
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        a, b = script[key], guinet[key]
        if b is None:
            assert a is None, key
        else:
            assert a == pytest.approx(b, rel=1e-6, abs=1e-12), (key, a, b)


def export_script(project: Project, path: Path, base_dir: Path | None = None) -> Path:
    dataset = make_dataset(project.data, base_dir=base_dir)
    path.write_text(write_script(project, dataset, base_dir=base_dir, file_name=path.name))
    return path


def drawn_points(classes: bool) -> list[list]:
    """Forty points as the Draw mode makes them (coordinates rounded to 3 decimals): three classes by
    angle, or a target that is the distance from the origin."""
    rng = torch.Generator().manual_seed(5)
    points = []
    for x, y in (torch.rand(40, 2, generator=rng) * 10 - 5).tolist():
        x, y = round(x, 3), round(y, 3)
        value = int((math.atan2(y, x) + math.pi) // (2 * math.pi / 3)) % 3 if classes else round(math.hypot(x, y), 3)
        points.append([x, y, value])
    return points


def dag_project(csv: Path | None = None, drawn: str | None = None) -> Project:
    """Input -> dense_1 (LN, dropout) -> [dense_2, dense_3] -> add_1 -> batchnorm_1 -> concat_1 with dense_1 ->
    activation_1 -> dropout_1 -> output, trained with AdamW, L1, L2 and clipping on mini-batches."""
    g = Graph()
    g.add_node("input", node_id="input")
    g.add_node("dense", {"units": 6, "activation": "elu", "normalization": "layer", "dropout": 0.2,
                         "weight_init": "he_uniform", "bias_init": "default"}, node_id="dense_1")
    g.add_node("dense", {"units": 5, "activation": "leaky_relu", "activation.negative_slope": 0.1,
                         "weight_init": "xavier_uniform", "bias_init": "normal", "bias_init.std": 0.1},
               node_id="dense_2")
    g.add_node("dense", {"units": 5, "activation": "silu", "weight_init": "orthogonal", "bias": False},
               node_id="dense_3")
    g.add_node("add", node_id="add_1")
    g.add_node("batchnorm", {"momentum": 0.2}, node_id="batchnorm_1")
    g.add_node("concat", node_id="concat_1")
    g.add_node("activation", {"activation": "gelu"}, node_id="activation_1")
    g.add_node("dropout", {"dropout": 0.1}, node_id="dropout_1")
    g.add_node("output", {"weight_init": "lecun_normal"}, node_id="output")
    for a, b in [("input", "dense_1"), ("dense_1", "dense_2"), ("dense_1", "dense_3"), ("dense_2", "add_1"),
                 ("dense_3", "add_1"), ("add_1", "batchnorm_1"), ("batchnorm_1", "concat_1"),
                 ("dense_1", "concat_1"), ("concat_1", "activation_1"), ("activation_1", "dropout_1"),
                 ("dropout_1", "output")]:
        g.add_edge(a, b)
    data = {"dataset": "spiral", "dataset.arms": 3, "samples": 150, "noise": 0.05, "standardize": True,
            "features": ["x1", "x2", "x1^2", "x1*x2", "sin(x2)"], "seed": 3}
    if csv is not None:
        data = {"dataset": "csv", "dataset.path": csv.name, "standardize": True, "train_share": 0.7}
    if drawn is not None:
        data = {"dataset": drawn, "dataset.points": drawn_points(drawn == "drawn"), "standardize": True,
                "features": ["x1", "x2", "x1*x2"], "train_share": 0.75, "seed": 2}
    training = {"optimizer": "adamw", "learning_rate": 0.02, "batch_size": 16, "epochs": 6, "l1": 1e-4,
                "l2": 1e-3, "clip_norm": 1.0, "seed": 11}
    return Project(g, data=data, training=training, name="dag")


def write_csv(path: Path) -> Path:
    rng = torch.Generator().manual_seed(0)
    rows = ["width;height;colour"]
    for _ in range(60):
        w, h = (torch.rand(2, generator=rng) * 10).tolist()
        colour = "red" if w + h > 10 else "blue"
        rows.append(f"{w:.3f};{h:.3f};{colour}")
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.slow
def test_every_example_and_a_dag_reproduce_guinet_train(tmp_path, capsys):
    jobs, expected = [], {}
    for name in example_names():
        project = load_example(name)
        epochs = min(project.training_settings()["epochs"], SHORT if name != "xor-mlp" else 400)
        script = export_script(project, tmp_path / f"{name.replace('-', '_')}.py")
        jobs.append([str(script), "--epochs", str(epochs)] +
                    ([] if project.training_settings()["optimizer"] == "perceptron" else ["--device", "cpu"]))
        expected[str(script)] = guinet_train(capsys, ["--example", name, "--epochs", str(epochs)])
    for label, csv, drawn in (("dag", None, None), ("dag_csv", write_csv(tmp_path / "shapes.csv"), None),
                              ("dag_drawn", None, "drawn"), ("dag_drawn_regression", None, "drawn_regression")):
        project = dag_project(csv, drawn)
        saved = tmp_path / f"{label}.guinet"
        save_project(project, saved)
        script = export_script(project, tmp_path / f"{label}.py", base_dir=tmp_path)
        jobs.append([str(script), "--device", "cpu"])
        expected[str(script)] = guinet_train(capsys, [str(saved)])
    results = run_scripts(tmp_path, jobs)
    assert set(results) == set(expected)
    for script, guinet in expected.items():
        assert set(KEYS) == set(results[script]), script
        assert_same_run(results[script], guinet)
    # The comparison is not between two untrained networks.
    assert expected[str(tmp_path / "xor_mlp.py")]["train_accuracy"] == 1.0


INITIALIZERS = [("default", "default"), ("xavier_uniform", "xavier_uniform"), ("xavier_normal", "xavier_normal"),
                ("he_uniform", "he_uniform"), ("he_normal", "he_normal"), ("lecun_normal", "lecun_normal"),
                ("orthogonal", "orthogonal"), ("normal", "uniform"), ("uniform", "constant"), ("zeros", "zeros")]


@pytest.mark.parametrize("activation", ["relu", "tanh", "leaky_relu", "sigmoid"])
@pytest.mark.parametrize("weight_init, bias_init", INITIALIZERS)
def test_init_weights_draws_the_builders_numbers(weight_init, bias_init, activation):
    g = Graph()
    g.add_node("input", node_id="input")
    params = {"units": 5, "activation": activation, "weight_init": weight_init, "bias_init": bias_init}
    if weight_init.startswith("he_"):
        params["weight_init.mode"] = "fan_out"
    g.add_node("dense", params, node_id="dense_1")
    g.add_node("output", {"weight_init": bias_init, "bias_init": weight_init}, node_id="output")
    g.add_edge("input", "dense_1")
    g.add_edge("dense_1", "output")
    project = Project(g, data={"dataset": "xor", "features": ["x1", "x2", "x1*x2"]})
    dataset = make_dataset(project.data)
    info = task_info_for(project, dataset)
    code = network_code(project.graph, info)
    namespace: dict = {}
    exec("import math\nimport torch\nfrom torch import nn\n" + code.init_source, namespace)
    model = network_class(code)()
    namespace["init_weights"](model, 7)
    reference = build_model(project.graph, info, 7).state_dict()
    exported = model.state_dict()
    mapped = map_state_dict(reference, code.key_map)
    assert set(mapped) == set(exported)
    for key, value in mapped.items():
        assert torch.equal(exported[key], value), key


def test_the_model_class_is_named_as_on_the_canvas_and_follows_the_graph():
    project = dag_project()
    dataset = make_dataset(project.data)
    info = task_info_for(project, dataset)
    code = network_code(project.graph, info)
    source = code.class_source
    for line in ["self.dense_1 = nn.Linear(5, 6)", "self.dense_1_norm = nn.LayerNorm(6)",
                 "self.dense_1_dropout = nn.Dropout(0.2)", "self.dense_3 = nn.Linear(6, 5, bias=False)",
                 "self.batchnorm_1 = nn.BatchNorm1d(5, momentum=0.2)", "add_1 = dense_2 + dense_3",
                 "concat_1 = torch.cat([batchnorm_1, dense_1], dim=-1)", "activation_1 = F.gelu(concat_1)",
                 "dense_2 = F.leaky_relu(self.dense_2(dense_1), 0.1)", "return self.output(dropout_1)"]:
        assert line in source, line
    # The same function as guinet's model, given the same weights.
    reference = build_model(project.graph, info, 0).eval()
    model = network_class(code)().eval()
    model.load_state_dict(map_state_dict(reference.state_dict(), code.key_map))
    x = torch.randn(9, 5)
    assert torch.equal(model(x), reference(x))
    assert list(model.state_dict()) == list(map_state_dict(reference.state_dict(), code.key_map))


def test_scripts_compile_have_no_guinet_import_and_short_lines(tmp_path):
    for name in example_names() + ["dag"]:
        project = dag_project() if name == "dag" else load_example(name)
        source = write_script(project, make_dataset(project.data), file_name="train.py")
        compile(source, name, "exec")
        assert "guinet." not in source and "import guinet" not in source
        too_long = [line for line in source.splitlines() if len(line) > 100]
        assert not too_long, (name, too_long)
        assert source.endswith('if __name__ == "__main__":\n    main()\n')
        assert "\n\n\n\n" not in source


def test_perceptron_script_has_the_rule_and_the_step(tmp_path):
    project = load_example("and-perceptron")
    source = write_script(project, make_dataset(project.data))
    assert "def train_perceptron(" in source and "w += lr * delta * x" in source
    assert "def step(x):" in source and "return step(self(x))" in source
    assert "DistributedDataParallel" not in source  # the rule runs in one process, and says so
    assert "runs in one process" in source


def test_torchrun_header_and_the_script_reads_the_csv_from_its_path(tmp_path):
    csv = write_csv(tmp_path / "shapes.csv")
    project = dag_project(csv)
    source = write_script(project, make_dataset(project.data, base_dir=tmp_path), base_dir=tmp_path,
                          file_name="shapes.py")
    assert f"CSV_FILE = {json.dumps(str(csv.resolve()))}" in source
    assert "torchrun --nproc_per_node=4 shapes.py" in source and "--node_rank=1" in source
    assert '"""' + "dag:" in source.splitlines()[0]
    assert math.isfinite(len(source)) and CLASS_NAME in source
