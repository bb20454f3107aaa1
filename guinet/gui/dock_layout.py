"""The docks' default sizes as shares of the window, kept while the user has not arranged them.

QMainWindow gives a window's extra room to the central widget and takes a shrinking window's room from
the docks first, so a window made small and enlarged again keeps squeezed panels. Until the user drags a
separator, moves, floats or closes a panel, the docks here take the window's proportions again after
every resize (the way Qt Creator's modes keep their splitters' shares); once the user has arranged them,
their arrangement stays and is what the window saves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QToolBar

RESIZE_SETTLE_MS = 60   # one layout pass after the last resize event of a drag, not one per event


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


@dataclass(frozen=True)
class DockSizes:
    """Pixel sizes of the default layout for one window size."""

    right: int          # the Properties / Data / Training column
    left: int           # the Layers palette (and Lessons) column
    bottom: int         # the height of the bottom row (Problems and the plots)
    problems: int       # the Problems list's width in the bottom row
    plots: tuple[int, int, int]   # Loss, Decision boundary, Gradient flow widths
    column: int         # the left column's height (beside the canvas, above the bottom row)


def default_sizes(width: int, height: int, chrome: int = 80) -> DockSizes:
    """The default layout of a ``width`` x ``height`` window whose menus, tool bar and status bar take
    ``chrome`` pixels of its height. At 1600x1000 it is the layout the window always had; at 1024x640
    every panel keeps room to be read."""
    right = _clamp(width * 0.27, 260, 400)
    left = _clamp(width * 0.2, 200, 330)
    bottom = _clamp(height * 0.40, 230, 340)
    row = max(0, width - right - 6)
    problems = _clamp(row * 0.16, 150, 240)
    rest = max(0, row - problems - 12)
    loss, boundary = rest * 12 // 35, rest * 11 // 35   # the boundary is about square
    plots = (loss, boundary, rest - loss - boundary)
    column = max(0, height - chrome - bottom - 6)
    return DockSizes(right, left, bottom, problems, plots, column)


class DockLayout(QObject):
    """Watches a main window's docks: whether the user has arranged them, and the default sizes to
    take again after a resize while not. ``sizes_reset`` asks each feature to size its own docks."""

    sizes_reset = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dock_layout")
        self.window = window
        self.arranged = False         # the user dragged, moved, floated or closed a panel
        self._active = False          # the window was shown and took its first layout
        self._hidden_at_start: set[str] | None = None
        self._watched: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESIZE_SETTLE_MS)
        self._timer.timeout.connect(self.apply)
        window.installEventFilter(self)

    def sizes(self) -> DockSizes:
        window = self.window
        chrome = window.menuBar().sizeHint().height() + window.statusBar().sizeHint().height()
        chrome += sum(bar.sizeHint().height() for bar in window.findChildren(QToolBar)
                      if bar.isVisible() and window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea)
        return default_sizes(window.width(), window.height(), chrome)

    def start(self, *, arranged: bool) -> None:
        """The window is shown with its first layout: the default one, or (``arranged``) the user's."""
        self.arranged = arranged
        self._active = True
        self._watch_docks()
        self._hidden_at_start = self._hidden()
        QTimer.singleShot(0, self, self.whole_tab_titles)

    def reset(self) -> None:
        """Reset Layout: the defaults again, following the window's size from now on."""
        self.arranged = False
        self._watch_docks()
        self.apply()
        self._hidden_at_start = self._hidden()

    def apply(self) -> None:
        if self.arranged:
            return
        self._watch_docks()
        sizer = getattr(self.window, "_default_dock_sizes", None)
        if sizer is not None:
            sizer()
        self.sizes_reset.emit()
        QTimer.singleShot(0, self, self.whole_tab_titles)

    def whole_tab_titles(self) -> None:
        """Tabs of docks sharing a place show their whole titles ("Weights and activations", not
        "Weights and activ…"), scrolling with arrows where the row is too narrow, each title also
        its tab's tooltip. QMainWindow makes these tab bars as docks are tabbed, so this runs again
        after every layout change."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is not self.window:
                continue
            if bar.elideMode() != Qt.TextElideMode.ElideNone:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)
            for i in range(bar.count()):
                if bar.tabToolTip(i) != bar.tabText(i):
                    bar.setTabToolTip(i, bar.tabText(i))

    def user_arranged(self) -> bool:
        """Whether the window's layout is the user's own (saved with the window) rather than defaults."""
        if self.arranged:
            return True
        hidden = self._hidden()
        return self._hidden_at_start is not None and hidden != self._hidden_at_start or any(
            d.isFloating() for d in self._docks())

    # ------------------------------------------------------------------ watching the user

    def _docks(self) -> list[QDockWidget]:
        return [d for d in self.window.findChildren(QDockWidget) if d.parent() is self.window]

    def _hidden(self) -> set[str]:
        return {d.objectName() for d in self._docks() if d.isHidden()}

    def _watch_docks(self) -> None:
        for dock in self._docks():
            if id(dock) not in self._watched:
                self._watched.add(id(dock))
                dock.dockLocationChanged.connect(self._dock_moved)
                dock.topLevelChanged.connect(self._dock_moved)

    def _dock_moved(self, *_args) -> None:
        QTimer.singleShot(0, self, self.whole_tab_titles)
        # Features move docks too (a lesson tabs itself with the palette); only a drag is the user's.
        if self._active and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.arranged = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if obj is self.window:
            kind = event.type()
            if kind == QEvent.Type.MouseButtonPress and self._active:
                # QMainWindow shows a split cursor over the separators between docks: a press there
                # starts a drag that resizes them.
                if self.window.cursor().shape() in (Qt.CursorShape.SplitHCursor, Qt.CursorShape.SplitVCursor):
                    self.arranged = True
            elif kind == QEvent.Type.Resize and self._active and not self.arranged:
                self._timer.start()
        return False
