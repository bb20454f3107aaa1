"""A form built from a list of ParamSpecs: the one widget factory behind the Properties, Data and
Training panels, so every editor reads its choices, ranges, defaults and help from the engine's tables.

The form never changes a model itself. It shows values given to ``set_values`` and emits
``edit(key, value)`` when the user changes one (``value`` is None when the user picked the default,
so projects keep storing only what differs from the defaults); the panel turns that into an undo
command, the model changes, and the panel calls ``set_values`` again with what the model now holds.

A choice's own parameters (``"optimizer.momentum"``) sit right under it and show only while their
entry is chosen; settings with ``visible_when`` show only while it holds. All rows are made once and
shown or hidden, so the widget being edited is never destroyed under the user's cursor.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.params import ParamSpec, active_specs

_INT32_MAX = 2**31 - 1

# The narrowest an editor gets beside its label; narrower, it goes under the label (see ParamForm).
FIELD_MIN_WIDTH = 90

# How the flags of the input features read on screen (the stored names stay ASCII).
_PRETTY_OPTION = {"x1^2": "x1²", "x2^2": "x2²", "x1*x2": "x1·x2"}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ParamForm", text)


def tr_param(text: str) -> str:
    """Labels and help texts of the engine's tables, translated in one shared context."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("params", text) if text else text


def format_number(value: float, spec: ParamSpec) -> str:
    """A float as a person writes it: 0.8 rather than 0.8000, 1e-05 for tiny log-scale values."""
    if value == 0:
        return "0"
    if spec.log and abs(value) < 1e-3:
        return f"{value:.4g}"
    text = f"{value:.{max(spec.decimals, 1)}f}".rstrip("0").rstrip(".")
    return text or "0"


def tooltip_for(spec: ParamSpec) -> str:
    """Help text plus the valid range and the default, for a row's label and editor."""
    parts = [tr_param(spec.help)] if spec.help else []
    facts = []
    if spec.kind in ("int", "float") and (spec.minimum is not None or spec.maximum is not None):
        facts.append(_tr("Allowed: {range}").format(range=range_words(spec)))
    elif spec.kind == "flags" and spec.minimum:
        facts.append(_tr("Choose at least {n}").format(n=int(spec.minimum)))
    if spec.kind == "choice" and spec.choices is not None and spec.default in spec.choices:
        facts.append(_tr("Default: {value}").format(value=tr_param(spec.choices[spec.default].label)))
    elif spec.kind == "flags":
        facts.append(_tr("Default: {value}").format(value=", ".join(spec.default) or "—"))
    elif spec.kind == "float":
        facts.append(_tr("Default: {value}").format(value=format_number(spec.default, spec)))
    elif spec.kind == "bool":
        facts.append(_tr("Default: {value}").format(value=_tr("on") if spec.default else _tr("off")))
    elif spec.kind == "int":
        facts.append(_tr("Default: {value}").format(value=spec.default))
    if facts:
        parts.append(" · ".join(facts))
    return "\n\n".join(parts)


class _WheelGuard(QObject):
    """Spin boxes and combo boxes ignore the mouse wheel unless they have focus, so scrolling a panel
    never changes a value by accident."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


_wheel_guard: _WheelGuard | None = None


def _is_undo_key(event) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    combo = event.keyCombination()
    return QKeySequence(combo) in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


class _UndoKeysToWindow(QObject):
    """Ctrl+Z and Ctrl+Y in a field whose value has been entered reach the window's undo stack.

    A spin box or line edit keeps its own text undo and claims those keys first (Qt asks the focused
    widget with a ShortcutOverride event), so after typing 8 in Units and pressing Enter, Ctrl+Z
    undid nothing the user could see. Only while the field holds text not yet entered do the keys
    stay with the field, to undo that typing."""

    def __init__(self, uncommitted: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._uncommitted = uncommitted

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event) and not self._uncommitted():
            event.ignore()   # not claimed: the window's Undo and Redo actions take the key
            return True
        return False


def pass_undo_keys_to_window(widget: QWidget, uncommitted: Callable[[], bool]) -> None:
    widget.installEventFilter(_UndoKeysToWindow(uncommitted, widget))


def _spin_uncommitted(box: QAbstractSpinBox) -> Callable[[], bool]:
    # Without keyboard tracking, value() keeps the entered value while the text is being edited.
    return lambda: box.text() != box.textFromValue(box.value())


def guard_wheel(widget: QWidget) -> None:
    global _wheel_guard
    if _wheel_guard is None:
        _wheel_guard = _WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_wheel_guard)


def _parse_typed(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", ".").replace("\u202f", "").replace("\xa0", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class _ReportsOutOfRange:
    """A spin box that says when the number typed is outside its range instead of silently keeping
    the old one (Qt's spin boxes revert to the last valid value on Enter or focus out)."""

    def _typed_out_of_range(self) -> None:
        typed = _parse_typed(self.cleanText().replace(self.locale().groupSeparator(), ""))
        if typed is not None and not self.minimum() <= typed <= self.maximum():
            self.out_of_range.emit(self.cleanText())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._typed_out_of_range()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._typed_out_of_range()
        super().focusOutEvent(event)


class IntSpinBox(_ReportsOutOfRange, QSpinBox):
    """QSpinBox lets any whole number be typed (and then says if it is outside the range): Qt's own
    refuses the keystroke of a number above the maximum, so 5000 in Units simply could not be typed."""

    out_of_range = Signal(str)   # the text typed

    def validate(self, text: str, pos: int):
        stripped = text.strip().replace(self.locale().groupSeparator(), "")
        if stripped in ("", "-", "+"):
            return QValidator.State.Intermediate
        try:
            value = int(stripped)
        except ValueError:
            return QValidator.State.Invalid
        return QValidator.State.Acceptable if self.minimum() <= value <= self.maximum() \
            else QValidator.State.Intermediate


class NumberSpinBox(_ReportsOutOfRange, QDoubleSpinBox):
    """A float editor that writes numbers naturally (no trailing zeros, 1e-05 for tiny ones) and,
    for log-scale settings, steps through 1, 2, 5, 10, 20, ... instead of adding a fixed step."""

    out_of_range = Signal(str)   # the text typed

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        # Internal precision well below what is shown, so 1e-8 survives the spin box's rounding.
        self.setDecimals(max(spec.decimals, 12 if spec.log else spec.decimals))
        tiny = 10.0 ** -max(spec.decimals, 1)
        lo = -1e9 if spec.minimum is None else float(spec.minimum)
        hi = 1e9 if spec.maximum is None else float(spec.maximum)
        if spec.minimum_exclusive:
            lo = lo + tiny
        if spec.maximum_exclusive:
            hi = hi - tiny
        self.setRange(lo, hi)
        if spec.step:
            self.setSingleStep(spec.step)
        else:
            self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt name
        return format_number(value, self._spec)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt name
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip().replace(",", ".")
        if stripped in ("", "-", "+", ".", "-.", "+."):
            return QValidator.State.Intermediate
        if stripped.lower().endswith(("e", "e-", "e+")):
            return QValidator.State.Intermediate
        try:
            value = float(stripped)
        except ValueError:
            return QValidator.State.Invalid
        if not math.isfinite(value):
            return QValidator.State.Invalid
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt name
        if not self._spec.log:
            super().stepBy(steps)
            return
        value = self.value()
        for _ in range(abs(steps)):
            value = _next_125(value, up=steps > 0)
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def _next_125(value: float, up: bool) -> float:
    """The next number of the 1-2-5 series above (or below) ``value``."""
    if value <= 0:
        return 1e-6 if up else value
    exponent = math.floor(math.log10(value)) - 1
    candidates = sorted(m * 10.0**e for e in range(exponent, exponent + 3) for m in (1, 2, 5))
    if up:
        return next(c for c in candidates if c > value * (1 + 1e-9))
    smaller = [c for c in candidates if c < value * (1 - 1e-9)]
    return smaller[-1] if smaller else value / 2


class Field:
    """One row of the form: a label, an editor, and how to show a value in it."""

    def __init__(self, form: "ParamForm", key: str, spec: ParamSpec) -> None:
        self.form = form
        self.key = key
        self.spec = spec
        self.widget: QWidget = self.make_editor()
        tip = tooltip_for(spec)
        self.widget.setToolTip(tip)
        self.label = QLabel(tr_param(spec.label) + ":")
        self.label.setToolTip(tip)
        self.tip = tip
        self.label.setBuddy(self.widget)
        if "." in key:
            self.label.setProperty("role", "sublabel")
        # Says, right under the editor, why a typed value was not taken.
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setObjectName(f"error_{key}")

    def make_editor(self) -> QWidget:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any) -> None:
        """Tell the form the user chose ``value``."""
        self.form._user_edit(self, value)

    def show_mixed(self, values: Sequence[str] | None) -> None:
        """Say that the selected layers differ here (``values``: each one's, as text), or no more."""
        label = tr_param(self.spec.label)
        font = self.label.font()
        font.setItalic(bool(values))
        self.label.setFont(font)
        if values:
            self.label.setText(self.form.tr("{label} (mixed):").format(label=label))
            mixed = self.form.tr("The selected layers differ here: {values}. A value chosen here is set on "
                                 "all of them.").format(values=", ".join(values))
            self.label.setToolTip(f"{mixed}\n\n{self.tip}")
            self.widget.setToolTip(f"{mixed}\n\n{self.tip}")
        else:
            self.label.setText(label + ":")
            self.label.setToolTip(self.tip)
            self.widget.setToolTip(self.tip)

    def focus_widget(self) -> QWidget:
        return self.widget


class _NumberField(Field):
    def _confirm_mixed(self) -> None:
        # Where the selected layers differ, Enter on the value shown (the first layer's) sets it on
        # all of them: an unchanged number emits no valueChanged.
        if self.key in self.form._mixed and not self.form._setting:
            self.commit(self.widget.value())

    def _out_of_range(self, typed: str) -> None:
        box = self.widget
        kept = box.textFromValue(box.value())
        self.form.show_error(self, _tr("{label}: {typed} is outside the allowed range ({range}); kept {kept}.")
                             .format(label=tr_param(self.spec.label), typed=typed, kept=kept,
                                     range=range_words(self.spec)))


def range_words(spec: ParamSpec) -> str:
    """'from 1 to 4,096', 'at least 0', 'above 0 and below 1': the allowed values, in words."""
    def num(x: float) -> str:
        if spec.kind == "int" or float(x).is_integer() and abs(x) >= 1:
            return f"{int(x):,}"
        return f"{x:g}"

    lo, hi = spec.minimum, spec.maximum
    if lo is not None and hi is not None and not spec.minimum_exclusive and not spec.maximum_exclusive:
        return _tr("from {lo} to {hi}").format(lo=num(lo), hi=num(hi))
    parts = []
    if lo is not None:
        parts.append((_tr("above {n}") if spec.minimum_exclusive else _tr("at least {n}")).format(n=num(lo)))
    if hi is not None:
        parts.append((_tr("below {n}") if spec.maximum_exclusive else _tr("at most {n}")).format(n=num(hi)))
    return _tr(" and ").join(parts)


class IntField(_NumberField):
    def make_editor(self) -> QWidget:
        box = IntSpinBox()
        box.out_of_range.connect(self._out_of_range)
        spec = self.spec
        lo = -_INT32_MAX if spec.minimum is None else int(spec.minimum) + (1 if spec.minimum_exclusive else 0)
        hi = _INT32_MAX if spec.maximum is None else int(min(spec.maximum, _INT32_MAX))
        hi -= 1 if spec.maximum_exclusive else 0
        box.setRange(lo, hi)
        if spec.step:
            box.setSingleStep(int(spec.step))
        box.setKeyboardTracking(False)
        box.setAccelerated(True)
        box.setGroupSeparatorShown(hi >= 10_000)
        guard_wheel(box)
        pass_undo_keys_to_window(box, _spin_uncommitted(box))
        box.valueChanged.connect(self.commit)
        box.editingFinished.connect(self._confirm_mixed)
        return box

    def set_value(self, value: Any) -> None:
        self.widget.setValue(int(value))


class FloatField(_NumberField):
    def make_editor(self) -> QWidget:
        box = NumberSpinBox(self.spec)
        box.out_of_range.connect(self._out_of_range)
        guard_wheel(box)
        pass_undo_keys_to_window(box, _spin_uncommitted(box))
        box.valueChanged.connect(lambda v: self.commit(float(v)))
        box.editingFinished.connect(self._confirm_mixed)
        return box

    def set_value(self, value: Any) -> None:
        self.widget.setValue(float(value))


class BoolField(Field):
    def make_editor(self) -> QWidget:
        box = QCheckBox()
        box.toggled.connect(self.commit)
        return box

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ChoiceField(Field):
    def make_editor(self) -> QWidget:
        combo = QComboBox()
        assert self.spec.choices is not None
        for i, entry in enumerate(self.spec.choices):
            combo.addItem(tr_param(entry.label), entry.name)
            combo.setItemData(i, tr_param(entry.help), Qt.ItemDataRole.ToolTipRole)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        guard_wheel(combo)
        combo.activated.connect(lambda index: self.commit(combo.itemData(index)))
        return combo

    def set_value(self, value: Any) -> None:
        combo: QComboBox = self.widget
        index = combo.findData(value)
        combo.setCurrentIndex(index)
        # The tooltip explains the setting and the entry now chosen.
        if index >= 0 and self.spec.choices is not None:
            entry = self.spec.choices[value]
            combo.setToolTip(f"{tooltip_for(self.spec)}\n\n{tr_param(entry.label)}: {tr_param(entry.help)}")


class _ColumnsBox(QWidget):
    """Widgets in rows of up to ``columns``, fewer where the panel is narrower (a side column in a
    1024-pixel window): the panel never scrolls sideways or cuts a check box off."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self.max_columns = self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        # The box's minimum is one column (minimumSizeHint below), not the grid's current rows.
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.widgets: list[QWidget] = []

    def add(self, widget: QWidget) -> None:
        self.widgets.append(widget)
        self._place()

    def _cell(self) -> int:
        return max((w.sizeHint().width() for w in self.widgets), default=0)

    def _place(self) -> None:
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for i, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, i // self.columns, i % self.columns)
        # Form layouts read a minimum height, not heightForWidth: the rows' height is that minimum.
        rows = -(-len(self.widgets) // self.columns)
        row = max((w.sizeHint().height() for w in self.widgets), default=0)
        self.setMinimumHeight(rows * row + max(0, rows - 1) * self.grid.verticalSpacing())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(self._cell(), self.minimumHeight())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        spacing = self.grid.horizontalSpacing()
        return QSize(self.columns * (self._cell() + spacing) - spacing, self.minimumHeight())

    def _columns_for(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing()
        return max(1, min(self.max_columns, (width + spacing) // max(1, self._cell() + spacing)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        columns = self._columns_for(event.size().width())
        if columns != self.columns:
            self.columns = columns
            self._place()
            self.updateGeometry()


class FlagsField(Field):
    """A grid of check boxes, one per option; refuses to go below the spec's minimum."""

    COLUMNS = 3

    def make_editor(self) -> QWidget:
        box = _ColumnsBox(self.COLUMNS)
        self.boxes: dict[str, QCheckBox] = {}
        for option in self.spec.options:
            check = QCheckBox(_PRETTY_OPTION.get(option, option))
            check.toggled.connect(self._toggled)
            box.add(check)
            self.boxes[option] = check
        return box

    def _toggled(self) -> None:
        if self.form._setting:
            return
        chosen = [o for o, check in self.boxes.items() if check.isChecked()]
        minimum = int(self.spec.minimum or 0)
        if len(chosen) < minimum:
            self.form.refused.emit(self.form.tr("{label}: choose at least {n}.").format(
                label=tr_param(self.spec.label), n=minimum))
            self.form.refresh()
            return
        self.commit(chosen)

    def set_value(self, value: Any) -> None:
        for option, check in self.boxes.items():
            check.setChecked(option in value)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))


class StrField(Field):
    """A line of text; with a file filter it gets a Browse button that fills in a chosen file."""

    def make_editor(self) -> QWidget:
        self.line = QLineEdit()
        self.line.editingFinished.connect(self._finished)
        pass_undo_keys_to_window(self.line, lambda: self.line.text() != self._shown)
        file_filter = self.form.file_filters.get(self.key)
        if file_filter is None:
            return self.line
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        self.line.setMinimumWidth(FIELD_MIN_WIDTH)   # a path needs the room, not the button beside it
        browse = QToolButton()
        browse.setText(self.form.tr("Browse…"))
        browse.setToolTip(self.form.tr("Choose a file"))
        browse.clicked.connect(lambda: self._browse(file_filter))
        row.addWidget(browse)
        self.browse_button = browse
        return box

    def _finished(self) -> None:
        text = self.line.text()
        if text != self._shown:
            self._shown = text
            self.commit(text)

    def _browse(self, file_filter: str) -> None:
        start = self.form.file_dir() or str(Path.home())
        current = self.line.text()
        if current:
            full = Path(current) if Path(current).is_absolute() else Path(start) / current
            start = str(full)
        path, _ = QFileDialog.getOpenFileName(self.widget, self.form.tr("Choose a file"), start, file_filter)
        if path:
            self.set_value(self.form.store_path(path))
            self.commit(self._shown)

    def set_value(self, value: Any) -> None:
        self._shown = str(value)
        if self.line.text() != self._shown:
            self.line.setText(self._shown)

    def focus_widget(self) -> QWidget:
        return self.line


class PointsField(Field):
    """Drawn points are edited with the mouse on the Decision boundary plot (gui.draw), not typed: the
    form says how many there are and where to draw them."""

    def make_editor(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "hint")
        self.summary.setObjectName(f"summary_{self.key}")
        return self.summary

    def set_value(self, value: Any) -> None:
        points = list(value or [])
        if not points:
            text = _tr("None yet. Turn on Draw (D) on the Decision boundary plot and click to add points.")
        elif self.spec.classes:
            counts: dict[int, int] = {}
            for point in points:
                counts[int(point[2])] = counts.get(int(point[2]), 0) + 1
            per_class = ", ".join(_tr("{n} of class {k}").format(n=counts[k], k=k) for k in sorted(counts))
            text = _tr("{n} points ({classes}). Draw more on the Decision boundary plot (D).").format(
                n=len(points), classes=per_class)
        else:
            text = _tr("{n} points. Draw more on the Decision boundary plot (D).").format(n=len(points))
        self.summary.setText(text)


_FIELD_TYPES: dict[str, type[Field]] = {"int": IntField, "float": FloatField, "bool": BoolField,
                                        "choice": ChoiceField, "flags": FlagsField, "str": StrField,
                                        "points": PointsField}

FieldFactory = Callable[["ParamForm", str, ParamSpec], Field]



def scrolling_body(panel: QWidget) -> QVBoxLayout:
    """Give a side panel a frameless, vertically scrolling body and return the body's layout.
    The Properties, Data and Training panels share this look."""
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.setSpacing(8)
    return layout


def push_edit(undo_stack, make_command: Callable[[], Any], refused: Callable[[str], None]) -> bool:
    """Build an undo command for an edit and push it; a refused edit (GraphError: an out-of-range
    value, say) pushes nothing and hands its message to ``refused``. Returns whether it was pushed."""
    from ...core.graph import GraphError

    try:
        command = make_command()
    except GraphError as exc:
        refused(str(exc))
        return False
    undo_stack.push(command)
    return True

class ParamForm(QWidget):
    """Editors for ``specs``; see the module docstring."""

    edit = Signal(str, object)   # (key, value); value None: the default
    refused = Signal(str)        # a message when an edit is refused before reaching the model

    def __init__(self, specs: Sequence[ParamSpec], parent: QWidget | None = None, *,
                 file_filters: Mapping[str, str] | None = None,
                 custom_fields: Mapping[str, FieldFactory] | None = None,
                 file_dir: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self.file_filters = dict(file_filters or {})
        self._file_dir = file_dir
        self._values: dict[str, Any] = {}
        self._mixed: dict[str, list[str]] = {}   # key -> each selected layer's value, where they differ
        self._setting = False
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A row whose editor would be narrower than FIELD_MIN_WIDTH puts the editor under its label:
        # in a 250 px dock "Drop rows with missing values:" left the editors 20 px ("CS", "De").
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setHorizontalSpacing(8)
        self.layout_.setVerticalSpacing(5)
        custom = dict(custom_fields or {})
        # Every row that can ever show, in display order: a spec, then its choices' own parameters.
        # Several entries may share a parameter spec (Adam's and AdamW's betas), so a row is known by
        # its key and the entry it belongs to (None for a top-level setting).
        self._fields: list[tuple[str, str | None, Field]] = []
        for spec in self.specs:
            self._add_field(spec.name, spec, None, custom)
            if spec.kind == "choice" and spec.choices is not None:
                for entry in spec.choices:
                    for sub in entry.params:
                        self._add_field(f"{spec.name}.{sub.name}", sub, entry.name, custom)
        self.set_values({})

    def _add_field(self, key: str, spec: ParamSpec, entry: str | None,
                   custom: Mapping[str, FieldFactory]) -> None:
        factory = custom.get(key) or _FIELD_TYPES[spec.kind]
        field = factory(self, key, spec)
        if not isinstance(field.widget, QCheckBox):
            # Never below what the editor's own layout needs (a path and its Browse button).
            field.widget.setMinimumWidth(max(field.widget.minimumSizeHint().width(), FIELD_MIN_WIDTH))
        self.layout_.addRow(field.label, field.widget)
        self.layout_.addRow(field.error)
        self.layout_.setRowVisible(field.error, False)
        self._fields.append((key, entry, field))

    def _active_rows(self, values: Mapping[str, Any]) -> set[tuple[str, str | None]]:
        rows: set[tuple[str, str | None]] = set()
        for key, spec in active_specs(self.specs, values):
            if "." in key:
                head = key.partition(".")[0]
                parent = next(s for s in self.specs if s.name == head)
                rows.add((key, values.get(head, parent.default)))
            else:
                rows.add((key, None))
        return rows

    # ------------------------------------------------------------------ showing values

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (sparse: missing keys show their defaults) and the rows that apply to them."""
        if dict(values) != self._values:
            self.clear_errors()
        self._values = dict(values)
        active = self._active_rows(values)
        self._setting = True
        try:
            for key, entry, field in self._fields:
                shown = (key, entry) in active
                self.layout_.setRowVisible(field.widget, shown)
                if not shown:
                    self.layout_.setRowVisible(field.error, False)
                if shown:
                    field.set_value(values.get(key, field.spec.default))
        finally:
            self._setting = False

    def refresh(self) -> None:
        self.set_values(self._values)

    def set_mixed(self, mixed: Mapping[str, Sequence[str]]) -> None:
        """Mark the rows where several selected layers differ (key -> their values as text); the
        editor shows the first layer's value, and any value chosen there is an edit, even that one."""
        self._mixed = {k: list(v) for k, v in mixed.items()}
        for key, _entry, field in self._fields:
            field.show_mixed(self._mixed.get(key))

    def mixed_keys(self) -> list[str]:
        return list(self._mixed)

    def values(self) -> dict[str, Any]:
        """The values last given to ``set_values``."""
        return dict(self._values)

    # ------------------------------------------------------------------ lookups (panels, tests)

    def field(self, key: str) -> Field | None:
        """The row showing ``key`` now (the visible one when several entries share a key)."""
        active = self._active_rows(self._values)
        for k, entry, field in self._fields:
            if k == key and (k, entry) in active:
                return field
        return None

    def editor(self, key: str) -> QWidget | None:
        field = self.field(key)
        return field.widget if field is not None else None

    def visible_keys(self) -> list[str]:
        return [key for key, _ in active_specs(self.specs, self._values)]

    # ------------------------------------------------------------------ edits

    def show_error(self, field: Field, message: str) -> None:
        """A typed value was not taken: say why under its editor (and in the status bar)."""
        field.error.setText(message)
        self.layout_.setRowVisible(field.error, True)
        self.refused.emit(message)

    def clear_errors(self) -> None:
        for _key, _entry, field in getattr(self, "_fields", []):
            if field.error.text():
                field.error.setText("")
                self.layout_.setRowVisible(field.error, False)

    def error_text(self, key: str) -> str:
        """The message under ``key``'s editor, '' when there is none (for tests)."""
        field = self.field(key)
        return field.error.text() if field is not None and field.error.isVisibleTo(self) else ""

    def _user_edit(self, field: Field, value: Any) -> None:
        if self._setting:
            return
        if field.error.text():
            field.error.setText("")
            self.layout_.setRowVisible(field.error, False)
        current = self._values.get(field.key, field.spec.default)
        if value == current and field.key not in self._mixed:
            return
        self.edit.emit(field.key, None if value == field.spec.default else value)

    def file_dir(self) -> str | None:
        return self._file_dir() if self._file_dir else None

    def store_path(self, path: str) -> str:
        """A chosen file as stored in the project: relative to the project's folder when inside it."""
        base = self.file_dir()
        if base:
            try:
                return Path(path).resolve().relative_to(Path(base).resolve()).as_posix()
            except ValueError:
                pass
        return path
