"""The Lessons panel: the lesson list, the step's text, its task, what the checks say, and the buttons.

A view only: it shows what the controller (``LessonsController``) gives it and reports the buttons
pressed. Lesson texts are rendered here, in the language the controller asks for, so switching the
language redraws them at once.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.lessons import Lesson, Outcome, Step, Text, paragraphs
from .. import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonPanel", text)


def paragraph_html(text: str) -> str:
    """A lesson text as HTML: a blank line starts a paragraph, a line break stays a line break, and a
    paragraph laid out as a table (with '|' columns) keeps its columns in a fixed-width font."""
    out = []
    for para in paragraphs(text):
        lines = para.split("\n")
        if sum("|" in line for line in lines) >= 2:
            out.append("<pre style='font-family: monospace; margin: 6px 12px'>" + html.escape(para) + "</pre>")
        else:
            out.append("<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


class LessonPanel(QWidget):
    lesson_chosen = Signal(int)     # index into the lesson list
    back_requested = Signal()
    next_requested = Signal()
    check_requested = Signal()
    restart_requested = Signal()
    show_me_requested = Signal()
    extra_requested = Signal(str)   # the name of the step's extra action (measure_devices, ...)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        self.lesson_box = QComboBox()
        self.lesson_box.setObjectName("lesson_box")
        self.lesson_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lesson_box.setMinimumContentsLength(12)
        self.lesson_box.activated.connect(self.lesson_chosen.emit)
        # A narrow column cuts the title ("1. What a layered network i"): the whole title on hover.
        self.lesson_box.currentTextChanged.connect(self.lesson_box.setToolTip)
        layout.addWidget(self.lesson_box)

        row = QHBoxLayout()
        self.step_label = QLabel()
        self.step_label.setObjectName("lesson_step_label")
        self.progress = QProgressBar()
        self.progress.setObjectName("lesson_progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        row.addWidget(self.step_label)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)

        self.browser = QTextBrowser()
        self.browser.setObjectName("lesson_text")
        self.browser.setOpenLinks(False)
        self.browser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.browser, 1)

        self.extra_button = QPushButton()
        self.extra_button.setObjectName("lesson_extra")
        self.extra_button.hide()
        self.extra_button.clicked.connect(lambda: self.extra_requested.emit(self._extra_name))
        self._extra_name = ""
        layout.addWidget(self.extra_button)

        buttons = QHBoxLayout()
        self.back_button = QToolButton()
        self.back_button.setObjectName("lesson_back")
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.restart_button = QToolButton()
        self.restart_button.setObjectName("lesson_restart")
        self.restart_button.setIcon(theme.icon("media-reset"))
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.show_me_button = QPushButton()
        self.show_me_button.setObjectName("lesson_show_me")
        self.show_me_button.clicked.connect(self.show_me_requested.emit)
        self.check_button = QPushButton()
        self.check_button.setObjectName("lesson_check")
        self.check_button.clicked.connect(self.check_requested.emit)
        self.next_button = QPushButton()
        self.next_button.setObjectName("lesson_next")
        self.next_button.clicked.connect(self.next_requested.emit)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_me_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setToolTip(_tr("Back to the previous step"))
        self.restart_button.setToolTip(_tr("Set this step up again (the lesson's example, settings and panels)"))
        self.show_me_button.setText(_tr("Show me"))
        self.show_me_button.setToolTip(_tr("Do this step's task for me, as a learner would (undo takes it back)"))
        self.check_button.setText(_tr("Check"))
        self.check_button.setToolTip(_tr("Check what you did; a hint follows if it is not there yet"))
        self.next_button.setText(_tr("Next"))
        self.next_button.setToolTip(_tr("On to the next step"))

    # ------------------------------------------------------------------ what the controller shows

    def set_lessons(self, lessons: list[Lesson], lang: str, done: set[str]) -> None:
        current = self.lesson_box.currentIndex()
        self.lesson_box.clear()
        for lesson in lessons:
            mark = "✓ " if lesson.id in done else ""
            self.lesson_box.addItem(f"{mark}{lesson.number}. {lesson.title.get(lang)}")
            self.lesson_box.setItemData(self.lesson_box.count() - 1, lesson.summary.get(lang),
                                        Qt.ItemDataRole.ToolTipRole)
        if 0 <= current < self.lesson_box.count():
            self.lesson_box.setCurrentIndex(current)

    def show_step(self, lesson_index: int, lesson: Lesson, step_index: int, lang: str, *,
                  outcomes: list[tuple[str, Outcome]] | None, show_hint: bool, notes: list[Text],
                  extra: tuple[str, Text] | None, step_done: bool, can_show_me: bool) -> None:
        step: Step = lesson.steps[step_index]
        self.lesson_box.setCurrentIndex(lesson_index)
        n = len(lesson.steps)
        self.step_label.setText(_tr("Step {0} of {1}").format(step_index + 1, n))
        self.progress.setRange(0, n)
        self.progress.setValue(step_index + 1)
        parts = [f"<h3>{html.escape(step.title.get(lang))}</h3>", paragraph_html(step.text.get(lang))]
        for note in notes:
            parts.append("<p style='margin-left: 8px'><i>" + "<br>".join(html.escape(line) for line in
                                                                        note.get(lang).split("\n")) + "</i></p>")
        if step.task is not None:
            parts.append(f"<h4>{html.escape(_tr('Your task'))}</h4>" + paragraph_html(step.task.get(lang)))
        if outcomes:
            lines = []
            for _name, outcome in outcomes:
                mark = "<span style='color:#2e7d32'>✓</span>" if outcome.passed else \
                    "<span style='color:#c62828'>✗</span>"
                lines.append(f"{mark} {html.escape(outcome.detail.get(lang))}")
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        if step_done and step.checks:
            parts.append("<p><b>" + html.escape(_tr("Well done: every check passes. Press Next to go on."))
                         + "</b></p>")
        elif show_hint and step.hint is not None:
            parts.append(f"<p><b>{html.escape(_tr('Hint'))}:</b> {html.escape(step.hint.get(lang))}</p>")
        scroll = self.browser.verticalScrollBar().value()
        same = self.browser.property("shown_step") == (lesson.id, step.id)
        self.browser.setHtml("\n".join(parts))
        self.browser.setProperty("shown_step", (lesson.id, step.id))
        if same:
            self.browser.verticalScrollBar().setValue(scroll)
        if extra is not None:
            self._extra_name = extra[0]
            self.extra_button.setText(extra[1].get(lang))
            self.extra_button.show()
        else:
            self._extra_name = ""
            self.extra_button.hide()
        self.back_button.setEnabled(step_index > 0 or lesson_index > 0)
        self.check_button.setVisible(bool(step.checks))
        self.show_me_button.setVisible(can_show_me)
        last = step_index == n - 1
        self.next_button.setText(_tr("Next lesson") if last else _tr("Next"))
        self.next_button.setDefault(step_done)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.extra_button.setEnabled(not busy)
        if busy and text:
            self.extra_button.setText(text)
