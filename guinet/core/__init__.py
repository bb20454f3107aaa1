"""guinet's engine. Qt-free: imports numpy and (lazily) torch, never PySide6 or pyqtgraph."""

from .check import Problem, TaskInfo, infer_widths, validate
from .graph import Edge, Graph, GraphError, Node
from .model import Project
from .params import ParamError

__all__ = ["Edge", "Graph", "GraphError", "Node", "ParamError", "Problem", "Project", "TaskInfo",
           "infer_widths", "validate"]
