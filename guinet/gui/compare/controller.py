"""The comparison feature in the main window: Train > Compare Runs…, the worker that trains all variants,
the comparison window that draws them, and promoting a variant to be the project (undoable).

``CompareController(window)`` installs itself into a MainWindow (its Train menu) and follows its
project. Public API (for lessons and tests): ``start_preset(name)`` (and ``open_preset``, its name in
the lessons' actions), ``start(variants)``, ``pause()``,
``resume()``, ``stop()``, ``results()``, ``is_running()``, ``promote(index)``; signals ``started``,
``state_changed`` and ``finished`` (with the list of VariantResults when a comparison ends).
"""

from __future__ import annotations

import copy
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from ...core import compare as C
from ...core.snapshot import FINISHED, RUNNING, STOPPED
from ..i18n import engine_text
from ..worker import PAUSED, RUNNING_STATE, TrainingWorker

# Decision-boundary grids of the small multiples (each variant's network over the plane).
GRID_SIZE = 48
GRID_EVERY_S = 0.3
DRAW_INTERVAL_S = 0.04
# Heavy views (boundaries, gradient flow) at most this often; curves and the table every frame.
VIEW_INTERVAL_S = 0.3


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareController", text)


class CompareWorker(TrainingWorker):
    """The training worker, handing over CompareFrames (merged when the GUI skips one) instead of
    Snapshots. The comparison is built on the worker thread (torch, the kernel checks)."""

    def _publish(self, frame) -> None:
        with self._cond:
            if self._pending is not None:
                frame = C.merge_frames(self._pending, frame)
            self._pending = frame
            emit = not self._signal_queued
            self._signal_queued = True
        if emit:
            self._snapshot_posted.emit()

    def _train_steps(self, trainer, steps: int):
        raise C.CompareError("a comparison trains whole runs; it has no single steps")


class PromoteVariantCommand(QUndoCommand):
    """Makes a variant's settings the project's: its training and data settings and the hidden Dense
    layers' settings that it changed. Undo restores everything as it was."""

    def __init__(self, project, variant: C.Variant) -> None:
        super().__init__(tr("Use variant '{0}'").format(engine_text(variant.label)))
        self.project = project
        self.before = self._state(project)
        self.after = self._state(variant.project)
        # Only what the variant changed: node positions and unrelated edits stay as they are now.
        self.after["positions"] = self.before["positions"]

    @staticmethod
    def _state(project) -> dict[str, Any]:
        return {"training": copy.deepcopy(project.training), "data": copy.deepcopy(project.data),
                "params": {n.id: copy.deepcopy(n.params) for n in project.graph.nodes.values()},
                "positions": {n.id: n.pos for n in project.graph.nodes.values()}}

    def _apply(self, state: dict[str, Any]) -> None:
        p = self.project
        for key in sorted(set(p.training) | set(state["training"]), key=lambda k: ("." in k, k)):
            if p.training.get(key) != state["training"].get(key):
                p.set_training(key, state["training"].get(key))
        for key in sorted(set(p.data) | set(state["data"]), key=lambda k: ("." in k, k)):
            if p.data.get(key) != state["data"].get(key):
                p.set_data(key, state["data"].get(key))
        for node_id, params in state["params"].items():
            node = p.graph.nodes.get(node_id)
            if node is None or node.params == params:
                continue
            for key in sorted(set(node.params) | set(params), key=lambda k: ("." in k, k)):
                if node.params.get(key) != params.get(key):
                    p.graph.set_param(node_id, key, params.get(key))

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class CompareController(QObject):
    """Installs Train > Compare Runs… into ``window`` and runs comparisons."""

    started = Signal(int)              # number of variants
    state_changed = Signal(str)        # idle, running, paused, finished, stopped, failed
    finished = Signal(list)            # list[VariantResult] when a comparison ended (finished or stopped)
    frame_drawn = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("compare_controller")
        self.window = window
        self.project = window.project
        self.variants: list[C.Variant] = []
        self.comparison_results: list[C.VariantResult] = []
        self.worker: CompareWorker | None = None
        self.view = None
        self.dialog = None
        self.state = "idle"
        self.last_error = ""
        self.error_box: QMessageBox | None = None
        self._views_at = 0.0
        self._title = ""
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw)
        self.action = QAction(tr("&Compare Runs…"), self)
        self.action.setObjectName("action_compare")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setToolTip(tr("Train several variants side by side: optimizers, initializers, activations, "
                                  "normalizations, learning rates (Ctrl+Shift+M)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.open_dialog)
        menu = window.menus.get("train") if hasattr(window, "menus") else None
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        if hasattr(window, "actions_by_name"):
            window.actions_by_name["compare"] = self.action
        for signal, slot in (("closing", self.shutdown), ("project_replaced", self._project_replaced)):
            if hasattr(window, signal):
                getattr(window, signal).connect(slot)

    # ------------------------------------------------------------------ starting

    def open_dialog(self):
        from .dialog import CompareDialog

        dialog = CompareDialog(self.project, self.window)
        self.dialog = dialog
        try:
            if dialog.exec() == CompareDialog.DialogCode.Accepted:
                self.start(dialog.variants())
        finally:
            self.dialog = None
            dialog.deleteLater()
        return dialog

    def start_preset(self, name: str, epochs: int | None = None) -> bool:
        """Starts one of the presets on the current project (a lesson's comparison). False, with the
        reason in ``last_error`` and the status bar, when it cannot start."""
        project = C.copy_project(self.project)
        try:
            if epochs is not None:
                project.set_training("epochs", int(epochs))
            variants = C.preset_variants(project, name)
        except (C.CompareError, ValueError) as exc:
            self._fail(engine_text(exc), quiet=True)
            return False
        return self.start(variants)

    def open_preset(self, preset: str, epochs: int | None = None) -> bool:
        """What a lesson's ``start_compare`` action calls: starts the preset (named as in the dialog,
        or by its slug such as "gradient-descent") on the current project and shows the window."""
        return self.start_preset(preset, epochs)

    def start(self, variants: list[C.Variant]) -> bool:
        """Trains ``variants`` side by side (stopping a comparison in progress)."""
        if not variants:
            return False
        self.shutdown()
        self.variants = list(variants)
        self.comparison_results = []
        self.last_error = ""
        dataset = getattr(self.window, "dataset", None)
        dataset = dataset() if callable(dataset) else dataset
        base_dir = self.window._project_dir() if hasattr(self.window, "_project_dir") else None
        view = self._ensure_view()
        target = C.DEFAULT_TARGET_ACCURACY
        self._title = self.project.name
        view.set_variants([v.label for v in self.variants], dataset, self._title, target)
        grid = GRID_SIZE if dataset is not None and dataset.has_plane else None
        chosen = list(self.variants)

        def factory():
            return C.Comparison(chosen, base_dir=base_dir, target_accuracy=target)

        worker = CompareWorker(factory=factory, snapshot_every_s=1 / 30, grid_size=grid, grid_every_s=GRID_EVERY_S)
        worker.snapshot_ready.connect(self._snapshot_ready)
        worker.state_changed.connect(self._worker_state)
        worker.failed.connect(self._fail)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self._set_state("running")
        worker.start()
        view.show()
        view.raise_()
        self.started.emit(len(self.variants))
        self.window.show_status(tr("Comparing {0} variants…").format(len(self.variants)))
        return True

    def _ensure_view(self):
        if self.view is None:
            from .view import CompareWindow

            self.view = CompareWindow(self.window)
            self.view.pause_requested.connect(self.pause)
            self.view.resume_requested.connect(self.resume)
            self.view.stop_requested.connect(self.stop)
            self.view.promote_requested.connect(self.promote)
            self.view.restart_requested.connect(lambda: self.start(self._fresh_variants()))
        return self.view

    def _fresh_variants(self) -> list[C.Variant]:
        return [C.Variant(v.label, dict(v.settings), C.copy_project(v.project)) for v in self.variants]

    # ------------------------------------------------------------------ control

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()

    def resume(self) -> None:
        if self.worker is not None:
            self.worker.resume()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def shutdown(self) -> None:
        """Stops a comparison in progress and waits for its thread (window closing, a new one)."""
        worker = self.worker
        if worker is not None:
            worker.join()
            self._take_and_draw()
            self._worker_finished()

    def results(self) -> list[C.VariantResult]:
        return list(self.comparison_results)

    def promote(self, index: int) -> None:
        """Makes variant ``index``'s settings the project's, as one undo step in the main window."""
        if not 0 <= index < len(self.variants):
            return
        variant = self.variants[index]
        if [n.id for n in variant.project.graph.nodes.values()] != list(self.project.graph.nodes):
            QMessageBox.information(self.view, tr("Use variant"), tr(
                "The project's network changed since this comparison started, so its settings cannot be "
                "applied to it. Compare again on the network as it is now."))
            return
        self.window.undo_stack.push(PromoteVariantCommand(self.project, variant))
        self.window.show_status(tr("The project now uses the settings of '{0}' (Edit > Undo to go back). "
                                   "Train in the main window to train it.").format(engine_text(variant.label)))

    # ------------------------------------------------------------------ worker news

    def _snapshot_ready(self) -> None:
        if not self._draw_timer.isActive():
            self._draw_timer.start(int(DRAW_INTERVAL_S * 1000))

    def _draw(self) -> None:
        self._take_and_draw()

    def _take_and_draw(self) -> None:
        worker = self.worker
        if worker is None or self.view is None:
            return
        frame = worker.take_snapshot()
        if frame is None:
            return
        now = time.monotonic()
        draw_views = frame.done or now - self._views_at >= VIEW_INTERVAL_S or any(
            s.done for s in frame.snapshots.values())
        if draw_views:
            self._views_at = now
        results = frame.results or self.comparison_results
        for i, snap in sorted(frame.snapshots.items()):
            self.view.show_snapshot(i, snap, results[i] if i < len(results) else None, draw_views=draw_views)
        self.comparison_results = list(results)
        self.view.finish_frame(self.comparison_results)
        if frame.done:
            self._set_state({FINISHED: "finished", STOPPED: "stopped"}.get(frame.state, "finished"))
        self.frame_drawn.emit()

    def _worker_state(self, state: str) -> None:
        if self.state in ("running", "paused"):
            self._set_state("paused" if state == PAUSED else "running" if state == RUNNING_STATE else state)

    def _worker_finished(self) -> None:
        worker = self.worker
        if worker is None:
            return
        self._take_and_draw()
        worker.join()
        self.worker = None
        worker.deleteLater()
        if self.state in ("running", "paused"):
            self._set_state("stopped")
        if self.state in ("finished", "stopped"):
            best = C.best_result(self.comparison_results)
            if best is not None:
                from .view import state_text   # the view module (pyqtgraph) is loaded once a view exists

                self.window.show_status(tr("Comparison {0}: '{1}' has the lowest training loss ({2:.4g}).").format(
                    state_text(self.state), engine_text(best.label), best.train_loss))
            self.finished.emit(self.results())

    def _fail(self, message: str, quiet: bool = False) -> None:
        self.last_error = message
        self._set_state("failed")
        self.window.show_status(tr("The comparison cannot run: {0}").format(" ".join(message.split())))
        if not quiet:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Compare Runs"),
                              tr("The comparison cannot run."), QMessageBox.StandardButton.Ok,
                              self.view if self.view is not None and self.view.isVisible() else self.window)
            box.setInformativeText(message)
            box.setObjectName("compare_error_box")
            box.open()
            self.error_box = box

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        if self.view is not None:
            self.view.set_state(state)
        self.state_changed.emit(state)

    def _project_replaced(self, project) -> None:
        self.shutdown()
        self.project = project
        self.variants = []
        if self.view is not None:
            self.view.close()


__all__ = ["CompareController", "CompareWorker", "PromoteVariantCommand", "RUNNING"]
