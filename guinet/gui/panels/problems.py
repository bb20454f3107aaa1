"""The Problems list: everything that keeps the network from training, each naming its layer.

Clicking (or pressing Enter on) a problem that belongs to a layer emits ``node_activated`` so the
window selects that node on the canvas.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.check import Problem
from ..i18n import problem_text
from .. import theme

_NODE_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    node_activated = Signal(str)   # id of the layer a clicked problem is about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.list = QListWidget()
        self.list.setObjectName("problems")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)
        # Messages say what to do in a sentence or two; narrower than this they wrap into a column.
        self.setMinimumWidth(150)
        self._problems: list[Problem] = []
        self._labels: Mapping[str, str] = {}
        # What training found (the gradient-flow diagnosis): not a reason it cannot run, but why it
        # may not learn. Shown after the problems, with the layer it is about.
        self._training_note: Problem | None = None
        theme.notifier().changed.connect(self._theme_changed)
        self._fill()

    def _theme_changed(self, _name: str) -> None:
        self._fill()   # the icons take the new theme's colours

    def set_problems(self, problems: Iterable[Problem], labels: Mapping[str, str] | None = None) -> None:
        """Show ``problems``; ``labels`` gives each node id the name people see ('Dense 2')."""
        self._problems = list(problems)
        self._labels = dict(labels or {})
        self._fill()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_training_note(self, message: str | None, node_id: str | None = None) -> None:
        """Shows (or with None removes) what training found, e.g. "vanishing gradients"."""
        note = Problem(node_id, message) if message else None
        if note != self._training_note:
            self._training_note = note
            self._fill()

    def training_note(self) -> str | None:
        return self._training_note.message if self._training_note is not None else None

    def _fill(self) -> None:
        self.list.clear()
        if not self._problems:
            item = QListWidgetItem(theme.icon("ok"), self.tr("No problems: the network is ready to train."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if self._training_note is not None:
            note = self._training_note
            item = QListWidgetItem(theme.icon("problem"), self.tr("Training: {0}").format(note.message))
            item.setData(_NODE_ROLE, note.node_id)
            item.setToolTip(note.message)
            self.list.addItem(item)
        for problem in self._problems:
            where = self._labels.get(problem.node_id, problem.node_id) if problem.node_id else self.tr("Network")
            text = problem_text(problem)
            item = QListWidgetItem(theme.icon("problem"), f"{where}: {text}")
            item.setData(_NODE_ROLE, problem.node_id)
            item.setToolTip(text)
            if problem.node_id is None:
                # Nothing to select on the canvas for a network-wide problem.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        node_id = item.data(_NODE_ROLE)
        if node_id:
            self.node_activated.emit(node_id)

    def summary(self) -> str:
        """One line for the dock title or status bar."""
        n = len(self._problems)
        if n == 0:
            return self.tr("No problems")
        return self.tr("1 problem") if n == 1 else self.tr("{n} problems").format(n=n)
