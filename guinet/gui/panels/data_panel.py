"""The Data panel: what the network learns from, with a scatter preview of the points.

The settings form is built from ``DATA_PARAMS``; edits push SetDataCommand and the form follows the
project's ``data_changed`` signal. The window owns the dataset itself (it also needs it to check the
network) and hands it over with ``set_dataset``, or the reader's message (which names the line and
column of a bad CSV cell) with ``set_error``. The preview needs only numpy and pyqtgraph, never torch.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core.model import Project
from ...core.settings import DATA_PARAMS
from ..deferred import LazyWidget, after_first_paint
from ..i18n import engine_text
from .param_form import ParamForm, push_edit, scrolling_body

CSV_FILTER = QT_TRANSLATE_NOOP("DataPanel", "CSV files (*.csv *.tsv *.txt);;All files (*)")


class DataPanel(QWidget):
    message = Signal(str)
    read_anyway = Signal()        # the user agreed to read a CSV file outside the project's folder
    path_chosen = Signal(str)     # the user typed or chose a CSV path (so it needs no consent)

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 file_dir: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.project: Project | None = None

        layout = scrolling_body(self)

        self.form = ParamForm(DATA_PARAMS, file_filters={"dataset.path": self.tr(CSV_FILTER)}, file_dir=file_dir)
        self.form.edit.connect(self._edited)
        self.form.refused.connect(self.message)
        layout.addWidget(self.form)

        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        # A CSV file outside the project's folder is read only when the user agrees.
        self.consent = QWidget()
        consent_row = QHBoxLayout(self.consent)
        consent_row.setContentsMargins(0, 0, 0, 0)
        self.consent_button = QPushButton(self.tr("Read the file"))
        self.consent_button.setObjectName("read_csv_anyway")
        self.consent_button.setToolTip(self.tr("Read the CSV file this project names, although it lies outside "
                                               "the project's folder"))
        self.consent_button.clicked.connect(self.read_anyway)
        consent_row.addWidget(self.consent_button)
        consent_row.addStretch(1)
        self.consent.hide()
        layout.addWidget(self.consent)
        # A big CSV file is read in the background.
        self.loading = QProgressBar()
        self.loading.setObjectName("csv_progress")
        self.loading.setRange(0, 100)
        self.loading.setFormat(self.tr("Reading the CSV file… %p%"))
        self.loading.hide()
        layout.addWidget(self.loading)

        self.info = QLabel()
        self.info.setProperty("role", "hint")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        # What the CSV reader decided on its own: skipped rows, the header, one-hot columns, dropped rows.
        self.notes = QLabel()
        self.notes.setObjectName("csv_notes")
        self.notes.setProperty("role", "hint")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        layout.addWidget(self.notes)
        # The scatter (pyqtgraph) is built once the panel has been painted: the window appears sooner.
        self.preview_slot = LazyWidget(_make_preview, minimum_height=190)
        self.preview_slot.built.connect(lambda preview: preview.show_dataset(self._dataset))
        self._dataset = None
        layout.addWidget(self.preview_slot)
        after_first_paint(self, self.preview_slot.widget)
        layout.addStretch(1)
        self.set_project(project)

    def set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.data_changed.disconnect(self._data_changed)
        self.project = project
        project.data_changed.connect(self._data_changed)
        self.form.set_values(project.data)

    def _data_changed(self, key: str) -> None:
        self.form.set_values(self.project.data)

    def _edited(self, key: str, value: Any) -> None:
        from ..commands import SetDataCommand

        if key == "dataset.path" and isinstance(value, str):
            self.path_chosen.emit(value)
        push_edit(self.undo_stack, lambda: SetDataCommand(self.project, key, value), self._refused)

    def _refused(self, message: str) -> None:
        self.message.emit(message)
        self.form.refresh()

    # ------------------------------------------------------------------ the data itself

    def set_loading(self, share: float) -> None:
        """A big CSV file is being read: show how far (0..1)."""
        self.error.hide()
        self.loading.setValue(int(round(share * 100)))
        self.loading.show()
        if share >= 1.0:
            self.loading.hide()

    def ask_consent(self, path) -> None:
        """Offer to read a CSV file outside the project's folder (None: nothing to ask)."""
        self.consent.setVisible(path is not None)
        if path is not None:
            self.consent_button.setToolTip(self.tr("Read {path}, which this project names although it lies "
                                                   "outside the project's folder").format(path=str(path)))

    def set_dataset(self, dataset) -> None:
        """Show a freshly made dataset (None clears the preview)."""
        self.error.hide()
        self.loading.hide()
        self._show_in_preview(dataset)
        self._show_notes(dataset)
        if dataset is None:
            self.info.setText("")
            return
        n_train, n_test = len(dataset.y_train), len(dataset.y_test)
        if dataset.task == "classification":
            kind = self.tr("{n} classes").format(n=dataset.n_classes)
        else:
            kind = self.tr("regression")
        self.info.setText(self.tr("{train} training and {test} test samples · {kind} · {inputs} inputs "
                                  "({names}). Filled dots train, hollow dots test.").format(
            train=f"{n_train:,}", test=f"{n_test:,}", kind=kind, inputs=dataset.n_features,
            names=_short_list(dataset.feature_names)))
        from ...core.data import GATES

        if self.project is not None and self.project.data.get("dataset") in GATES:
            # A gate is its truth table: there is nothing to hold out.
            self.info.setText(self.info.text() + " " + self.tr(
                "A logic gate trains and tests on the same rows (its 4 input pairs), so the training "
                "share does not apply."))

    def _show_notes(self, dataset) -> None:
        lines = []
        if dataset is not None and dataset.name == "csv":
            path = self.project.data.get("dataset.path", "") if self.project is not None else ""
            if path:
                lines.append(self.tr("Read from {path}.").format(path=path))
            lines += [engine_text(note) for note in dataset.notes]
            if dataset.plane_note:
                lines.append(engine_text(dataset.plane_note))
        self.notes.setText("\n".join(f"• {line}" for line in lines))
        self.notes.setVisible(bool(lines))

    def set_error(self, message: str) -> None:
        """The data cannot be made: say why (a CSV error names its line and column) and clear the preview."""
        self._show_in_preview(None)
        self.loading.hide()
        self._show_notes(None)
        self.info.setText("")
        self.error.setText(message)
        self.error.show()

    @property
    def preview(self):
        """The scatter preview (built now if it was not yet)."""
        return self.preview_slot.widget()

    def _show_in_preview(self, dataset) -> None:
        self._dataset = dataset
        if self.preview_slot.is_built:
            self.preview.show_dataset(dataset)


def _make_preview():
    from ..plots.data_preview import DataPreview

    return DataPreview()


def _short_list(names: list[str], limit: int = 8) -> str:
    """The first few names, then how many more (a one-hot encoded file can have dozens of inputs)."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
