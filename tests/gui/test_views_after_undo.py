"""The decision boundary tells the truth after an undo and a Save As, and says when the network
predicts one class everywhere (a plain, near-white plane otherwise says nothing)."""

from __future__ import annotations

import numpy as np
import pytest

from guinet.core.data import make_dataset
from guinet.core.project import load_example
from guinet.core.snapshot import FINISHED, Snapshot
from guinet.gui.commands import SetParamCommand
from guinet.gui.main_window import MainWindow
from guinet.gui.plots.boundary import DecisionBoundaryPlot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _snap(grid) -> Snapshot:
    return Snapshot(state=FINISHED, epoch=1, epochs=1, step=1, elapsed=0.1, steps_per_second=10.0,
                    grid=np.asarray(grid, np.float32), grid_extent=(-0.5, 1.5, -0.5, 1.5))


def test_one_class_everywhere_is_said_in_the_plot(qtbot):
    plot = DecisionBoundaryPlot()
    qtbot.addWidget(plot)
    plot.set_dataset(make_dataset(load_example("xor-mlp").data))
    plot.show_snapshot(_snap(np.full((8, 8), 0.51)))
    assert plot.message.toPlainText() == "The network predicts class 1 everywhere"
    grid = np.full((8, 8), 0.2)
    grid[4:, :] = 0.8
    plot.show_snapshot(_snap(grid))
    assert plot.message.toPlainText() == ""
    plot.show_snapshot(_snap(np.full((8, 8), 0.1)))
    assert "class 0" in plot.message.toPlainText()
    plot.clear_output()
    assert plot.message.toPlainText() == ""


def test_boundary_comes_back_after_an_undo_and_stays_after_save_as(qtbot, tmp_path):
    w = MainWindow(load_example("xor-mlp"), None, persist=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    w.live.build_plots()
    w.live.train_blocking(50)
    boundary = w.live.boundary_plot
    assert boundary.image.image is not None
    shown = boundary.image.image.copy()
    w.undo_stack.push(SetParamCommand(w.project, "dense_1", "units", 8))
    assert boundary.image.image is None          # another network: its boundary is not known
    w.undo_stack.undo()
    assert boundary.image.image is not None      # the trained network again: its boundary again
    np.testing.assert_array_equal(boundary.image.image, shown)
    # Save As into another folder makes the data set again; the boundary stays.
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert w.save_to(folder / "mine.guinet", rename=True)
    assert boundary.image.image is not None
    np.testing.assert_array_equal(boundary.image.image, shown)


def test_a_changed_example_saved_as_ones_own_says_where_it_started(qtbot, tmp_path):
    from guinet.core.project import load_project

    w = MainWindow(load_example("xor-mlp"), None, persist=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    example_notes = w.project.description
    # Unchanged, it is the example, notes and all.
    assert w.save_to(tmp_path / "same.guinet", rename=True)
    assert load_project(tmp_path / "same.guinet").description == example_notes
    w.open_example("xor-mlp")
    w.undo_stack.push(SetParamCommand(w.project, "dense_1", "units", 8))
    assert w.save_to(tmp_path / "mine.guinet", rename=True)
    saved = load_project(tmp_path / "mine.guinet").description
    assert saved.startswith("Started from the example xor-mlp and changed since.")
    assert example_notes in saved
    # Saved again, it is the user's file: the note is not added twice.
    w.undo_stack.push(SetParamCommand(w.project, "dense_1", "units", 6))
    assert w.save()
    assert load_project(tmp_path / "mine.guinet").description == saved
