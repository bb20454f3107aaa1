"""The step-through mode in the real main window: phases, the panel's and the canvas's numbers, taking
the step, typing a weight (undoable), the perceptron's w, b and decision line, a network with Add."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from guinet.core import Graph, Project
from guinet.core.project import load_example
from guinet.core.stepper import format_number
from guinet.gui.main_window import MainWindow
from guinet.gui.stepper import PHASE_BACKWARD, PHASE_FORWARD, PHASE_LOSS, PHASE_UPDATE
from guinet.gui.stepper.plane import decision_line

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def open_window(qtbot):
    def make(project) -> MainWindow:
        if isinstance(project, str):
            project = load_example(project)
        window = MainWindow(project, persist=False)
        qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def weight(window, node, row, col=None):
    linear = window.live.trainer.model.layers[node].linear
    return float(linear.bias.detach()[row]) if col is None else float(linear.weight.detach()[row, col])


def test_phases_panel_and_canvas_show_the_records_numbers(open_window, qtbot):
    window = open_window("xor-mlp")
    st = window.stepper
    assert not st.next_action.isEnabled()   # off: the arrow keys stay the canvas's
    assert st.start(sample=3)
    assert st.next_action.isEnabled() and st.dock.isVisible()
    assert [(p.kind, p.layer) for p in st.phases] == [
        (PHASE_FORWARD, "dense_1"), (PHASE_FORWARD, "output"), (PHASE_LOSS, None),
        (PHASE_BACKWARD, "output"), (PHASE_BACKWARD, "dense_1"), (PHASE_UPDATE, None)]
    layer = st.record.layer("dense_1")
    panel = st.panel
    # forward, Dense 1: every unit's z and a in the panel, the same numbers on the card's badge
    assert panel.values.rowCount() == 4
    for j in range(4):
        assert panel.values.item(j, 0).text() == format_number(layer.z[0, j], 5)
        assert panel.values.item(j, 1).text() == format_number(layer.a[0, j], 5)
        assert "z = " in panel.values.item(j, 0).toolTip()
    badge = st._badges["dense_1"]
    assert badge.content.active
    z_row = next(r for r in badge.content.rows if r.key == "z")
    np.testing.assert_allclose(z_row.values, layer.z[0])
    assert "tanh(z)" in z_row.tips[0]
    assert st._badges["input"].content.rows[0].values.tolist() == [1.0, 1.0]
    # the ring marks the sample on the decision boundary
    assert st.plane.ring.isVisible()
    np.testing.assert_allclose(st.plane.ring.getData()[0], [1.0])

    with qtbot.waitSignal(st.phase_changed, timeout=2000) as blocker:
        st.next_action.trigger()
    assert blocker.args == [1]
    st.next()
    assert st.phase.kind == PHASE_LOSS
    assert "L = " in panel.formula.text() and format_number(st.record.loss) in panel.formula.text()
    st.next()
    assert st.phase == st.phases[3]
    out = st.record.layer("output")
    assert panel.values.horizontalHeaderItem(2).text() == "= dL/dz"
    assert panel.values.item(0, 2).text() == format_number(out.grad_z[0, 0], 5)
    assert "dL/da · f'(z)" in panel.values.item(0, 2).toolTip()
    st.back()
    assert st.phase.kind == PHASE_LOSS
    st.go_to(5)
    assert st.phase.kind == PHASE_UPDATE
    assert "m ← β1·m" in panel.formula.text()

    # Next after the update takes the step and starts on the next sample
    before = weight(window, "dense_1", 0, 0)
    change = st.record.layer("dense_1").update_weight[0, 0]
    assert panel.next_button.text().startswith("Take step")
    assert st.next()
    assert weight(window, "dense_1", 0, 0) == pytest.approx(before + change, abs=1e-6)
    assert st.sample == 0 and st.index == 0
    st.stop()
    assert not st.active and not st.next_action.isEnabled()
    assert not st._badges.get("dense_1")


def test_typing_a_weight_is_undoable_and_the_step_follows(open_window, qtbot):
    window = open_window("xor-mlp")
    st = window.stepper
    assert st.start(sample=2, phase=1)   # forward through the output: its weights are editable
    old = weight(window, "output", 0, 1)
    table = st.panel.weights
    item = table.item(0, 1)
    with qtbot.waitSignal(st.record_changed, timeout=3000):
        item.setText("0.75")           # what typing into the cell does
    assert weight(window, "output", 0, 1) == pytest.approx(0.75)
    assert st.record.layer("output").weight[0, 1] == pytest.approx(0.75)
    assert st.index == 1                # the same phase, with the new numbers
    assert window.undo_stack.canUndo() and "W[1,2]" in window.undo_stack.undoText()
    with qtbot.waitSignal(st.record_changed, timeout=3000):
        window.undo_stack.undo()
    assert weight(window, "output", 0, 1) == pytest.approx(old)
    assert st.record.layer("output").weight[0, 1] == pytest.approx(old, abs=1e-6)
    # a word is not a number: nothing changes, the panel says why
    count = window.undo_stack.count()
    st.panel.weights.item(0, 0).setText("abc")
    assert window.undo_stack.count() == count and "not a number" in st.panel.notes.text()
    st.stop()


def test_perceptron_shows_w_b_and_its_line_and_they_move_with_the_step(open_window, qtbot):
    window = open_window("and-perceptron")
    st = window.stepper
    assert st.start(sample=0)
    trainer = window.live.trainer
    w = trainer.model.layers["output"].linear.weight.detach().numpy()[0].copy()
    b = float(trainer.model.layers["output"].linear.bias.detach()[0])
    row = st._badges["output"].content.rows[0]
    assert row.key == "perceptron" and row.names == ["w1", "w2", "b"]
    np.testing.assert_allclose(row.values, [w[0], w[1], b], rtol=1e-6)
    assert st.plane.line.isVisible()
    xs, ys = st.plane.line.getData()
    np.testing.assert_allclose(w[0] * xs + w[1] * ys + b, 0.0, atol=1e-5)   # the points lie on the line
    assert "w ← w + lr·(y − ŷ)·x" in st.record.optimizer_formula
    # find a sample the perceptron gets wrong, so the rule moves the line
    wrong = None
    for i in range(4):
        assert st.start(sample=i)
        if st.record.layer("output").update_bias.any():
            wrong = i
            break
    assert wrong is not None
    update = st.record.layer("output").update_weight[0]
    st.go_to(len(st.phases) - 1)
    st.next()
    new_w = window.live.trainer.model.layers["output"].linear.weight.detach().numpy()[0]
    np.testing.assert_allclose(new_w, w + update, atol=1e-6)
    row = st._badges["output"].content.rows[0]
    np.testing.assert_allclose(row.values[:2], new_w, rtol=1e-6)
    xs, ys = st.plane.line.getData()
    b = float(window.live.trainer.model.layers["output"].linear.bias.detach()[0])
    np.testing.assert_allclose(new_w[0] * xs + new_w[1] * ys + b, 0.0, atol=1e-5)
    assert st.sample == (wrong + 1) % 4
    st.stop()
    assert st._badges["output"].content.rows[0].key == "perceptron"   # visible outside the mode too


def test_decision_line_with_standardized_inputs():
    mean, std = np.array([1.0, -2.0]), np.array([2.0, 0.5])
    xs, ys = decision_line(np.array([0.3, -0.8]), 0.1, (-5, 5, -5, 5), mean, std)
    u1, u2 = (xs - mean[0]) / std[0], (ys - mean[1]) / std[1]
    np.testing.assert_allclose(0.3 * u1 - 0.8 * u2 + 0.1, 0.0, atol=1e-9)
    assert decision_line(np.zeros(2), 1.0, (0, 1, 0, 1)) is None


def add_network() -> Project:
    g = Graph()
    g.add_node("input", pos=(0, 0))
    g.add_node("dense", {"units": 3, "activation": "tanh"}, pos=(200, -80))
    g.add_node("dense", {"units": 3, "activation": "relu"}, pos=(200, 120))
    g.add_node("add", pos=(400, 0))
    g.add_node("output", pos=(600, 0))
    for src, dst in [("input", "dense_1"), ("input", "dense_2"), ("dense_1", "add_1"), ("dense_2", "add_1"),
                     ("add_1", "output")]:
        g.add_edge(src, dst)
    return Project(g, data={"dataset": "xor"}, training={"optimizer": "sgd", "learning_rate": 0.5})


def test_add_copies_the_gradient_to_both_branches_on_screen(open_window):
    window = open_window(add_network())
    st = window.stepper
    assert st.start(sample=1)
    back = [i for i, p in enumerate(st.phases) if p.kind == PHASE_BACKWARD]
    assert [st.phases[i].layer for i in back] == ["output", "dense_2", "dense_1"]
    st.go_to(back[1])
    add = st.record.node("add_1")
    badge = st._badges["add_1"]
    np.testing.assert_allclose(badge.content.rows[0].values, add.grad[0])
    assert "copied" in st.panel.notes.text()
    dense_2 = st.record.layer("dense_2")
    np.testing.assert_allclose(dense_2.grad_a[0], add.grad[0], rtol=1e-6)   # the copy arrived
    edge = window.canvas.network_scene.edge_items[("dense_2", "add_1")]
    assert "Sent back to dense_2" in edge.toolTip()
    edge_in = window.canvas.network_scene.edge_items[("input", "dense_1")]
    assert "W is 3×2" in edge_in.toolTip()
    st.stop()
    assert "Sent back" not in edge.toolTip()


def test_toggle_action_and_batch_step(open_window, qtbot):
    window = open_window("xor-mlp")
    st = window.stepper
    with qtbot.waitSignal(st.active_changed, timeout=60000):
        st.toggle_action.trigger()
    qtbot.waitUntil(lambda: st._warm_thread is None, timeout=60000)
    assert st.active and st.toggle_action.isChecked()
    st.panel.batch_box.setChecked(True)
    assert st.record.batch and st.record.samples == [0, 1, 2, 3]   # batch size 0: the whole set
    assert "batch of 4" in st.panel.phase_title.text()
    st.toggle_action.trigger()
    assert not st.active and not st.dock.isVisible()


def test_clicking_near_a_training_point_picks_it(open_window, qtbot):
    window = open_window("xor-mlp")
    st = window.stepper
    assert st.start(sample=0)
    assert st.plane.pick_at(0.97, 0.05) == 2          # (1, 0) is sample 2 of the truth table
    assert st.plane.pick_at(0.5, 0.5) is None         # too far from every point
    st._picked(2)
    qtbot.waitUntil(lambda: st.sample == 2 and st.record.samples == [2], timeout=5000)
    assert st.panel.samples.selectionModel().selectedRows()[0].row() == 2
    st.stop()


def test_weights_drawn_as_lines_follow_the_weights_and_a_structure_edit_clears_them(open_window, qtbot):
    window = open_window("xor-mlp")
    st = window.stepper
    assert st.start(sample=3)    # builds the trainer; its first snapshot carries the weights
    fans = st._fans
    assert set(fans) == {("input", "dense_1"), ("dense_1", "output")}
    w = window.live.trainer.model.layers["dense_1"].linear.weight.detach().numpy()
    np.testing.assert_allclose(fans[("input", "dense_1")].weights, w, rtol=1e-6)
    assert fans[("input", "dense_1")].isVisible()
    st.go_to(len(st.phases) - 1)
    st.next()                    # take the step: the lines show the new weights
    w = window.live.trainer.model.layers["dense_1"].linear.weight.detach().numpy()
    np.testing.assert_allclose(st._fans[("input", "dense_1")].weights, w, rtol=1e-6)
    st.stop()
    window.project.graph.set_param("dense_1", "units", 3)   # another network: its old weights go
    assert not st._fans
    st.fans_action.setChecked(False)
    st._show_fans({"dense_1": (np.ones((3, 2)), None)})
    assert not st._fans          # switched off


def test_wide_layers_show_their_largest_values_in_unit_order():
    from guinet.gui.stepper.overlay import MAX_CELLS, shown_indices

    values = np.array([0.1, -5.0, 0.2, 3.0, np.nan, -0.01, 4.0, 2.5, -2.6])
    picked = shown_indices(values)
    assert len(picked) == MAX_CELLS == 4
    assert picked.tolist() == [1, 3, 6, 8]          # |−5|, |3|, |4|, |−2.6|, left to right
    assert shown_indices(values[:3]).tolist() == [0, 1, 2]


def test_sample_table_numbers_fit_their_columns_in_a_small_window(open_window, qtbot):
    """At 1024x640 the dock is narrow: columns stretched to equal widths cut "0.0141" to "0.0…" and
    "target y" to "arget". Each number column is as wide as its numbers."""
    window = open_window("spiral")
    window.resize(1024, 640)
    st = window.stepper
    assert st.start(sample=0)
    table = st.panel.samples
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    metrics = table.fontMetrics()
    for col in range(table.columnCount() - 1):      # the last column takes what is left
        widest = max(metrics.horizontalAdvance(table.item(r, col).text()) for r in range(table.rowCount()))
        assert widest <= table.columnWidth(col), (table.horizontalHeaderItem(col).text(), widest)
        header = table.horizontalHeaderItem(col).text()
        assert metrics.horizontalAdvance(header) <= table.columnWidth(col), header
    assert table.horizontalHeaderItem(table.columnCount() - 2).toolTip()     # "y" says it is the target
    st.stop()
