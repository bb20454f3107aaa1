"""Compare Runs in the real main window: the dialog, a preset trained live with every view fed, pause
and stop, promoting a variant (undoable), CSV export, closing while it trains. Waits on signals."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from guinet.core import compare as C
from guinet.core.project import load_example
from guinet.gui.compare.dialog import CompareDialog
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def window(qtbot):
    made = []

    def make(example: str = "xor-mlp", **training) -> MainWindow:
        project = load_example(example)
        for key, value in training.items():
            project.set_training(key, value)
        w = MainWindow(project, persist=False)
        qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
        w.resize(1280, 800)
        with qtbot.waitSignal(w.controllers_installed):   # Compare installs itself after the first paint
            w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        w.compare.shutdown()
        if w.compare.view is not None:
            w.compare.view.close()
        w.live.stop_and_wait()


def test_the_train_menu_offers_compare_and_the_dialog_makes_variants(window, qtbot):
    w = window()
    assert w.actions_by_name["compare"] in w.menus["train"].actions()
    dialog = CompareDialog(w.project, w)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 3
    assert len(dialog.variants()) == 9          # the first preset: gradient descent variants
    dialog.tabs.setCurrentIndex(1)
    dialog.key_boxes[0].setCurrentText("optimizer")
    dialog.value_edits[0].setText("sgd, adam")
    assert [v.label for v in dialog.variants()] == ["SGD", "Adam"]
    dialog.value_edits[0].setText("sgd, bogus")
    assert dialog.variants() == [] and "one of sgd" in dialog.preview.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.tabs.setCurrentIndex(2)
    assert len(dialog.variants()) == 2
    dialog.copies.cellWidget(1, 0).setCurrentIndex(dialog.copies.cellWidget(1, 0).findData("sgd"))
    variants = dialog.variants()
    assert variants[1].settings == {"optimizer": "sgd"} and variants[0].settings == {}


def test_a_preset_trains_live_and_feeds_every_view(window, qtbot, tmp_path):
    w = window()
    ctl = w.compare
    with qtbot.waitSignal(ctl.finished, timeout=120_000) as done:
        assert ctl.start_preset("Activations", epochs=60)
    results = done.args[0]
    assert [r.label for r in results] == ["Sigmoid", "Tanh", "ReLU", "Leaky ReLU", "ELU"]
    assert all(r.state == "finished" and r.epoch == 60 for r in results)
    view = ctl.view
    assert view.isVisible() and view.table.rowCount() == 5
    assert all(len(s) == 60 for s in view.curves.loss_series)
    assert len(view.boundaries) == 5 and all(b.last_grid is not None for b in view.boundaries)
    assert all(len(item.xData) == 2 for item in view.gradients.items)    # dense_1 and output
    # The legends name every variant and stand beside the plots, never over the curves.
    for panel, legend, plots in ((view.curves, view.curves.legend, (view.curves.loss_plot, view.curves.acc_plot)),
                                 (view.gradients, view.gradients.legend, (view.gradients.plot,))):
        assert [label.text for _sample, label in legend.items] == [r.label for r in results]
        box = legend.sceneBoundingRect()
        assert box.width() > 20
        for plot in plots:
            assert not box.intersects(plot.vb.sceneBoundingRect()), (panel, plot)
    # The window fits the screen it opens on.
    room = view.screen().availableGeometry()
    assert view.width() <= room.width() and view.height() <= room.height()
    best = C.best_result(results)
    assert best.label in view.leader.text()
    # Each variant's numbers are those of its own single run.
    from guinet.core.trainer import Trainer
    tanh = ctl.variants[1].project
    trainer = Trainer(tanh)
    snap = list(trainer.run(snapshot_every_s=10))[-1]
    assert results[1].train_loss == pytest.approx(snap.train_loss, rel=1e-5)
    # Sorting by training loss puts the best first; CSV export writes every row.
    view.table.sortItems(1, Qt.SortOrder.AscendingOrder)
    assert view.table.item(0, 0).text() == best.label
    path = view.export_csv(tmp_path / "results.csv")
    rows = list(csv.reader(path.open()))
    assert rows[0][0] == "variant" and len(rows) == 6


def test_pause_stop_and_promote_with_undo(window, qtbot):
    w = window()
    ctl = w.compare
    project = w.project.__class__(w.project.graph.copy(), dict(w.project.data), dict(w.project.training))
    project.set_training("epochs", 10_000_000)
    variants = C.make_variants(project, [C.parse_vary("optimizer=sgd,rmsprop")])
    with qtbot.waitSignal(ctl.frame_drawn, timeout=60_000):
        ctl.start(variants)
    with qtbot.waitSignal(ctl.state_changed, timeout=30_000, check_params_cb=lambda s: s == "paused"):
        ctl.pause()
    with qtbot.waitSignal(ctl.state_changed, timeout=30_000, check_params_cb=lambda s: s == "running"):
        ctl.resume()
    with qtbot.waitSignal(ctl.finished, timeout=30_000) as stopped:
        ctl.stop()
    assert all(r.state == "stopped" for r in stopped.args[0])
    assert ctl.state == "stopped" and not ctl.is_running()
    before = w.project.training_settings()["optimizer"]
    ctl.promote(1)
    assert w.project.training_settings()["optimizer"] == "rmsprop"
    assert w.project.training_settings()["epochs"] == 10_000_000
    w.undo_stack.undo()
    assert w.project.training_settings()["optimizer"] == before
    assert w.project.training_settings()["epochs"] == 400


def test_closing_the_window_while_comparing_stops_and_joins(window, qtbot):
    w = window()
    project = load_example("xor-mlp")
    project.set_training("epochs", 10_000_000)
    with qtbot.waitSignal(w.compare.frame_drawn, timeout=60_000):
        w.compare.start(C.make_variants(project, [C.parse_vary("learning_rate=0.01,0.1")]))
    w.close()
    assert not w.compare.is_running()
