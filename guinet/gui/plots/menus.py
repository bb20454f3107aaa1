"""pyqtgraph's context menus, deleted with the plot that shows them.

pyqtgraph (0.14) makes each PlotItem's "Plot Options" menu and each ViewBox's context menu
(``ViewBoxMenu``, with its axis submenus) as parentless top-level widgets, and nothing deletes them
when the plot goes: every plot a window ever made left about a dozen menus alive until the process
ended (1,472 top-level widgets after tests/gui/test_live.py alone, about 4,700 after the GUI suite).
``own_menus`` deletes them when the widget that shows the plot is destroyed; a plot that has no use
for the ViewBox's menu disables it and deletes it at once.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QMenu, QWidget
from shiboken6 import delete, isValid


def _delete_with(owner: QWidget, menu: QMenu | None) -> None:
    """Delete ``menu`` when ``owner`` is destroyed. Not by making it a child: the menus stay out of the
    window's widget tree (pyqtgraph's Plot Options form, never shown here, is not guinet's text), and
    at once rather than by deleteLater, which no event loop may run for after a window's deletion."""
    if menu is None:
        return

    def drop(_obj=None, menu=menu) -> None:
        if isValid(menu):
            delete(menu)

    owner.destroyed.connect(drop)


def own_menus(owner: QWidget, plot: pg.PlotItem, *, enabled: bool = True) -> None:
    """Delete ``plot``'s menus with ``owner`` (the widget showing it). ``enabled`` False: the plot offers
    no context menu (PlotItem.setMenuEnabled(False)); the ViewBox then only forgets its menu, which would
    live on, so it is deleted now."""
    if not enabled:
        menu = plot.vb.menu
        plot.setMenuEnabled(False)
        if menu is not None:
            delete(menu)
    else:
        _delete_with(owner, plot.vb.menu)
    # The PlotItem keeps its "Plot Options" menu either way (it hands it out in getMenu).
    _delete_with(owner, plot.ctrlMenu)


def delete_plot_with(owner: QWidget, plot: pg.PlotItem) -> None:
    """Delete ``plot`` with ``owner`` when it is then out of the scene: a plot the panel took out of its
    layout (the hidden one of a pair under tabs, accuracy for regression) is no longer the scene's to
    delete, and lived on with its "Plot Options" widgets until Python's exit, where deleting it could
    crash the process (SIGSEGV after the suite had passed)."""
    def drop(_obj=None, plot=plot) -> None:
        if isValid(plot):
            delete(plot)

    owner.destroyed.connect(drop)
