"""The torch thread count follows the arithmetic of one step (guinet.core.threads)."""

from __future__ import annotations

import json
import threading

import pytest
import torch

from guinet import cli
from guinet.core.project import load_example
from guinet.core.threads import FLOPS_PER_THREAD, choose_threads, step_flops
from guinet.core.trainer import Trainer, TrainerError


def test_small_steps_get_one_thread_and_large_ones_more_up_to_the_cores():
    assert choose_threads(1e5, cores=8).threads == 1
    assert choose_threads(FLOPS_PER_THREAD * 3.5, cores=8).threads == 3
    assert choose_threads(FLOPS_PER_THREAD * 100, cores=8).threads == 8
    assert choose_threads(FLOPS_PER_THREAD * 100, cores=8, reserve_cores=1).threads == 7
    assert choose_threads(FLOPS_PER_THREAD * 100, cores=1, reserve_cores=1).threads == 1


def test_the_users_choice_wins_and_gpus_feed_from_one_thread():
    choice = choose_threads(1e5, requested=4, cores=2)
    assert choice.threads == 4 and "automatic would choose 1" in choice.reason
    assert choose_threads(FLOPS_PER_THREAD * 100, device_type="cuda", cores=8).threads == 1
    assert choose_threads(1e5, cores=2).label == "1 thread"
    assert choose_threads(FLOPS_PER_THREAD * 2, cores=2).label == "2 threads"


def test_step_flops_counts_every_linear_layer_forward_and_backward():
    model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
    assert step_flops(model, 10) == 6 * (2 * 4 + 4 * 1) * 10


def test_the_trainer_trains_xor_on_one_thread_on_the_thread_that_trains():
    trainer = Trainer(load_example("xor-mlp"))
    assert trainer.threads == 1 and "small" in trainer.thread_choice.reason
    seen = []

    def train():
        torch.set_num_threads(2)      # whatever the thread had before
        trainer.train_steps(3)
        seen.append(torch.get_num_threads())

    worker = threading.Thread(target=train)
    worker.start()
    worker.join()
    assert seen == [1]


def test_a_large_step_gets_more_threads_than_a_small_one(monkeypatch):
    monkeypatch.setattr("guinet.core.threads.cpu_cores", lambda: 4)
    big = Trainer(load_example("xor-mlp"))
    big.model = torch.nn.Sequential(torch.nn.Linear(2, 4000), torch.nn.Linear(4000, 4000))  # 1e8 MACs a row
    big._choose_threads()
    assert big.threads == 4
    assert Trainer(load_example("xor-mlp")).threads == 1


def test_threads_is_a_setting_that_can_change_while_training():
    project = load_example("xor-mlp")
    project.set_training("threads", 2)
    trainer = Trainer(project)
    assert trainer.threads == 2
    trainer.request_setting("threads", 0)
    trainer.train_steps(1)
    assert trainer.threads == 1
    with pytest.raises(TrainerError):
        trainer.request_setting("threads", -1)


def test_cli_train_reports_and_takes_the_thread_count(capsys):
    assert cli.main(["train", "--example", "xor-mlp", "--epochs", "5", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["threads"] == 1 and result["threads_reason"]
    assert cli.main(["train", "--example", "xor-mlp", "--epochs", "5", "--threads", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["threads"] == 2
    assert cli.main(["train", "--example", "xor-mlp", "--threads", "-3"]) == 2
    assert "--threads" in capsys.readouterr().err
