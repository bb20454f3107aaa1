"""Work that waits until a widget has been painted once, so the window appears first."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

# Where a platform never paints a widget (it stays covered), the work runs this long after it is shown.
FALLBACK_MS = 1500


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self._widget and not self._done:
            if event.type() == QEvent.Type.Paint:
                # A zero timer fires once this whole paint pass (the backing store) is finished.
                self._finish(0)
            elif event.type() == QEvent.Type.Show:
                QTimer.singleShot(FALLBACK_MS, self, self._run)
        return False

    def _finish(self, delay_ms: int) -> None:
        self._widget.removeEventFilter(self)
        QTimer.singleShot(delay_ms, self, self._run)

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Calls ``callback`` right after ``widget``'s first paint (or a moment after it is shown, where the
    platform does not paint it), once."""
    _AfterFirstPaint(widget, callback)


class LazyWidget(QWidget):
    """Holds the place of a widget that is costly to build (a pyqtgraph plot) until it is first needed:
    ``widget()`` builds it (once) into this place and emits ``built``."""

    built = Signal(object)

    def __init__(self, factory: Callable[[], QWidget], *, minimum_height: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(minimum_height)   # the room the widget will take, so nothing moves

    @property
    def is_built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
            self.layout().addWidget(self._widget)
            self.built.emit(self._widget)
        return self._widget
