"""File > Export... and Copy as PyTorch: the window's way out to plain PyTorch (``guinet.core.export``).

``ExportController`` installs the two actions into the main window. The dialog picks the format and the
file; weights come from the window's trained network (live training stores them in the project, as it
does before a save) and, when there are none, the dialog offers to train first. Training and the
exporters run on a worker thread on a copy of the project, so the window stays responsive and the
project is only touched on the GUI thread, when the export has succeeded.

The worker is a plain Python thread rather than a QThread: torch.export asks ``threading`` for the
current thread, which would leave a never-ending "dummy" Thread object behind for a foreign (Qt)
thread. The job's signals reach the dialog queued, on the GUI thread, as a QThread's would.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout)

from ..core.project import project_from_json, project_to_json
from . import theme
from .i18n import engine_text

# guinet.core.export imports torch; it is imported when an export is asked for, so that the window still
# appears before torch is loaded.
NEEDS_WEIGHTS = (".pt", ".pt2", ".onnx")


def _missing_onnx_packages() -> list[str]:
    from ..core.export import missing_onnx_packages

    return missing_onnx_packages()


class ExportJob(QObject):
    """Runs one export on a worker thread. Emits ``progress(epoch, epochs)`` while it trains first, then
    ``finished(result)`` or ``failed(message)``."""

    progress = Signal(int, int)
    phase = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, project, path: Path, base_dir: Path | None, train: bool) -> None:
        super().__init__()
        self.project, self.path, self.base_dir, self.train = project, path, base_dir, train
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:
        """The worker thread's body: touches only its own copy of the project, never a widget."""
        from ..core.export import ExportError, export

        try:
            if self.train:
                self.phase.emit("train")
            result = export(self.project, self.path, base_dir=self.base_dir, train=self.train,
                            should_stop=lambda: self._stop,
                            progress=lambda snap: self._progress(snap))
        except ExportError as exc:
            # The message in the window's language (QCoreApplication.translate may run on any thread).
            self.failed.emit(engine_text(exc.args[0] if exc.args else ""))
        except Exception as exc:  # an exporter's own failure: say it, keep the window
            self.failed.emit(self.tr("The export failed unexpectedly: {0}: {1}").format(type(exc).__name__, exc))
        else:
            self.finished.emit(result)

    def _progress(self, snap) -> None:
        self.progress.emit(int(snap.epoch), int(snap.epochs))
        if snap.done:
            self.phase.emit("write")


class ExportDialog(QDialog):
    """Format, file, train first; progress and the outcome in the dialog itself."""

    export_done = Signal(bool)   # True: the file was written; False: it failed or was stopped

    # (extension, label, description): translated where they are shown (self.tr), marked for the catalogue.
    FORMATS = (
        (".py", QT_TRANSLATE_NOOP("ExportDialog", "PyTorch training script (.py)"),
         QT_TRANSLATE_NOOP("ExportDialog",
                           "A standalone script that needs only torch and numpy: the data, the network as an\n"
                           "nn.Module, the training loop (also under torchrun) and the evaluation. It reproduces\n"
                           "guinet's run.")),
        (".pt", QT_TRANSLATE_NOOP("ExportDialog", "Trained weights (.pt)"),
         QT_TRANSLATE_NOOP("ExportDialog", "The trained state_dict of the script's Network class:\n"
                                           "torch.load(file, weights_only=True).")),
        (".pt2", QT_TRANSLATE_NOOP("ExportDialog", "torch.export program (.pt2)"),
         QT_TRANSLATE_NOOP("ExportDialog", "The trained network as an ExportedProgram with a dynamic batch "
                                           "size:\ntorch.export.load(file).")),
        (".onnx", QT_TRANSLATE_NOOP("ExportDialog", "ONNX model (.onnx)"),
         QT_TRANSLATE_NOOP("ExportDialog", "The trained network for ONNX Runtime and other runtimes, with a "
                                           "dynamic batch size.")),
    )

    def __init__(self, window, trained: bool, training_running: bool) -> None:
        super().__init__(window)
        self.setObjectName("export_dialog")
        self.window_ = window
        self.project = window.project
        self.trained = trained
        self.training_running = training_running
        self.thread: threading.Thread | None = None
        self.job: ExportJob | None = None
        self.result = None
        self.setWindowTitle(self.tr("Export {name}").format(name=self.project.name))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export the network as:")))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        from ..core.export import onnx_install_message

        missing = _missing_onnx_packages()
        self.onnx_missing = bool(missing)
        formats = QVBoxLayout()
        formats.setSpacing(2)
        for row, (ext, label, help_text) in enumerate(self.FORMATS):
            button = QRadioButton(self.tr(label))
            button.setObjectName(f"export_format_{ext[1:]}")
            button.setToolTip(self.tr(help_text))
            self.format_group.addButton(button, row)
            self.format_buttons[ext] = button
            note = QLabel(self.tr(help_text))  # broken into lines by hand: wrapped labels clip in dialogs
            note.setEnabled(False)  # drawn as secondary text
            if ext == ".onnx" and missing:
                button.setEnabled(False)
                note.setText(engine_text(onnx_install_message(missing, separator="\n")))
                note.setEnabled(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.setContentsMargins(24, 0, 0, 6)  # under the radio button's text
            formats.addWidget(button)
            formats.addWidget(note)
        layout.addLayout(formats)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("export_path")
        file_row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("export_browse")
        browse.clicked.connect(self._browse)
        file_row.addWidget(browse)
        layout.addLayout(file_row)

        epochs = self.project.training_settings()["epochs"]
        self.train_box = QCheckBox(self.tr("Train first ({epochs} epochs on the CPU, seed {seed})").format(
            epochs=epochs, seed=self.project.training_settings()["seed"]))
        self.train_box.setObjectName("export_train_first")
        self.weights_note = QLabel()
        self.weights_note.setWordWrap(True)
        layout.addWidget(self.train_box)
        layout.addWidget(self.weights_note)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.format_group.idToggled.connect(lambda _id, on: on and self._format_changed())
        self.path_edit.textChanged.connect(self._update_buttons)
        self.format_buttons[".py"].setChecked(True)

    # ------------------------------------------------------------------ choices

    def chosen_format(self) -> str:
        return self.FORMATS[self.format_group.checkedId()][0]

    def _default_path(self, ext: str) -> str:
        folder = self.window_.path.parent if self.window_.path is not None else Path.home()
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.project.name) or "network"
        return str(folder / f"{stem.replace('-', '_') if ext == '.py' else stem}{ext}")

    def _format_changed(self) -> None:
        ext = self.chosen_format()
        text = self.path_edit.text().strip()
        if not text or Path(text).suffix.lower() in dict((f[0], 1) for f in self.FORMATS):
            base = Path(text) if text else Path(self._default_path(ext))
            stem = base.stem.replace("-", "_") if ext == ".py" else base.stem
            self.path_edit.setText(str(base.with_name(stem + ext)))
        needs = ext in NEEDS_WEIGHTS
        self.train_box.setVisible(needs)
        self.weights_note.setVisible(needs)
        if needs:
            if self.training_running:
                self.weights_note.setText(self.tr("Training is running: pause or stop it to export the weights "
                                                  "it has reached, or train a fresh copy first."))
                self.train_box.setChecked(True)
            elif self.trained:
                self.weights_note.setText(self.tr("Uses the project's trained weights (the network as trained "
                                                  "in this window). Tick 'Train first' to export a fresh run "
                                                  "instead."))
                self.train_box.setChecked(False)
            else:
                self.weights_note.setText(self.tr("This network has no trained weights yet, so it will be "
                                                  "trained first."))
                self.train_box.setChecked(True)
        self._update_buttons()
        self._fit()

    def _update_buttons(self) -> None:
        busy = self.thread is not None
        ext = self.chosen_format()
        needs_training = ext in NEEDS_WEIGHTS and not self.trained
        self.train_box.setEnabled(not busy and not needs_training and not self.training_running)
        self.export_button.setEnabled(not busy and bool(self.path_edit.text().strip()))
        for button in self.format_buttons.values():
            button.setEnabled(not busy and (button is not self.format_buttons[".onnx"] or not self.onnx_missing))
        self.close_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _browse(self) -> None:
        ext = self.chosen_format()
        label = dict((f[0], f[1]) for f in self.FORMATS)[ext]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as"), self.path_edit.text(),
                                              self.tr("{label} (*{ext})").format(label=self.tr(label), ext=ext))
        if path:
            if Path(path).suffix.lower() != ext:
                path += ext
            self.path_edit.setText(path)

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        if self.thread is not None:
            return
        ext = self.chosen_format()
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != ext:
            path = path.with_name(path.name + ext)
            self.path_edit.setText(str(path))
        if path.exists():
            from . import dialogs

            Button = QMessageBox.StandardButton
            if dialogs.ask(self, self.tr("Replace file?"), self.tr("{name} exists. Replace it?").format(
                    name=path.name), [(Button.Yes, self.tr("Replace")), (Button.No, self.tr("Cancel"))],
                    Button.No) != Button.Yes:
                return
        train = ext in NEEDS_WEIGHTS and self.train_box.isChecked()
        # The job works on a copy: the project in the window changes only when the export has succeeded.
        copy = project_from_json(project_to_json(self.project))
        base_dir = self.window_.path.parent if self.window_.path is not None else None
        self.job = ExportJob(copy, path, base_dir, train)
        self.thread = threading.Thread(target=self.job.run, name="guinet-export", daemon=True)
        self.job.progress.connect(self._on_progress)
        self.job.phase.connect(self._on_phase)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._say(self.tr("Exporting…"))
        self.thread.start()
        self._update_buttons()

    def _say(self, text: str) -> None:
        """The outcome line(s) under the progress bar; the dialog grows to show all of it."""
        self.status.setText(text)
        self._fit()

    def _fit(self) -> None:
        """Word-wrapped labels get the height their text needs at the dialog's width (a top-level
        dialog does not ask its layout for height-for-width), then the dialog resizes to its content."""
        width = max(self.minimumWidth(), self.width()) - 40
        for label in (self.status, self.weights_note):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() and label.isVisibleTo(self) else 0)
        self.adjustSize()

    def _on_phase(self, phase: str) -> None:
        if phase == "train":
            self._say(self.tr("Training first…"))
        else:
            self.progress.setRange(0, 0)
            self._say(self.tr("Writing the file…"))

    def _on_progress(self, epoch: int, epochs: int) -> None:
        self.progress.setRange(0, max(1, epochs))
        self.progress.setValue(epoch)
        self.progress.setFormat(self.tr("epoch %v of %m"))

    def _on_finished(self, result) -> None:
        self._end_thread()
        self.result = result
        if result.trained_epochs is not None:
            # The fresh weights belong to the project on screen (its network has not changed: the dialog
            # is modal), so a later save keeps them.
            self.project.weights = self.job.project.weights
            self.trained = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("done"))
        self._say(self.tr("{message}\nSaved to {path}").format(message=engine_text(result.message), path=result.path))
        self.window_.show_status(self.tr("Exported {name}").format(name=result.path.name))
        self._format_changed()
        self.export_done.emit(True)

    def _on_failed(self, message: str) -> None:
        self._end_thread()
        self.progress.setVisible(False)
        self._say(self.tr("Nothing was exported. {message}").format(message=message))
        self.export_done.emit(False)

    def _end_thread(self) -> None:
        if self.thread is not None:
            self.thread.join()  # it has emitted its last signal; this returns at once
            self.thread = None
        self._update_buttons()

    def reject(self) -> None:
        """Close, or Stop while an export runs (the training stops at its next step)."""
        if self.thread is not None:
            self.job.stop()
            self._say(self.tr("Stopping…"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.thread is not None:
            self.job.stop()   # training stops at its next step; a file being written is finished
            self.thread.join()
            self.thread = None
        super().closeEvent(event)


class ExportController(QObject):
    """Installs File > Export... and Edit > Copy as PyTorch into the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("export_controller")
        self.window = window
        self.dialog: ExportDialog | None = None
        self.export_action = QAction(self.tr("E&xport…"), window)
        self.export_action.setObjectName("action_export")
        self.export_action.setIcon(theme.icon("document-export"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Write the network as a PyTorch script, its weights, a "
                                                "torch.export program or an ONNX model"))
        self.export_action.triggered.connect(lambda _checked=False: self.open_dialog())
        self.copy_action = QAction(self.tr("Copy as &PyTorch"), window)
        self.copy_action.setObjectName("action_copy_pytorch")
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setStatusTip(self.tr("Put the network's nn.Module class on the clipboard"))
        self.copy_action.triggered.connect(lambda _checked=False: self.copy_as_pytorch())
        for action in (self.export_action, self.copy_action):
            window.addAction(action)
            window.actions_by_name[action.objectName()[len("action_"):]] = action
        file_menu = window.menus["file"]
        quit_action = window.actions_by_name.get("quit")
        file_menu.insertAction(quit_action, self.export_action)
        file_menu.insertSeparator(quit_action)
        edit_menu = window.menus["edit"]
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_action)

    def _problem_text(self) -> str | None:
        """Why the network cannot be exported now, or None."""
        dataset = self.window.dataset()
        if dataset is None:
            return self.tr("The data cannot be made: {message}").format(message=self.window.dataset_error())
        problems = self.window.problems()
        if problems:
            lines = "\n".join(f"• {p}" for p in problems[:8])
            return self.tr("The network has problems; fix them first (see the Problems list):\n{lines}").format(
                lines=lines)
        return None

    def copy_as_pytorch(self) -> bool:
        from ..core.export import model_class_source

        problem = self._problem_text()
        if problem:
            QMessageBox.warning(self.window, self.tr("Cannot copy the network"), problem)
            return False
        source = model_class_source(self.window.project, self.window.dataset())
        QGuiApplication.clipboard().setText(source)
        self.window.show_status(self.tr("Copied the network's PyTorch class to the clipboard"))
        return True

    def _trained(self) -> tuple[bool, bool]:
        """(the project holds weights that fit its network, training is running now)."""
        from ..core.export import ExportError, trained_model

        self.window.about_to_save.emit()  # live training stores its weights, as before a save
        live = getattr(self.window, "live", None)
        running = live is not None and getattr(live, "state", "") == "running"
        if not self.window.project.weights:
            return False, running
        try:
            trained_model(self.window.project, self.window.dataset(), self.window.project.weights)
        except ExportError:
            return False, running
        return True, running

    def open_dialog(self) -> ExportDialog | None:
        problem = self._problem_text()
        if problem:
            QMessageBox.warning(self.window, self.tr("Cannot export"), problem)
            return None
        # The first export loads PyTorch, which takes a moment on a slow machine.
        self.window.show_status(self.tr("Preparing the export…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            trained, running = self._trained()
            self.dialog = ExportDialog(self.window, trained, running)
        finally:
            QApplication.restoreOverrideCursor()
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self, _code: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


