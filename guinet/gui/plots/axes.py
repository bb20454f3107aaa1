"""An axis whose tick labels never run into each other.

pyqtgraph picks the major tick spacing from the axis's length alone (at least 2.25 intervals), so a
plot 110 px wide over 2,000 epochs gets ticks every 500 and draws "5001000 1500". This axis widens
the spacing, along pyqtgraph's own 1-2-5 steps, until the widest label fits between two ticks.
It also keeps its labels' descenders: pyqtgraph sizes the axis for 0.8 of the text's height and clips
the painter to the axis ("dense_1" read "dense 1", the p of "output" lost its tail).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

# Free space between two tick labels, in pixels.
LABEL_GAP_PX = 8.0


def _next_step(spacing: float) -> float:
    """The next spacing of the 1, 2, 5, 10, ... series above ``spacing``."""
    exponent = math.floor(math.log10(spacing))
    unit = 10.0 ** exponent
    for factor in (2.0, 5.0, 10.0):
        if spacing < factor * unit * (1 - 1e-9):
            return factor * unit
    return 20.0 * unit


class ReadableAxis(pg.AxisItem):
    """A horizontal axis (bottom/top) whose major ticks are at least one label wide apart."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: N802 - pyqtgraph's name
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.orientation not in ("bottom", "top") or not levels or self.logMode or size <= 0:
            return levels
        span = abs(maxVal - minVal)
        if span == 0 or not math.isfinite(span):
            return levels
        major, offset = levels[0]
        font = self.style.get("tickFont") or self.font()
        metrics = QFontMetricsF(font)
        scale = self.scale if self.scale else 1.0
        for _ in range(12):
            labels = self.tickStrings([minVal, maxVal, minVal + major], scale, major)
            widest = max(metrics.horizontalAdvance(text) for text in labels)
            if major / span * size >= widest + LABEL_GAP_PX:
                break
            major = _next_step(major)
        if major == levels[0][0]:
            return levels
        # Minor ticks only where they still fall between the majors.
        return [(major, offset)] + [(s, o) for s, o in levels[1:] if s < major]

    def boundingRect(self):  # noqa: N802 - Qt's name
        # Room below the labels for their descenders: the painter is clipped to this rectangle.
        rect = super().boundingRect()
        if self.orientation == "bottom":
            font = self.style.get("tickFont") or self.font()
            rect = rect.adjusted(0, 0, 0, math.ceil(QFontMetricsF(font).descent()))
        return rect
