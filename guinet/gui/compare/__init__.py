"""Comparing runs side by side in the window (Train > Compare Runs…); the logic is guinet.core.compare."""

from .controller import CompareController

__all__ = ["CompareController"]
