"""The panels on their own: the ParamSpec form, Properties, Data, Training and Problems."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from guinet.core.catalog import layer_kind
from guinet.core.check import Problem
from guinet.core.data import DataError, make_dataset
from guinet.core.params import ParamSpec
from guinet.core.project import load_example
from guinet.core.settings import DATA_PARAMS, TRAINING_PARAMS
from guinet.gui.panels.data_panel import DataPanel
from guinet.gui.panels.param_form import NumberSpinBox, ParamForm, format_number, tooltip_for
from guinet.gui.panels.problems import ProblemsPanel
from guinet.gui.panels.properties import PropertiesPanel
from guinet.gui.panels.training_panel import TrainingPanel


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


def edits_of(form: ParamForm) -> list:
    seen: list = []
    form.edit.connect(lambda key, value: seen.append((key, value)))
    return seen


# --------------------------------------------------------------------------- the form


def test_form_makes_the_editor_each_kind_asks_for(qtbot):
    form = ParamForm(layer_kind("dense").params)
    qtbot.addWidget(form)
    assert isinstance(form.editor("units"), QSpinBox)
    assert isinstance(form.editor("dropout"), NumberSpinBox)
    assert isinstance(form.editor("bias"), QCheckBox)
    combo = form.editor("activation")
    assert isinstance(combo, QComboBox)
    # Each entry's help is its item's tooltip; the labels come from the engine's table.
    i = combo.findData("relu")
    assert combo.itemText(i) == "ReLU"
    assert "He initialization" in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    # Tooltips: help plus the valid range and the default.
    tip = form.editor("units").toolTip()
    assert "Number of neurons" in tip and "Allowed: from 1 to 65,536" in tip and "Default: 4" in tip
    assert form.editor("units").minimum() == 1 and form.editor("units").maximum() == 65_536
    # Dropout < 1: the largest value the box takes is just below 1.
    assert form.editor("dropout").maximum() < 1.0


def test_form_shows_a_choices_own_params_and_respects_visible_when(qtbot):
    form = ParamForm(layer_kind("dense").params)
    qtbot.addWidget(form)
    form.set_values({})
    assert "activation.negative_slope" not in form.visible_keys()
    form.set_values({"activation": "leaky_relu", "activation.negative_slope": 0.3})
    assert "activation.negative_slope" in form.visible_keys()
    assert form.editor("activation.negative_slope").value() == pytest.approx(0.3)
    # The bias initializer shows only while the layer has a bias.
    assert "bias_init" in form.visible_keys()
    form.set_values({"bias": False})
    assert "bias_init" not in form.visible_keys()
    assert form.editor("bias_init") is None

    training = ParamForm(TRAINING_PARAMS)
    qtbot.addWidget(training)
    training.set_values({"optimizer": "adam"})
    assert {"optimizer.beta1", "optimizer.beta2", "optimizer.eps"} <= set(training.visible_keys())
    training.set_values({"optimizer": "rmsprop"})
    # RMSProp's momentum is its own (default 0), not Adam's betas.
    assert "optimizer.beta1" not in training.visible_keys()
    assert training.editor("optimizer.momentum").value() == 0.0


def test_form_emits_edits_with_none_for_the_default_and_never_while_showing_values(qtbot):
    form = ParamForm(layer_kind("dense").params)
    qtbot.addWidget(form)
    seen = edits_of(form)
    form.set_values({"units": 9, "activation": "relu"})
    assert seen == []
    form.editor("units").setValue(12)
    form.editor("units").setValue(4)        # the default: stored as "not set"
    form.editor("bias").setChecked(False)
    assert seen == [("units", 12), ("units", None), ("bias", False)]


def test_float_boxes_write_numbers_naturally_and_log_ones_step_1_2_5(qtbot):
    lr_spec = next(s for s in TRAINING_PARAMS if s.name == "learning_rate")
    box = NumberSpinBox(lr_spec)
    qtbot.addWidget(box)
    box.setValue(0.01)
    assert box.text() == "0.01"
    values = []
    for _ in range(4):
        box.stepBy(1)
        values.append(box.value())
    assert values == pytest.approx([0.02, 0.05, 0.1, 0.2])
    box.stepBy(-3)
    assert box.value() == pytest.approx(0.02)
    assert box.minimum() > 0   # the learning rate must be above 0
    eps = ParamSpec("eps", "Epsilon", "float", 1e-8, log=True, minimum=0.0, maximum=1.0, decimals=10)
    assert format_number(1e-8, eps) == "1e-08"
    assert format_number(0.8, next(s for s in DATA_PARAMS if s.name == "train_share")) == "0.8"
    assert "Default: 0.01" in tooltip_for(lr_spec)


def test_flags_refuse_to_go_below_their_minimum(qtbot):
    form = ParamForm(DATA_PARAMS)
    qtbot.addWidget(form)
    seen = edits_of(form)
    refusals = []
    form.refused.connect(refusals.append)
    form.set_values({"features": ["x1"]})
    field = form.field("features")
    field.boxes["x1"].setChecked(False)
    assert seen == [] and refusals and "at least 1" in refusals[0]
    assert field.boxes["x1"].isChecked()
    field.boxes["sin(x2)"].setChecked(True)
    assert seen == [("features", ["x1", "sin(x2)"])]


def test_csv_path_row_has_a_file_chooser_and_stores_paths_relative_to_the_project(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    form = ParamForm(DATA_PARAMS, file_filters={"dataset.path": "CSV (*.csv)"}, file_dir=lambda: str(tmp_path))
    qtbot.addWidget(form)
    seen = edits_of(form)
    form.set_values({"dataset": "csv"})
    field = form.field("dataset.path")
    assert isinstance(field.line, QLineEdit)
    chosen = tmp_path / "sub" / "t.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    field.browse_button.click()
    assert seen == [("dataset.path", "sub/t.csv")]


# --------------------------------------------------------------------------- properties


def test_properties_show_the_selected_layer_and_push_commands(qtbot, stack):
    project = load_example("xor-mlp")
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    panel.set_selection(["dense_1"])
    assert panel.title.text() == "Dense 1"
    assert panel.stack.currentWidget() is panel.forms["dense"]
    assert panel.plot.activation == "tanh" and panel.plot.isVisibleTo(panel)
    panel.forms["dense"].editor("units").setValue(3)
    assert project.graph.nodes["dense_1"].params["units"] == 3
    assert stack.count() == 1
    # The panel follows the model: undo shows in the form.
    stack.undo()
    assert panel.forms["dense"].editor("units").value() == 4
    project.graph.set_param("dense_1", "activation", "relu")
    assert panel.plot.activation == "relu"
    x, y = panel.plot.value_curve.getData()
    assert y.min() == 0.0 and y.max() == pytest.approx(4.0)


def test_properties_without_one_layer_selected(qtbot, stack):
    project = load_example("xor-mlp")
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    panel.set_selection([])
    assert panel.title.text() == "Network"
    # 2·4 + 4 weights and biases in the hidden layer, 4 + 1 in the output.
    assert "17 trainable parameters" in panel.empty_page.text()
    assert not panel.plot.isVisibleTo(panel)
    panel.set_selection(["dense_1", "output"])
    assert panel.title.text() == "2 layers selected"
    # The settings both have (tests/gui/test_multi_edit.py edits them).
    assert [s.name for s in panel.current_form().specs] == ["weight_init", "bias", "bias_init"]
    panel.set_selection(["input"])
    assert "no settings" in panel.empty_page.text()


def test_output_layer_shows_its_heads_curve(qtbot, stack):
    project = load_example("xor-mlp")
    panel = PropertiesPanel(project, stack)
    qtbot.addWidget(panel)
    panel.set_task_info(project.task_info())
    panel.set_selection(["output"])
    assert panel.plot.activation == "sigmoid"
    assert "Sigmoid" in panel.plot_title.text()


# --------------------------------------------------------------------------- data and training


def test_data_panel_previews_points_and_shows_errors_inline(qtbot, stack, tmp_path):
    project = load_example("circle")
    panel = DataPanel(project, stack)
    qtbot.addWidget(panel)
    dataset = make_dataset(project.data)
    panel.set_dataset(dataset)
    assert panel.preview.point_count() == len(dataset.y_train) + len(dataset.y_test)
    assert "training" in panel.info.text() and not panel.error.isVisibleTo(panel)
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,t\n1,2,0\n1,,1\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        make_dataset({"dataset": "csv", "dataset.path": str(bad)})
    panel.set_error(str(caught.value))
    assert panel.error.isVisibleTo(panel) and "line 3" in panel.error.text()
    assert panel.preview.point_count() == 0


def test_data_panel_pushes_commands_and_follows_undo(qtbot, stack):
    project = load_example("circle")
    panel = DataPanel(project, stack)
    qtbot.addWidget(panel)
    panel.form.editor("samples").setValue(1000)
    assert project.data["samples"] == 1000
    stack.undo()
    assert panel.form.editor("samples").value() == 400


def test_device_list_asks_torch_only_when_opened(qtbot, stack, monkeypatch):
    import guinet.core.devices as devices
    from guinet.core.devices import DeviceInfo

    asked = []

    def fake_devices():
        asked.append(True)
        return [DeviceInfo("cpu", "CPU (x86_64, 8 threads)", "cpu"),
                DeviceInfo("cuda:0", "NVIDIA H100 (CUDA 12.4, cuDNN 9.1)", "cuda")]

    monkeypatch.setattr(devices, "available_devices", fake_devices)
    import guinet.gui.panels.training_panel as training_panel

    monkeypatch.setattr(training_panel, "torch_loaded", lambda: False)
    project = load_example("xor-mlp")
    panel = TrainingPanel(project, stack)
    qtbot.addWidget(panel)
    field = panel.device_field
    assert not asked
    assert field.device_names() == ["auto", "cpu"]
    field.probe()
    assert asked
    assert field.device_names() == ["auto", "cpu", "cuda"]
    labels = [field.combo.itemText(i) for i in range(field.combo.count())]
    assert labels[0] == "Automatic: NVIDIA H100 (CUDA 12.4, cuDNN 9.1)"
    assert "NVIDIA H100 (CUDA 12.4, cuDNN 9.1)" in labels
    field.combo.activated.emit(2)
    assert project.training["device"] == "cuda"


def test_a_device_the_computer_lacks_is_named_as_missing(qtbot, stack, monkeypatch):
    import guinet.core.devices as devices
    from guinet.core.devices import DeviceInfo

    monkeypatch.setattr(devices, "available_devices", lambda: [DeviceInfo("cpu", "CPU", "cpu")])
    project = load_example("xor-mlp")
    project.set_training("device", "mps")
    panel = TrainingPanel(project, stack)
    qtbot.addWidget(panel)
    panel.device_field.probe()
    field = panel.device_field
    assert field.device_names() == ["auto", "cpu", "mps"]
    assert "not present" in field.combo.currentText()


def test_threads_row_reads_automatic_at_zero_and_an_edit_is_one_undo_step(qtbot, stack):
    project = load_example("xor-mlp")
    panel = TrainingPanel(project, stack)
    qtbot.addWidget(panel)
    box = panel.form.field("threads").widget
    assert box.value() == 0 and box.text() == "Automatic"
    box.setValue(2)
    assert project.training_settings()["threads"] == 2 and stack.count() == 1
    stack.undo()
    assert project.training_settings()["threads"] == 0 and box.text() == "Automatic"


# --------------------------------------------------------------------------- problems


def test_problems_list_says_no_problems_and_clicks_select_layers(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    assert panel.list.count() == 1 and "No problems" in panel.list.item(0).text()
    assert panel.summary() == "No problems"
    panel.set_problems([Problem("dense_1", "Dense 1's output goes nowhere."), Problem(None, "No Output layer.")],
                       {"dense_1": "Dense 1"})
    assert panel.list.count() == 2
    assert panel.list.item(0).text().startswith("Dense 1: ")
    assert panel.list.item(1).text().startswith("Network: ")
    with qtbot.waitSignal(panel.node_activated) as blocker:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert blocker.args == ["dense_1"]
    assert panel.summary() == "2 problems"


@pytest.mark.parametrize("width", [250, 262, 300, 420])
def test_form_editors_stay_readable_in_a_narrow_dock(qtbot, stack, width):
    """In a 250 px dock (the Data panel at 1024x640) "Drop rows with missing values:" left the editors
    20 px wide ("CS", "De"): a row that cannot give its editor FIELD_MIN_WIDTH puts it under its label."""
    from guinet.gui.panels.param_form import FIELD_MIN_WIDTH

    project = load_example("xor-mlp")
    project.set_data("dataset", "csv")
    panel = DataPanel(project, stack)
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    qtbot.waitExposed(panel)
    shown = [f.widget for _key, _entry, f in panel.form._fields
             if f.widget.isVisibleTo(panel) and not isinstance(f.widget, QCheckBox)]
    assert len(shown) >= 5
    for widget in shown:
        assert widget.width() >= FIELD_MIN_WIDTH, (widget.objectName(), widget.width())
        # ... and inside the panel: not pushed off its right edge.
        assert widget.mapTo(panel, widget.rect().topRight()).x() < panel.width(), widget.objectName()
    path = next(f for key, _entry, f in panel.form._fields if key == "dataset.path")
    assert path.line.width() >= FIELD_MIN_WIDTH
    browse = path.browse_button
    assert browse.fontMetrics().horizontalAdvance(browse.text()) < browse.width()
    assert browse.mapTo(panel, browse.rect().topRight()).x() < panel.width()
    combo = next(w for w in shown if isinstance(w, QComboBox))
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) < combo.width()
