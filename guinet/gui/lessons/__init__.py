"""The Lessons dock and menu (see controller.py)."""

from .controller import LessonsController

__all__ = ["LessonsController"]
