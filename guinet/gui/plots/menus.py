"""pyqtgraph's context menus, deleted with the plot that shows them.

pyqtgraph (0.14) makes each PlotItem's "Plot Options" menu and each ViewBox's context menu
(``ViewBoxMenu``, with its axis submenus) as parentless top-level widgets, and nothing deletes them
when the plot goes: every plot a window ever made left about a dozen menus alive until the process
ended, where Qt's exit-time cleanup of thousands of them crashed the test process (issue 7).
``own_menus`` makes them children of the widget that shows the plot, so Qt deletes them with it; a plot
that has no use for them disables them and deletes them at once.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QMenu, QWidget


def _adopt(owner: QWidget, menu: QMenu | None) -> None:
    if menu is not None and menu.parent() is None:
        # A menu keeps its popup window flags with a parent; setParent(parent) alone would clear them.
        menu.setParent(owner, menu.windowFlags())


def own_menus(owner: QWidget, plot: pg.PlotItem, *, enabled: bool = True) -> None:
    """Tie ``plot``'s menus to ``owner`` (the widget showing it). ``enabled`` False: the plot offers no
    context menu (PlotItem.setMenuEnabled(False)); the ViewBox then only forgets its menu, which would
    live on, so it is deleted here."""
    if not enabled:
        menu = plot.vb.menu
        plot.setMenuEnabled(False)
        if menu is not None:
            menu.deleteLater()
    else:
        _adopt(owner, plot.vb.menu)
    # The PlotItem keeps its "Plot Options" menu either way (it hands it out in getMenu).
    _adopt(owner, plot.ctrlMenu)
