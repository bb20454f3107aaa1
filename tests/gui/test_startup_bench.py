"""guinet bench --startup: both programs paint a window and report when (format, not timing)."""

from __future__ import annotations

import pytest

from guinet.gui.startup_bench import run_startup_bench


@pytest.mark.slow
def test_startup_bench_times_both_windows_and_prints_their_ratio():
    result = run_startup_bench(repeats=1)
    assert len(result.bare_runs) == len(result.guinet_runs) == 1
    assert 0 < result.bare < 60 and 0 < result.guinet < 60
    lines = result.lines()
    assert lines[-1] == f"ratio guinet/bare window: {result.ratio:.2f}"
    assert result.to_dict()["ratio"] == round(result.guinet / result.bare, 4)
