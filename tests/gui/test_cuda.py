"""Live training on a CUDA GPU, in the real window (skipped where torch has no CUDA)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

pytestmark = [
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="torch reports no CUDA device"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def cuda_window(qtbot):
    from guinet.core.project import load_example
    from guinet.gui.main_window import MainWindow

    project = load_example("xor-mlp")
    project.set_training("device", "cuda")
    window = MainWindow(project, persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.shutdown()


@pytest.mark.slow
def test_xor_trains_on_the_gpu_to_accuracy_one(cuda_window, qtbot):
    live = cuda_window.live
    with qtbot.waitSignal(live.session_ended, timeout=120_000) as ended:
        live.start()
    last = ended.args[0]
    assert live.trainer.device.type == "cuda"
    assert next(live.trainer.model.parameters()).is_cuda
    assert last.state == "finished" and last.train_accuracy == 1.0
    assert live.boundary_plot.last_grid is not None
    name = torch.cuda.get_device_name(live.trainer.device)
    assert name in live.device_label.text() and "CUDA" in live.device_label.text()
    assert live.device_label.toolTip() == live.device_label_text   # no fallback note


def test_pause_and_stop_on_the_gpu(cuda_window, qtbot):
    live = cuda_window.live
    cuda_window.project.set_training("epochs", 10_000_000)
    live.start()
    qtbot.waitUntil(lambda: live.last_snapshot is not None and live.last_snapshot.step > 10, timeout=60_000)
    live.pause()
    if live.state != "paused":
        with qtbot.waitSignal(live.state_changed, timeout=10_000, check_params_cb=lambda s: s == "paused"):
            pass
    with qtbot.waitSignal(live.session_ended, timeout=10_000):
        live.stop()
    assert live.worker is None and live.state == "stopped"
