"""The Training panel: optimizer and its own parameters, loss, learning rate, batch size, epochs,
regularization, clipping, seed and device, built from ``TRAINING_PARAMS``.

Two rows get their own editors: the batch size has presets (full batch, mini-batch, stochastic), and
the device list shows only the devices this computer has, by name. Asking torch which devices exist
costs about a second, so the list asks only when it is opened (or once torch is loaded anyway).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from ...core.model import Project
from ...core.settings import DEVICES, TRAINING_PARAMS
from .param_form import Field, IntField, ParamForm, guard_wheel, push_edit, scrolling_body, tooltip_for, tr_param

MINI_BATCH_DEFAULT = 32


def torch_loaded() -> bool:
    """Whether torch is imported already (then asking it for devices costs nothing)."""
    return "torch" in sys.modules


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("TrainingPanel", text)


class BatchSizeField(Field):
    """A preset list (Full batch / Mini-batch / Stochastic) beside a spin box for the exact size."""

    FULL, MINI, STOCHASTIC = 0, 1, 2

    def make_editor(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.preset = QComboBox()
        self.preset.addItem(_tr("Full batch"))
        self.preset.addItem(_tr("Mini-batch"))
        self.preset.addItem(_tr("Stochastic (1)"))
        tips = (_tr("Batch gradient descent: every update uses the whole training set."),
                _tr("Mini-batch gradient descent: each update uses a small random batch ({n} by default)."
                    ).format(n=MINI_BATCH_DEFAULT),
                _tr("Stochastic gradient descent: each update uses one sample."))
        for i, tip in enumerate(tips):
            self.preset.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        guard_wheel(self.preset)
        self.preset.activated.connect(self._preset_chosen)
        self.spin = QSpinBox()
        self.spin.setRange(0, int(min(self.spec.maximum or 2**31 - 1, 2**31 - 1)))
        self.spin.setSpecialValueText(_tr("all"))
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip(tooltip_for(self.spec))
        guard_wheel(self.spin)
        self.spin.valueChanged.connect(self.commit)
        row.addWidget(self.preset, 1)
        row.addWidget(self.spin, 1)
        return box

    def _preset_chosen(self, index: int) -> None:
        value = {self.FULL: 0, self.MINI: MINI_BATCH_DEFAULT, self.STOCHASTIC: 1}[index]
        self.set_value(value)
        self.commit(value)

    def set_value(self, value: Any) -> None:
        value = int(value)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.preset.setCurrentIndex(self.FULL if value == 0 else self.STOCHASTIC if value == 1 else self.MINI)

    def focus_widget(self) -> QWidget:
        return self.preset


class DeviceCombo(QComboBox):
    """Lists the devices present; asks torch only when the list is opened."""

    def __init__(self, field: "DeviceField") -> None:
        super().__init__()
        self._field = field

    def showPopup(self) -> None:  # noqa: N802 - Qt name
        if not self._field.probed:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._field.probe()
            finally:
                QGuiApplication.restoreOverrideCursor()
        super().showPopup()


class DeviceField(Field):
    def make_editor(self) -> QWidget:
        self.probed = False
        # kind ('cpu', 'cuda', 'mps') -> people's names of the devices of that kind present here
        self.present: dict[str, list[str]] = {"cpu": [_tr("CPU")]}
        self.combo = DeviceCombo(self)
        guard_wheel(self.combo)
        self.combo.activated.connect(lambda index: self.commit(self.combo.itemData(index)))
        self._value = self.spec.default
        return self.combo

    def probe(self) -> None:
        """Ask which devices exist (imports torch)."""
        try:
            from ...core.devices import available_devices
        except ImportError:   # an engine without device discovery: the CPU is always there
            devices = []
        else:
            devices = available_devices()
        present: dict[str, list[str]] = {}
        from ..i18n import device_text

        for device in devices:
            present.setdefault(device.kind, []).append(device_text(device.label))
        present.setdefault("cpu", [_tr("CPU")])
        self.present = present
        self.probed = True
        self._fill()

    def set_value(self, value: Any) -> None:
        self._value = value
        if not self.probed and torch_loaded():
            self.probe()   # torch is loaded already: the answer is cheap now
        else:
            self._fill()

    def _fill(self) -> None:
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        for entry in DEVICES:
            names = self.present.get(entry.name)
            if entry.name == "auto":
                label = tr_param(entry.label)
                if self.probed:
                    best = next((self.present[k][0] for k in ("cuda", "mps", "cpu") if k in self.present), "")
                    label = _tr("Automatic: {device}").format(device=best)
            elif names:
                label = names[0] if len(names) == 1 else _tr("{first} (+{more} more)").format(
                    first=names[0], more=len(names) - 1)
            elif entry.name == self._value:
                # The project asks for a device this computer lacks; say so rather than hide the setting.
                label = (_tr("{device}: not present here, the CPU is used") if self.probed else
                         "{device}").format(device=tr_param(entry.label))
            else:
                continue
            combo.addItem(label, entry.name)
            combo.setItemData(combo.count() - 1, tr_param(entry.help), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(self._value)))
        combo.blockSignals(False)

    def device_names(self) -> list[str]:
        """The entries the list shows now (their setting values)."""
        return [self.combo.itemData(i) for i in range(self.combo.count())]


class ThreadsField(IntField):
    """The thread count, where 0 reads "Automatic" (chosen from the size of a step)."""

    def make_editor(self) -> QWidget:
        box = super().make_editor()
        box.setSpecialValueText(_tr("Automatic"))
        return box


class TrainingPanel(QWidget):
    message = Signal(str)

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.project: Project | None = None
        layout = scrolling_body(self)
        self.form = ParamForm(TRAINING_PARAMS, custom_fields={"batch_size": BatchSizeField,
                                                              "device": DeviceField,
                                                              "threads": ThreadsField})
        self.form.edit.connect(self._edited)
        self.form.refused.connect(self.message)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.set_project(project)

    @property
    def device_field(self) -> DeviceField:
        return self.form.field("device")

    @property
    def batch_field(self) -> BatchSizeField:
        return self.form.field("batch_size")

    def set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.training_changed.disconnect(self._training_changed)
        self.project = project
        project.training_changed.connect(self._training_changed)
        self.form.set_values(project.training)

    def _training_changed(self, key: str) -> None:
        self.form.set_values(self.project.training)

    def _edited(self, key: str, value: Any) -> None:
        from ..commands import SetTrainingCommand

        push_edit(self.undo_stack, lambda: SetTrainingCommand(self.project, key, value), self._refused)

    def _refused(self, message: str) -> None:
        self.message.emit(message)
        self.form.refresh()
