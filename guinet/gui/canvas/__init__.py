"""The network canvas: a scene that mirrors the project's graph, and a view that turns gestures into
undo commands."""

from .items import EdgeItem, LayerItem, PortItem
from .scene import NetworkScene
from .view import FRAGMENT_MIME, LAYER_MIME, NetworkView, put_on_clipboard

__all__ = ["LAYER_MIME", "FRAGMENT_MIME", "NetworkView", "put_on_clipboard", "NetworkScene", "LayerItem", "PortItem", "EdgeItem"]
