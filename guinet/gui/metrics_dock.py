"""The Metrics dock: installs guinet.gui.plots.confusion.MetricsPanel beside the live plots and feeds it
the snapshots the live view draws, at most a few times a second and only while its tab is on screen.

The panel (pyqtgraph) is built after the window's first paint, like the other plots, so the window
appears first; a snapshot or a test that needs it earlier builds it on the spot.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from .deferred import LazyWidget, after_first_paint

# The panel redraws at most this often while training (its tables are cheap, but not free).
REDRAW_INTERVAL_S = 0.25


def _make_panel():
    from .plots.confusion import MetricsPanel

    return MetricsPanel()


class MetricsController(QObject):
    """Docks a MetricsPanel beside the live plots and feeds it the snapshots the live view draws."""

    def __init__(self, window, live) -> None:
        super().__init__(window)
        self.setObjectName("metrics_controller")
        self.window = window
        self.live = live
        self.slot = LazyWidget(_make_panel, minimum_height=190)
        self.slot.built.connect(lambda panel: panel.set_dataset(self.window.dataset()))
        self.dock = QDockWidget(QApplication.translate("MetricsController", "Metrics"), window)
        self.dock.setObjectName("dock_metrics")
        self.dock.setWidget(self.slot)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        anchor = live.docks.get("histograms") or live.docks.get("gradflow")
        if anchor is not None:
            window.tabifyDockWidget(anchor, self.dock)
            live.docks.get("gradflow", anchor).raise_()
        else:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        panels_menu = getattr(window, "panels_menu", None)
        if panels_menu is not None:
            separators = [a for a in panels_menu.actions() if a.isSeparator()]
            panels_menu.insertAction(separators[-1] if separators else None, self.dock.toggleViewAction())
        self._shown_at = 0.0
        self._waiting = None
        live.snapshot_drawn.connect(self._snapshot_drawn)
        live.state_changed.connect(self._state_changed)
        window.dataset_changed.connect(self._dataset_changed)
        window.project_replaced.connect(self._project_replaced)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        canvas = getattr(window, "canvas", None)
        after_first_paint(canvas.viewport() if canvas is not None else window, self.slot.widget)

    @property
    def panel(self):
        """The MetricsPanel (built now if it was not yet)."""
        return self.slot.widget()

    def _dataset_changed(self, dataset) -> None:
        self._waiting = None
        if self.slot.is_built:
            self.panel.set_dataset(dataset)

    def _snapshot_drawn(self, snap) -> None:
        now = time.monotonic()
        if not self.dock.isVisible() or self.dock.visibleRegion().isEmpty():
            self._waiting = snap  # drawn when the tab comes to the front
            return
        if snap.done or now - self._shown_at >= REDRAW_INTERVAL_S:
            self._shown_at = now
            self._waiting = None
            self.panel.show_snapshot(snap)
        else:
            self._waiting = snap

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._waiting is not None:
            snap, self._waiting = self._waiting, None
            self.panel.show_snapshot(snap)

    def _state_changed(self, state: str) -> None:
        if state == "idle" and self.live.last_snapshot is None:
            self._waiting = None
            if self.slot.is_built:
                self.panel.clear()

    def _project_replaced(self, _project) -> None:
        self._waiting = None
        if self.slot.is_built:
            self.panel.set_dataset(self.window.dataset())
