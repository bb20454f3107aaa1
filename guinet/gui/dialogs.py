"""Questions whose buttons say what they do ("Stop Training" / "Keep Training", not Yes / No).

Qt's ``QMessageBox.question`` offers only its standard labels; a reader should not have to map
"Yes" back onto the question to know what a click does. ``ask`` keeps the standard buttons (so
their roles, Enter and Escape behave as Qt's do) and gives each the name of its action.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: Sequence[tuple[Button, str]],
        default: Button, *, informative: str = "", escape: Button | None = None,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> Button:
    """Show a modal question; returns the standard button clicked (``escape``'s when closed)."""
    box = QMessageBox(icon, title, text, Button.NoButton, parent)
    box.setObjectName("question_box")
    if informative:
        box.setInformativeText(informative)
    for standard, label in buttons:
        box.addButton(standard).setText(label)
    box.setDefaultButton(default)
    escape = escape if escape is not None else buttons[-1][0]
    box.setEscapeButton(escape)
    box.exec()
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else escape
    box.deleteLater()
    return answer if answer != Button.NoButton else escape
