"""The undo command for typing a new value into one weight or bias of the trained network."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("stepper", text)


class SetWeightCommand(QUndoCommand):
    """Sets W[row, col] (``col`` None: the bias b[row]) of a Dense/Output layer in the trainer's model.

    The weights live in the trainer's model (saved into the project on Save), so this command changes
    only that tensor; ``changed`` is the model's announcement (the controller redraws what shows the
    weights), called after every redo and undo."""

    def __init__(self, trainer, node_id: str, row: int, col: int | None, value: float,
                 changed: Callable[[], None], label: str = "") -> None:
        linear = trainer.model.layers[node_id].linear
        tensor = linear.bias if col is None else linear.weight
        if tensor is None:
            raise ValueError(_tr("This layer has no bias."))
        where = (row,) if col is None else (row, col)
        self._tensor = tensor
        self._where = where
        self._old = float(tensor.detach()[where])
        self._new = float(value)
        self._changed = changed
        name = label or node_id
        what = f"b[{row + 1}]" if col is None else f"W[{row + 1},{col + 1}]"
        super().__init__(_tr("Set {what} of {name} to {value:g}").format(what=what, name=name, value=value))

    def _set(self, value: float) -> None:
        import torch

        with torch.no_grad():
            self._tensor[self._where] = value
        self._changed()

    def redo(self) -> None:
        self._set(self._new)

    def undo(self) -> None:
        self._set(self._old)
