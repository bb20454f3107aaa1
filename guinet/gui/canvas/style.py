"""Colours and sizes of the canvas, in one place.

Card, text and edge colours come from the theme (``guinet.gui.theme.colors()``), so the canvas reads
well in the light and the dark theme; each layer kind has its own accent colour, mid-saturated so it
works on both backgrounds (the same colours as the kind's SVG icon).
"""

from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon
from PySide6.QtSvg import QSvgRenderer

from guinet.resources import resource_path

from .. import theme

if TYPE_CHECKING:
    import numpy as np

GRID = 20.0            # snapping grid and background dot spacing, scene units
CARD_WIDTH = 148.0    # with COLUMN_GAP: columns 200 apart, as in the example projects
HEADER_HEIGHT = 30.0
LINE_HEIGHT = 17.0
PADDING = 9.0
PORT_RADIUS = 6.0
PORT_Y = HEADER_HEIGHT / 2   # ports sit level with the header, so cards of different heights line up
COLUMN_GAP = 52.0            # horizontal gap between arranged columns

KIND_COLORS = {
    "input": "#3f9a4a",
    "dense": "#3a78d4",
    "activation": "#e0841c",
    "batchnorm": "#8557d0",
    "layernorm": "#a05bc2",
    "dropout": "#6f7d8e",
    "add": "#d04a72",
    "concat": "#b9468f",
    "output": "#17948a",
}


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, "#6f7d8e"))


def is_dark() -> bool:
    return theme.colors().name == "dark"


def color(name: str) -> QColor:
    """A theme colour by field name ('text', 'base', 'border', 'accent', 'error', 'muted', ...)."""
    return QColor(getattr(theme.colors(), name))


# ------------------------------------------------------------------------------------------ icons


def layer_icon_path(kind: str):
    return resource_path("icons", "layers", f"{kind}.svg")


@lru_cache(maxsize=None)
def layer_svg(kind: str) -> QSvgRenderer | None:
    """The kind's icon as a vector renderer, so node headers stay crisp at any zoom."""
    path = layer_icon_path(kind)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    return renderer if renderer.isValid() else None


def layer_icon(kind: str) -> QIcon:
    """The kind's icon for widgets (the palette); empty when the file is missing."""
    path = layer_icon_path(kind)
    return QIcon(str(path)) if path.is_file() else QIcon()


# ------------------------------------------------------------------------------------------ heatmaps

# TensorFlow Playground's diverging map: orange for negative, white at zero, blue for positive.
_NEGATIVE, _ZERO, _POSITIVE = (0xF5, 0x93, 0x22), (0xF7, 0xF7, 0xF7), (0x08, 0x77, 0xBD)


@lru_cache(maxsize=1)   # made when a neuron is first drawn: numpy stays out of opening the window
def heatmap_lut() -> np.ndarray:
    """(256, 3) uint8, index 0 = -1, 255 = +1."""
    import numpy as np

    negative, zero, positive = (np.array(c, dtype=np.float64) for c in (_NEGATIVE, _ZERO, _POSITIVE))
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    neg = zero + (negative - zero) * np.clip(-t, 0, 1)
    pos = zero + (positive - zero) * np.clip(t, 0, 1)
    return np.where(t < 0, neg, pos).round().astype(np.uint8)


def heatmap_rgb(values: np.ndarray) -> np.ndarray:
    """(G, G) values -> (G, G, 3) uint8 colours. Values are read on [-1, 1]; an array that lies wholly
    in [0, 1] (a sigmoid's output) is read on [0, 1], with 0.5 white."""
    import numpy as np

    v = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0, posinf=1.0, neginf=-1.0)
    if v.size and v.min() >= 0.0 and v.max() <= 1.0:
        v = v * 2.0 - 1.0
    index = np.clip(np.rint((np.clip(v, -1.0, 1.0) + 1.0) * 127.5), 0, 255).astype(np.intp)
    return heatmap_lut()[index]
