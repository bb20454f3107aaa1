"""kill -9 during saves: the old file is whole every time, and no temporary file outlives the next save.

Each trial forks a process that saves one of two large projects over the same file in a loop, and
kills it with SIGKILL at a random moment, usually in the middle of writing a temporary file.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

from guinet.core.project import load_example, load_project, project_to_json, save_project, write_atomic

TRIALS = 50

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                                reason="needs fork() and SIGKILL")


def _versions():
    texts = []
    for i in range(2):
        project = load_example("xor-mlp")
        project.description = f"version {i} " + "x" * (3 << 20)  # ~3 MB: a save takes a while
        texts.append(project_to_json(project).encode("utf-8"))
    return texts


def test_kill_9_during_saves_never_breaks_the_file(tmp_path):
    path = tmp_path / "p.guinet"
    versions = _versions()
    path.write_bytes(versions[0])
    rng = random.Random(0)
    interrupted = 0
    for trial in range(TRIALS):
        pid = os.fork()
        if pid == 0:  # the child: save, save, save until killed
            try:
                i = 0
                while True:
                    write_atomic(path, versions[i % 2])
                    i += 1
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.025))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert path.read_bytes() in versions, f"trial {trial}: the file is not one whole version"
        leftovers = [p for p in tmp_path.iterdir() if p != path]
        interrupted += bool(leftovers)
        # The next save (here: of a small project) removes what the killed one left.
        save_project(load_example("xor-mlp"), path)
        assert [p.name for p in tmp_path.iterdir()] == ["p.guinet"], f"trial {trial}: a temp file outlived a save"
        assert load_project(path).name == "xor-mlp"
        path.write_bytes(versions[trial % 2])
    print(f"{interrupted} of {TRIALS} kills landed during a save")
    assert interrupted > 0, "no kill landed during a save: the test did not test anything"
