"""File > Export... and Edit > Copy as PyTorch in the real main window."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from guinet.core.export import artifacts
from guinet.core.project import load_example
from guinet.core.trainer import Trainer
from guinet.gui import export_dialog, settings
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(settings, "autosave_path", lambda: tmp_path / "autosave.guinet")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(
        (title, text)) or QMessageBox.StandardButton.Ok))
    w = MainWindow(load_example("xor-mlp"), persist=False)
    w.warnings = warnings
    qtbot.addWidget(w, before_close_func=lambda w: w.undo_stack.setClean())
    with qtbot.waitSignal(w.controllers_installed):   # Export installs itself after the first paint
        w.show()
    yield w
    w.undo_stack.setClean()


def test_the_actions_sit_in_the_file_and_edit_menus(window):
    assert export_dialog.NEEDS_WEIGHTS == artifacts.NEEDS_WEIGHTS
    file_actions = window.menus["file"].actions()
    export = window.actions_by_name["export"]
    assert export in file_actions
    assert file_actions.index(export) < file_actions.index(window.actions_by_name["quit"])
    assert export.shortcut().toString() == "Ctrl+E"
    copy = window.actions_by_name["copy_pytorch"]
    assert copy in window.menus["edit"].actions() and copy.shortcut().toString() == "Ctrl+Shift+C"


def test_copy_as_pytorch_puts_the_class_alone_on_the_clipboard(window):
    window.actions_by_name["copy_pytorch"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("import torch\n") and "class Network(nn.Module):" in text
    assert "def train(" not in text and "argparse" not in text
    namespace: dict = {}
    exec(text, namespace)
    net = namespace["Network"]()
    assert net(torch.zeros(5, 2)).shape == (5, 1)
    assert [n for n, _ in net.named_parameters()] == ["dense_1.weight", "dense_1.bias", "output.weight",
                                                      "output.bias"]


def test_an_invalid_network_says_why_and_opens_nothing(window):
    window.project.graph.remove_node("output")
    window._revalidate()
    assert window.exporter.open_dialog() is None
    assert window.exporter.copy_as_pytorch() is False
    assert len(window.warnings) == 2 and "Output" in window.warnings[0][1]


def test_without_weights_the_dialog_trains_first_and_keeps_the_weights(window, qtbot, tmp_path):
    window.project.set_training("epochs", 30)
    dialog = window.exporter.open_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.path_edit.text().endswith("xor_mlp.py") and not dialog.train_box.isVisible()
    dialog.format_buttons[".pt"].setChecked(True)
    assert dialog.train_box.isVisible() and dialog.train_box.isChecked() and not dialog.train_box.isEnabled()
    assert "no trained weights" in dialog.weights_note.text()
    assert dialog.path_edit.text().endswith("xor_mlp.pt")  # the same name, the new extension
    dialog.path_edit.setText(str(tmp_path / "xor.pt"))
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as done:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled() and dialog.close_button.text() == "Stop"
    assert done.args == [True]
    assert "Saved to" in dialog.status.text() and (tmp_path / "xor.pt").exists()
    assert window.project.weights is not None
    # Now the project has weights: they are used unless 'Train first' is ticked.
    assert dialog.train_box.isEnabled() and not dialog.train_box.isChecked()
    state = torch.load(tmp_path / "xor.pt", weights_only=True)
    assert state["dense_1.weight"].shape == (4, 2)
    dialog.close()


def test_trained_weights_in_the_window_are_exported_without_training(window, qtbot, tmp_path):
    trainer = Trainer(window.project, device="cpu")
    list(trainer.run())
    window.project.weights = trainer.export_weights()
    dialog = window.exporter.open_dialog()
    dialog.format_buttons[".pt2"].setChecked(True)
    assert not dialog.train_box.isChecked() and "Uses the project's trained weights" in dialog.weights_note.text()
    dialog.path_edit.setText(str(tmp_path / "xor.pt2"))
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as done:
        dialog.start()
    assert done.args == [True]
    program = torch.export.load(str(tmp_path / "xor.pt2")).module()
    assert program(torch.zeros(6, 2)).shape == (6, 1)
    dialog.close()


def test_a_failed_export_says_so_and_keeps_the_dialog(window, qtbot, tmp_path):
    dialog = window.exporter.open_dialog()
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "x.py"))
    with qtbot.waitSignal(dialog.export_done, timeout=30_000) as done:
        dialog.start()
    assert done.args == [False]
    assert dialog.status.text().startswith("Nothing was exported.") and "no-such-folder" in dialog.status.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.close()


def test_onnx_without_its_packages_is_offered_with_the_install_command(window, monkeypatch):
    monkeypatch.setattr(export_dialog, "_missing_onnx_packages", lambda: ["onnxscript"])
    dialog = window.exporter.open_dialog()
    assert not dialog.format_buttons[".onnx"].isEnabled()
    notes = " ".join(label.text() for label in dialog.findChildren(export_dialog.QLabel))
    assert 'pip install "guinet[export]"' in notes
    dialog.close()
