"""The step-through's side panel: the samples (a logic gate's truth table), the phase with Back and
Next, every value of the layer at hand with the chain-rule factors, and its weights (editable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from guinet.core import steptext
from guinet.core.steptext import format_number

from ..i18n import engine_text, label_text

if TYPE_CHECKING:  # the records come from guinet.core.stepper, which imports torch
    from guinet.core.stepper import LayerRecord, StepRecord

# The samples table lists at most this many training samples (all of a gate's four rows).
MAX_SAMPLE_ROWS = 500

PHASE_HELP = {
    "forward": QT_TRANSLATE_NOOP("StepPanel", "Forward propagation: each neuron forms its weighted sum z = w·x + b of what flows in along "
               "the edges, then its activation a = f(z) flows on to the next layer."),
    "loss": QT_TRANSLATE_NOOP("StepPanel", "The loss compares the network's output with the target: how wrong this prediction is."),
    "backward": QT_TRANSLATE_NOOP("StepPanel", "Backward propagation (the chain rule): the loss's derivative flows back from the output. "
                "For each unit, dL/dz = dL/da · f'(z); then each weight's gradient is dL/dW = dL/dz · "
                "a_prev (what came in along its edge) and dL/db = dL/dz."),
    "update": QT_TRANSLATE_NOOP("StepPanel", "The update: the optimizer turns each gradient into a change of its weight."),
}

def format_vector(*args, **kwargs) -> str:
    """guinet.core.steptext.format_vector in the window's language ("… (8 more)")."""
    return engine_text(steptext.format_vector(*args, **kwargs))


def neuron_formula(*args, **kwargs) -> str:
    return engine_text(steptext.neuron_formula(*args, **kwargs))



def _item(text: str, tip: str = "", editable: bool = False, value: float | None = None,
          scale: float = 0.0) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if value is not None and scale > 0 and np.isfinite(value):
        c = QColor("#2f7fd0") if value > 0 else QColor("#e5852b")
        c.setAlphaF(0.08 + 0.35 * min(1.0, abs(value) / scale))
        item.setBackground(QBrush(c))
    return item


def _scale(*arrays) -> float:
    values = np.concatenate([np.abs(np.asarray(a, dtype=np.float64)).reshape(-1) for a in arrays if a is not None]
                            or [np.zeros(1)])
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else 0.0


def fit_rows(table: QTableWidget, max_rows: int) -> None:
    """Make ``table`` as tall as its rows (at most ``max_rows`` of them; it scrolls beyond)."""
    header = table.horizontalHeader().height() if table.columnCount() else 0
    rows = min(table.rowCount(), max_rows)
    height = header + sum(table.rowHeight(r) for r in range(rows)) + 2 * table.frameWidth() + 2
    if table.rowCount() > max_rows and table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(max(height, 28))


def _num(x) -> str:
    return format_number(float(x), 5)


class StepPanel(QWidget):
    sample_chosen = Signal(int)
    batch_toggled = Signal(bool)
    back_clicked = Signal()
    next_clicked = Signal()
    # node id, row, column (-1: the bias), the typed value
    weight_edited = Signal(str, int, int, float)
    update_layer_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("step_panel")
        self._filling = False
        self._weights_layer: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)

        top = QHBoxLayout()
        self.sample_label = QLabel(self.tr("Pick a sample: a row below, or a point in the decision boundary."))
        self.sample_label.setWordWrap(True)
        top.addWidget(self.sample_label, 1)
        self.batch_box = QCheckBox(self.tr("Whole batch"))
        self.batch_box.setObjectName("step_batch")
        self.batch_box.setToolTip(self.tr("Step on one (mini-)batch instead of one sample: the gradients "
                                          "are averaged over its samples, as training does."))
        self.batch_box.toggled.connect(self.batch_toggled)
        top.addWidget(self.batch_box)
        layout.addLayout(top)

        self.samples = QTableWidget(0, 0)
        self.samples.setObjectName("step_samples")
        self.samples.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.samples.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.verticalHeader().setVisible(False)
        # Columns as wide as their numbers, the last taking what is left: stretched to equal widths
        # in a narrow dock they cut "0.0141" to "0.0…" and "target y" to "arget".
        self.samples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.samples.horizontalHeader().setStretchLastSection(True)
        self.samples.setMaximumHeight(130)
        self.samples.itemSelectionChanged.connect(self._sample_row_selected)
        self.samples.setToolTip(self.tr("The training samples (a logic gate's truth table): click one to step "
                                        "through it."))
        layout.addWidget(self.samples)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setObjectName("step_back")
        self.back_button.setToolTip(self.tr("The previous phase (Left arrow)"))
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("step_next")
        self.next_button.setToolTip(self.tr("The next phase (Right arrow)"))
        self.next_button.clicked.connect(self.next_clicked)
        self.phase_counter = QLabel()
        self.phase_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.back_button)
        nav.addWidget(self.phase_counter, 1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

        self.phase_title = QLabel()
        self.phase_title.setObjectName("step_phase_title")
        font = self.phase_title.font()
        font.setBold(True)
        self.phase_title.setFont(font)
        self.phase_title.setWordWrap(True)
        layout.addWidget(self.phase_title)
        self.formula = QLabel()
        self.formula.setObjectName("step_formula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.formula)

        self.values = QTableWidget(0, 0)
        self.values.setObjectName("step_values")
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().setDefaultSectionSize(22)
        layout.addWidget(self.values)

        weights_head = QHBoxLayout()
        self.weights_label = QLabel()
        self.weights_label.setWordWrap(True)
        weights_head.addWidget(self.weights_label, 1)
        self.update_layer = QComboBox()
        self.update_layer.setObjectName("step_update_layer")
        self.update_layer.setToolTip(self.tr("Whose change to show"))
        self.update_layer.currentIndexChanged.connect(self._update_layer_changed)
        weights_head.addWidget(self.update_layer)
        layout.addLayout(weights_head)
        self.weights = QTableWidget(0, 0)
        self.weights.setObjectName("step_weights")
        self.weights.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.weights.verticalHeader().setDefaultSectionSize(22)
        self.weights.itemChanged.connect(self._weight_item_changed)
        layout.addWidget(self.weights)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("step_notes")
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.show_idle()

    # ------------------------------------------------------------------ samples

    def set_samples(self, dataset, predictions: np.ndarray | None = None) -> None:
        """The training samples: their plane points (or inputs), targets and, when known, outputs."""
        self._filling = True
        try:
            self.samples.clearContents()
            if dataset is None:
                self.samples.setRowCount(0)
                return
            points = dataset.points_train if dataset.points_train is not None else dataset.x_train
            n = min(len(points), MAX_SAMPLE_ROWS)
            width = points.shape[1] if points.ndim == 2 else 1
            names = (["x1", "x2"] if dataset.points_train is not None else
                     list(dataset.feature_names)[:width])
            headers = ["#"] + names + ["y", self.tr("output")]
            self.samples.setColumnCount(len(headers))
            self.samples.setHorizontalHeaderLabels(headers)
            tips = {len(headers) - 2: self.tr("target y"), len(headers) - 1: self.tr("the network's output now")}
            for col, tip in tips.items():
                self.samples.horizontalHeaderItem(col).setToolTip(tip)
            self.samples.setRowCount(n)
            for r in range(n):
                cells = [str(r)] + [format_number(v, 3) for v in np.asarray(points[r]).reshape(-1)]
                y = dataset.y_train[r]
                cells.append(str(int(y)) if dataset.task == "classification" else format_number(y, 4))
                out = "" if predictions is None else format_number(float(np.asarray(predictions[r]).reshape(-1)[0]), 3)
                cells.append(out)
                for c, text in enumerate(cells):
                    self.samples.setItem(r, c, _item(text))
        finally:
            self._filling = False

    def set_predictions(self, predictions: np.ndarray | None) -> None:
        col = self.samples.columnCount() - 1
        if col < 0 or predictions is None:
            return
        self._filling = True
        try:
            for r in range(min(self.samples.rowCount(), len(predictions))):
                value = np.asarray(predictions[r]).reshape(-1)
                self.samples.setItem(r, col, _item(format_number(float(value[0]), 3) if value.size == 1
                                                   else format_vector(value, 2, 3)))
        finally:
            self._filling = False

    def select_sample(self, index: int) -> None:
        self._filling = True
        try:
            if 0 <= index < self.samples.rowCount():
                self.samples.selectRow(index)
                self.samples.scrollToItem(self.samples.item(index, 0))
            else:
                self.samples.clearSelection()
        finally:
            self._filling = False

    def _sample_row_selected(self) -> None:
        if self._filling:
            return
        rows = self.samples.selectionModel().selectedRows()
        if rows:
            self.sample_chosen.emit(rows[0].row())

    # ------------------------------------------------------------------ phases

    def show_idle(self, message: str = "") -> None:
        self.phase_counter.setText("")
        self.phase_title.setText(self.tr("Step through one training step"))
        self.formula.setText(message or self.tr("Pick a sample to see, number by number, how the network "
                                                "computes its output, its loss, every gradient (the chain "
                                                "rule) and the change of every weight."))
        self.values.setRowCount(0)
        self.values.setColumnCount(0)
        self._set_weights(None, None)
        self.update_layer.setVisible(False)
        self.notes.setText("")
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def show_phase(self, record: StepRecord, phase, index: int, count: int, update_layer: str | None = None,
                   editable: bool = True) -> None:
        self.phase_counter.setText(self.tr("{0} / {1}").format(index + 1, count))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(True)
        last = index == count - 1
        self.next_button.setText(self.tr("Take step, next ▶") if last else self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Apply this update to the network and go on with the next sample "
                                            "(Right arrow)") if last else self.tr("The next phase (Right arrow)"))
        who = (self.tr("sample {0}").format(record.samples[0]) if not record.batch else
               self.tr("a batch of {0} samples (values shown for sample {1}; gradients averaged)").format(
                   len(record.samples), record.samples[0]))
        help_text = self.tr(PHASE_HELP[phase.kind])
        notes = list(record.notes)
        self.update_layer.setVisible(phase.kind == "update")
        if phase.kind == "forward":
            layer = record.layer(phase.layer)
            self.phase_title.setText(self.tr("Forward · {0} · {1}").format(label_text(layer.label), who))
            inputs = format_vector(layer.a_prev[0])
            self.formula.setText(help_text + "\n" + self.tr("In along the edges: a_prev = {0};  z = W·a_prev + b;  "
                                                            "a = {1}").format(inputs, layer.between or "z"))
            self._forward_table(layer)
            self._set_weights(layer, "weight", editable)
        elif phase.kind == "loss":
            self.phase_title.setText(self.tr("Loss · {0}").format(who))
            self.formula.setText(help_text + "\n" + record.loss_formula)
            self._loss_table(record)
            self._set_weights(record.layers[-1], "weight", editable)
        elif phase.kind == "backward":
            layer = record.layer(phase.layer)
            self.phase_title.setText(self.tr("Backward · {0} · {1}").format(label_text(layer.label), who))
            self.formula.setText(help_text + ("\n" + layer.note if layer.note else ""))
            self._backward_table(layer)
            self._set_weights(layer, "grad", False)
            sent = [n for n in record.nodes if n.kind in ("add", "concat") and phase.layer in n.inputs]
            for node in sent:
                k = node.inputs.index(phase.layer)
                if k < len(node.input_grads):
                    notes.append(self.tr("{0} sends back to {1}: {2}  ({3})").format(
                        label_text(node.label), label_text(layer.label), format_vector(node.input_grads[k][0]), node.note))
        else:
            self.phase_title.setText(self.tr("Update · {0} · learning rate {1}").format(
                record.optimizer_label, format_number(record.learning_rate)))
            self.formula.setText(help_text + "\n" + record.optimizer_formula)
            self._update_table(record)
            names = [layer.name for layer in record.layers]
            chosen = update_layer if update_layer in names else names[-1]
            self.update_layer.blockSignals(True)
            self.update_layer.clear()
            for layer in record.layers:
                self.update_layer.addItem(label_text(layer.label), layer.name)
            self.update_layer.setCurrentIndex(names.index(chosen))
            self.update_layer.blockSignals(False)
            self._set_weights(record.layer(chosen), "update", False, record)
        self.notes.setText("\n".join(notes))

    def _fill(self, table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]],
              row_names: list[str]) -> None:
        self._filling = True
        try:
            table.clear()
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(rows))
            table.setVerticalHeaderLabels(row_names)
            for r, cells in enumerate(rows):
                for c, item in enumerate(cells):
                    table.setItem(r, c, item)
            fit_rows(table, 10)
        finally:
            self._filling = False

    def _forward_table(self, layer: LayerRecord) -> None:
        z, a = layer.z[0], layer.a[0]
        s_z, s_a = _scale(z), _scale(a)
        rows = []
        for j in range(len(z)):
            tip = neuron_formula(layer, j)
            rows.append([_item(_num(z[j]), tip, value=z[j], scale=s_z), _item(_num(a[j]), tip, value=a[j], scale=s_a)])
        self._fill(self.values, ["z = w·x + b", f"a = {layer.between or 'z'}"], rows,
                   [self.tr("unit {0}").format(j + 1) for j in range(len(z))])

    def _loss_table(self, record: StepRecord) -> None:
        out = record.layers[-1]
        rows = []
        for j in range(out.units):
            rows.append([_item(_num(record.logits[0, j])), _item(_num(record.outputs[0, j]))])
        headers = [self.tr("z (raw output)"), self.tr("prediction")]
        self._fill(self.values, headers, rows, [self.tr("output {0}").format(j + 1) for j in range(out.units)])
        self.values.setRowCount(len(rows) + 2)
        self.values.setVerticalHeaderItem(len(rows), QTableWidgetItem(self.tr("target y")))
        self.values.setItem(len(rows), 0, _item(_num(record.targets[0])))
        self.values.setVerticalHeaderItem(len(rows) + 1, QTableWidgetItem(self.tr("loss L")))
        self.values.setItem(len(rows) + 1, 0, _item(_num(record.loss)))
        fit_rows(self.values, 10)

    def _backward_table(self, layer: LayerRecord) -> None:
        gz = layer.grad_z[0] if len(layer.grad_z) == 1 else layer.grad_z.mean(axis=0)
        ga = None if layer.grad_a is None else (layer.grad_a[0] if len(layer.grad_a) == 1 else None)
        fp = None if layer.fprime is None else (layer.fprime[0] if len(layer.fprime) == 1 else None)
        headers, rows = [], []
        headers = ["dL/da", "× f'(z)", "= dL/dz", "dL/db"]
        s = _scale(ga, gz)
        for j in range(len(gz)):
            tip = ""
            if ga is not None and fp is not None:
                tip = f"dL/dz = dL/da · f'(z) = {_num(ga[j])} · {_num(fp[j])} = {_num(layer.grad_z[0, j])}"
            gb = layer.grad_bias[j] if layer.grad_bias is not None else np.nan
            rows.append([_item("—" if ga is None else _num(ga[j]), tip, value=None if ga is None else ga[j], scale=s),
                         _item("—" if fp is None else _num(fp[j]), tip),
                         _item(_num(gz[j]), tip, value=gz[j], scale=s),
                         _item("—" if layer.grad_bias is None else _num(gb), tip)])
        self._fill(self.values, headers, rows, [self.tr("unit {0}").format(j + 1) for j in range(len(gz))])

    def _update_table(self, record: StepRecord) -> None:
        rows, names = [], []
        for p in record.params:
            g = np.abs(p.grad).max() if p.grad is not None and p.grad.size else 0.0
            d = p.update.reshape(-1)
            big = int(np.argmax(np.abs(d))) if d.size else 0
            state = "; ".join(f"{k.split(' ')[0]} = {format_vector(np.asarray(v).reshape(-1), 3, 3)}"
                              if isinstance(v, np.ndarray) else f"{k.split(' ')[0]} = {v}"
                              for k, v in p.state.items())
            tip = "\n".join(f"{k}: {format_vector(np.asarray(v).reshape(-1), 4, 12)}" if isinstance(v, np.ndarray)
                            else f"{k}: {v}" for k, v in p.state.items())
            rows.append([_item(_num(g)), _item(_num(d[big]) if d.size else "0"), _item(state or "—", tip)])
            names.append(p.name.replace(".linear", ""))
        self._fill(self.values, [self.tr("largest |g|"), self.tr("largest change"), self.tr("optimizer state")],
                   rows, names)

    # ------------------------------------------------------------------ weights

    def _set_weights(self, layer: LayerRecord | None, what: str | None, editable: bool = False,
                     record: StepRecord | None = None) -> None:
        if layer is None:
            self._weights_layer = None
            self.weights_label.setText("")
            self._fill(self.weights, [], [], [])
            return
        self._weights_layer = layer.name
        if what == "weight":
            matrix, bias = layer.weight, layer.bias
            self.weights_label.setText(self.tr("Weights W and bias b of {0} (double-click a value to type a new "
                                               "one; Undo takes it back)").format(label_text(layer.label)) if editable else
                                       self.tr("Weights W and bias b of {0}").format(label_text(layer.label)))
        elif what == "grad":
            matrix, bias = layer.grad_weight, layer.grad_bias
            self.weights_label.setText(self.tr("dL/dW = dL/dz · a_prevᵀ and dL/db of {0}").format(label_text(layer.label)))
        else:
            matrix, bias = layer.update_weight, layer.update_bias
            self.weights_label.setText(self.tr("The change ΔW and Δb the optimizer made to {0}").format(label_text(layer.label)))
        s = _scale(matrix, bias)
        n_in = matrix.shape[1]
        headers = [f"w·{i + 1}" for i in range(n_in)] + (["b"] if bias is not None else [])
        rows = []
        for r in range(matrix.shape[0]):
            cells = []
            for c in range(n_in):
                tip = (f"W[{r + 1},{c + 1}] = {_num(layer.weight[r, c])}\ndL/dW = {_num(layer.grad_weight[r, c])}"
                       f"\nchange = {_num(layer.update_weight[r, c])}")
                cells.append(_item(_num(matrix[r, c]), tip, editable, matrix[r, c], s))
            if bias is not None:
                tip = (f"b[{r + 1}] = {_num(layer.bias[r])}\ndL/db = {_num(layer.grad_bias[r])}"
                       f"\nchange = {_num(layer.update_bias[r])}")
                cells.append(_item(_num(bias[r]), tip, editable, bias[r], s))
            rows.append(cells)
        self._fill(self.weights, headers, rows, [self.tr("unit {0}").format(r + 1) for r in range(matrix.shape[0])])
        self.weights.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed if editable
                                     else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._weights_editable = editable

    def edit_weight(self, row: int, col: int) -> bool:
        """Start typing into W[row, col] (col -1: the bias) of the layer shown, when it is editable."""
        if not getattr(self, "_weights_editable", False):
            return False
        c = self.weights.columnCount() - 1 if col < 0 else col
        item = self.weights.item(row, c)
        if item is None:
            return False
        self.weights.setCurrentItem(item)
        self.weights.setFocus()
        self.weights.editItem(item)
        return True

    def _weight_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self._weights_layer is None:
            return
        text = item.text().strip().replace("−", "-").replace(",", ".")
        try:
            value = float(text)
            if not np.isfinite(value):
                raise ValueError
        except ValueError:
            self.notes.setText(self.tr("'{0}' is not a number: type a value such as 0.5 or -1.2.").format(
                item.text()))
            return
        col = item.column()
        has_bias = self.weights.horizontalHeaderItem(self.weights.columnCount() - 1).text() == "b"
        if has_bias and col == self.weights.columnCount() - 1:
            col = -1
        self.weight_edited.emit(self._weights_layer, item.row(), col, value)

    def _update_layer_changed(self, _index: int) -> None:
        name = self.update_layer.currentData()
        if name:
            self.update_layer_chosen.emit(name)
