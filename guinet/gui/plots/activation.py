"""The Properties panel's plot of an activation function and its derivative.

A pyqtgraph widget, built the first time a layer with an activation is selected, so opening the window
does not wait for pyqtgraph.
"""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core.choices import ACTIVATION_CURVES
from .. import theme
from .menus import own_menus

_CURVE_X = np.linspace(-4.0, 4.0, 241)

theme.configure_pyqtgraph()


class ActivationPlot(pg.PlotWidget):
    """A small, non-interactive plot of an activation function and its derivative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setMaximumHeight(160)
        item = self.getPlotItem()
        own_menus(self, item, enabled=False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.setXRange(-4, 4, padding=0.02)
        self.legend = item.addLegend(offset=(6, 4), labelTextSize="8pt")
        self.value_curve = item.plot(name=self.tr("f(x)"))
        self.slope_curve = item.plot(name=self.tr("f′(x)"))
        self.zero_line = pg.InfiniteLine(0, angle=0, movable=False)
        item.addItem(self.zero_line, ignoreBounds=True)
        self.activation = ""
        self.apply_theme()
        # A bound method (not a lambda holding self) so Qt drops the connection when the plot is deleted.
        theme.notifier().changed.connect(self._theme_changed)

    def _theme_changed(self, _name: str) -> None:
        self.apply_theme()

    def apply_theme(self) -> None:
        c = theme.colors()
        theme.style_plot(self, c)
        self.value_curve.setPen(pg.mkPen(c.curve_primary, width=2.2))
        self.slope_curve.setPen(pg.mkPen(c.curve_secondary, width=1.8, style=Qt.PenStyle.DashLine))
        self.zero_line.setPen(pg.mkPen(c.plot_foreground, width=1, alpha=60))
        theme.restyle_legend(self.legend, c.plot_foreground, c.plot_background, alpha=230)

    def show_activation(self, name: str, params: Mapping[str, Any] | None = None) -> None:
        value, slope = ACTIVATION_CURVES[name]
        kwargs = dict(params or {})
        self.activation = name
        with np.errstate(all="ignore"):
            y = np.asarray(value(_CURVE_X, **kwargs), dtype=float)
            dy = np.asarray(slope(_CURVE_X, **kwargs), dtype=float)
        self.value_curve.setData(_CURVE_X, y)
        self.slope_curve.setData(_CURVE_X, dy)
        lo = float(min(y.min(), dy.min(), 0.0))
        hi = float(max(y.max(), dy.max(), 1.0))
        self.getPlotItem().setYRange(lo, hi, padding=0.08)
