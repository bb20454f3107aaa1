"""Train > Compare Runs…: choose a preset, what varies and its values, or edit copies of the project.

The dialog only collects choices; the variants are made by guinet.core.compare (the same code as
``guinet compare``), so a value the command line refuses is refused here with the same message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import compare as C
from ...core.choices import ACTIVATIONS, INITIALIZERS, NORMALIZATIONS, OPTIMIZERS
from ..i18n import engine_text


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


# What the "Vary" tab offers first (every key --vary accepts can be typed into the combo box too).
COMMON_KEYS = ("optimizer", "learning_rate", "batch_size", "layers.activation", "layers.weight_init",
               "layers.normalization", "l2", "data.noise", "data.samples", "seed")
SUGGESTED_VALUES = {
    "optimizer": "sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, adamw",
    "learning_rate": "0.001, 0.01, 0.1",
    "batch_size": "1, 16, 0",
    "layers.activation": "sigmoid, tanh, relu",
    "layers.weight_init": "default, xavier_normal, he_normal",
    "layers.normalization": "none, batch, layer",
    "l2": "0, 0.001, 0.01",
    "data.noise": "0, 0.1, 0.3",
    "data.samples": "100, 400, 1600",
    "seed": "0, 1, 2",
    "device": "cpu, cuda",
}
NOTHING = ""
MAX_COPIES = 16


class CompareDialog(QDialog):
    """Asks what to compare; ``variants()`` makes them from the project (after ``accept``)."""

    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(tr("Compare Runs"))
        self.project = project
        self._variants: list[C.Variant] = []
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Train several variants of this network side by side, on the same data and from the "
                          "same initial weights, and watch which learns fastest."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("compare_tabs")
        self.tabs.addTab(self._preset_tab(), tr("&Preset"))
        self.tabs.addTab(self._vary_tab(), tr("&Vary settings"))
        self.tabs.addTab(self._copies_tab(), tr("Edit &copies"))
        layout.addWidget(self.tabs, 1)
        form = QFormLayout()
        self.epochs = QSpinBox()
        self.epochs.setObjectName("compare_epochs")
        self.epochs.setRange(1, 1_000_000)
        self.epochs.setValue(project.training_settings()["epochs"])
        self.epochs.setToolTip(tr("Every variant trains this many epochs."))
        form.addRow(tr("&Epochs:"), self.epochs)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("compare_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Train All"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(self.refresh)
        self.epochs.valueChanged.connect(self.refresh)
        self.resize(620, 520)
        self.refresh()

    # ------------------------------------------------------------------ tabs

    def _preset_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.preset_list = QListWidget()
        self.preset_list.setObjectName("compare_presets")
        for preset in C.PRESETS:
            item = QListWidgetItem(engine_text(preset.name))
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            item.setToolTip(engine_text(preset.help))
            if preset.needs_gpu and not C.gpu_available():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tr("Needs a CUDA GPU; none was found on this computer."))
            self.preset_list.addItem(item)
        self.preset_list.setCurrentRow(0)
        self.preset_help = QLabel()
        self.preset_help.setWordWrap(True)
        self.preset_list.currentRowChanged.connect(self.refresh)
        box.addWidget(self.preset_list, 1)
        box.addWidget(self.preset_help)
        return page

    def _vary_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.key_boxes: list[QComboBox] = []
        self.value_edits: list[QLineEdit] = []
        for row in range(2):
            key = QComboBox()
            key.setObjectName(f"compare_key_{row}")
            key.setEditable(True)
            if row:
                key.addItem(NOTHING)
            for name in COMMON_KEYS:
                key.addItem(name)
            key.setToolTip(tr("What varies. Also possible: {0}").format(engine_text(C.allowed_keys_text())))
            values = QLineEdit()
            values.setObjectName(f"compare_values_{row}")
            values.setPlaceholderText(tr("values, separated by commas"))
            key.currentTextChanged.connect(lambda text, edit=values: self._suggest(text, edit))
            values.textChanged.connect(self.refresh)
            self.key_boxes.append(key)
            self.value_edits.append(values)
            line = QHBoxLayout()
            line.addWidget(key, 2)
            line.addWidget(values, 3)
            form.addRow(tr("Vary:") if row == 0 else tr("and:"), line)
        note = QLabel(tr("Two settings make a grid (every combination, at most 64 variants). "
                         "'layers.' settings change every hidden Dense layer at once."))
        note.setWordWrap(True)
        form.addRow(note)
        self._suggest(self.key_boxes[0].currentText(), self.value_edits[0])
        return page

    def _suggest(self, key: str, edit: QLineEdit) -> None:
        edit.setText(SUGGESTED_VALUES.get(key.strip(), ""))
        self.refresh()

    COPY_COLUMNS = ("optimizer", "learning_rate", "batch_size", "layers.activation", "layers.weight_init",
                    "layers.normalization")

    def _copies_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.copies = QTableWidget(0, len(self.COPY_COLUMNS))
        self.copies.setObjectName("compare_copies")
        self.copies.setHorizontalHeaderLabels([engine_text(C.key_label(k)) for k in self.COPY_COLUMNS])
        self.copies.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.copies, 1)
        buttons = QHBoxLayout()
        self.add_copy_button = QPushButton(tr("&Add a copy"))
        self.add_copy_button.setToolTip(tr("Another copy of the project, to edit in its row."))
        self.add_copy_button.clicked.connect(self.add_copy)
        self.remove_copy_button = QPushButton(tr("&Remove"))
        self.remove_copy_button.clicked.connect(self.remove_copy)
        buttons.addWidget(self.add_copy_button)
        buttons.addWidget(self.remove_copy_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        for _ in range(2):
            self.add_copy()
        return page

    def _project_value(self, key: str):
        if key.startswith("layers."):
            dense = [n for n in self.project.graph.nodes.values() if n.kind == "dense"]
            return dense[0].resolved().get(key[len("layers."):]) if dense else None
        return self.project.training_settings().get(key)

    def add_copy(self) -> None:
        if self.copies.rowCount() >= MAX_COPIES:
            return
        row = self.copies.rowCount()
        self.copies.insertRow(row)
        has_dense = any(n.kind == "dense" for n in self.project.graph.nodes.values())
        for col, key in enumerate(self.COPY_COLUMNS):
            value = self._project_value(key)
            if key == "learning_rate":
                widget = QDoubleSpinBox()
                widget.setDecimals(5)
                widget.setRange(0.00001, 10.0)
                widget.setSingleStep(0.01)
                widget.setValue(float(value))
                widget.valueChanged.connect(self.refresh)
            elif key == "batch_size":
                widget = QSpinBox()
                widget.setRange(0, 1_000_000)
                widget.setSpecialValueText(tr("whole set"))
                widget.setValue(int(value))
                widget.valueChanged.connect(self.refresh)
            else:
                table = {"optimizer": OPTIMIZERS, "layers.activation": ACTIVATIONS,
                         "layers.weight_init": INITIALIZERS, "layers.normalization": NORMALIZATIONS}[key]
                widget = QComboBox()
                for entry in table:
                    if key == "optimizer" and entry.name == "perceptron":
                        continue
                    widget.addItem(QCoreApplication.translate("choices", entry.label), entry.name)
                if value is not None:
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.setEnabled(has_dense or not key.startswith("layers."))
                widget.currentIndexChanged.connect(self.refresh)
            self.copies.setCellWidget(row, col, widget)
        self.copies.resizeColumnsToContents()
        self.refresh()

    def remove_copy(self) -> None:
        row = self.copies.currentRow()
        if row < 0:
            row = self.copies.rowCount() - 1
        if row >= 0 and self.copies.rowCount() > 1:
            self.copies.removeRow(row)
        self.refresh()

    def _copy_settings(self, row: int) -> dict:
        out = {}
        for col, key in enumerate(self.COPY_COLUMNS):
            widget = self.copies.cellWidget(row, col)
            if isinstance(widget, QComboBox):
                if not widget.isEnabled():
                    continue
                value = widget.currentData()
            else:
                value = widget.value()
            if value != self._project_value(key):
                out[key] = value
        return out

    # ------------------------------------------------------------------ the variants

    def _make(self) -> list[C.Variant]:
        project = C.copy_project(self.project)
        project.set_training("epochs", self.epochs.value())
        page = self.tabs.currentIndex()
        if page == 0:
            item = self.preset_list.currentItem()
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                raise C.CompareError(tr("Choose a preset."))
            return C.preset_variants(project, item.data(Qt.ItemDataRole.UserRole))
        if page == 1:
            varies = []
            for key_box, edit in zip(self.key_boxes, self.value_edits):
                key = key_box.currentText().strip()
                if key == NOTHING:
                    continue
                varies.append(C.parse_vary(f"{key}={edit.text()}"))
            return C.make_variants(project, varies)
        base = []
        for row in range(self.copies.rowCount()):
            settings = self._copy_settings(row)
            label = " · ".join(engine_text(C.value_label(k, v)) for k, v in settings.items()) or tr("as is")
            base.append((f"{row + 1}: {label}", settings))
        return C.make_variants(project, [], base=base)

    def refresh(self, *_args) -> None:
        item = self.preset_list.currentItem() if hasattr(self, "preset_list") else None
        if item is not None and hasattr(self, "preset_help"):
            preset = next(p for p in C.PRESETS if p.name == item.data(Qt.ItemDataRole.UserRole))
            self.preset_help.setText(engine_text(preset.help))
        if not hasattr(self, "buttons"):
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self._variants = self._make()
        except C.CompareError as exc:
            self._variants = []
            self.preview.setText(engine_text(exc))
            ok.setEnabled(False)
            return
        names = ", ".join(engine_text(v.label) for v in self._variants[:12]) + (" …" if len(self._variants) > 12 else "")
        self.preview.setText(tr("{0} variants: {1}").format(len(self._variants), names))
        ok.setEnabled(len(self._variants) >= 1)

    def variants(self) -> list[C.Variant]:
        return list(self._variants)
