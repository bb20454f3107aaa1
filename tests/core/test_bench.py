"""guinet bench: the output format (not a timed assertion; timings on a shared machine are noise)."""

import json
import re

from guinet import cli
from guinet.core.bench import plain_model, run_bench
from guinet.core.project import load_example
from guinet.core.trainer import Trainer


def test_run_bench_reports_both_loops_and_their_ratio():
    result = run_bench("xor-mlp", seconds=0.05, repeats=2)
    assert len(result.plain_runs) == len(result.guinet_runs) == 2
    assert result.plain_steps_per_second > 0 and result.guinet_steps_per_second > 0
    assert abs(result.ratio - result.guinet_steps_per_second / result.plain_steps_per_second) < 1e-12
    lines = result.lines()
    assert any(re.match(r"plain PyTorch loop: [\d,]+ steps/s", line) for line in lines)
    assert any(re.match(r"guinet trainer: +[\d,]+ steps/s", line) for line in lines)
    assert any(re.match(r"ratio guinet/plain: \d+\.\d{3}$", line) for line in lines)


def test_plain_model_is_the_same_network_with_the_same_initial_weights():
    trainer = Trainer(load_example("xor-mlp"))
    seq = plain_model(trainer)
    x = trainer.x_train
    assert (seq(x) == trainer.model(x)).all()
    assert [type(m).__name__ for m in seq] == ["Linear", "Tanh", "Linear"]


def test_cli_bench_json(capsys):
    assert cli.main(["bench", "--example", "xor-mlp", "--seconds", "0.05", "--repeats", "1", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    result = json.loads(out[-1])
    assert {"plain_steps_per_second", "guinet_steps_per_second", "ratio", "device", "threads",
            "steps_per_run"} <= set(result)
    assert any(line.startswith("ratio guinet/plain:") for line in out[:-1])


def test_cli_bench_refuses_the_perceptron_with_status_2(capsys):
    assert cli.main(["bench", "--example", "and-perceptron"]) == 2
    assert "perceptron" in capsys.readouterr().err


def test_bench_runs_the_plain_loop_with_torchs_default_threads_and_guinet_with_its_own():
    from guinet.core.bench import TORCH_DEFAULT_THREADS

    result = run_bench("xor-mlp", seconds=0.05, repeats=2)
    assert result.plain_threads == TORCH_DEFAULT_THREADS and result.threads == 1
    text = "\n".join(result.lines())
    assert f"({'1 thread' if TORCH_DEFAULT_THREADS == 1 else f'{TORCH_DEFAULT_THREADS} threads'}, torch's default)" in text
    if TORCH_DEFAULT_THREADS != 1:   # the same-thread-count baseline is there to tell the two gains apart
        assert len(result.plain_same_threads_runs) == 2
        assert re.search(r"^ratio guinet/plain at the same thread count: \d+\.\d{3}$", text, re.M)


def test_load_bench_measures_quiet_then_with_a_busy_core_and_ends_the_busy_process(monkeypatch):
    from guinet.core import bench

    started = []
    real_popen = bench.subprocess.Popen

    def recording_popen(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(bench.subprocess, "Popen", recording_popen)
    result = bench.run_load_bench("xor-mlp", seconds=0.05, repeats=1)
    lines = result.lines()
    assert any(re.match(r"ratio guinet/plain under load: \d+\.\d{3}$", line) for line in lines)
    assert any(re.match(r"guinet loaded/quiet: \d+\.\d{3}$", line) for line in lines)
    assert len(started) == 1 and started[0].poll() is not None   # the busy process is gone
    assert result.loaded_over_quiet == result.loaded.guinet_steps_per_second / result.quiet.guinet_steps_per_second
