"""Taking a network out of guinet: a standalone PyTorch training script, its trained weights, a
``torch.export`` program and an ONNX model (``guinet export`` and File > Export...).

    script      the training script's source (data, network class, loop, torchrun support)
    network     the network as an nn.Module class, its initialization, the state-dict key map
    data_code   the data formulas of guinet.core.data, as script text
    artifacts   writing .py, .pt, .pt2 and .onnx files
"""

from .artifacts import (FORMATS, INSTALL_EXPORT, NEEDS_WEIGHTS, ExportError, ExportResult, export, format_of,
                        missing_onnx_packages, network_class, onnx_install_message, train_weights, trained_model)
from .network import CLASS_NAME, NetworkCode, network_code
from .script import write_script

__all__ = ["CLASS_NAME", "FORMATS", "INSTALL_EXPORT", "NEEDS_WEIGHTS", "ExportError", "ExportResult", "NetworkCode",
           "export", "format_of", "missing_onnx_packages", "network_class", "network_code", "onnx_install_message",
           "train_weights", "trained_model", "write_script", "model_class_source"]


def model_class_source(project, dataset) -> str:
    """The network class alone, with the imports it needs ("Copy as PyTorch")."""
    from ..data import task_info_for
    from .network import STEP_SOURCE

    net = network_code(project.graph, task_info_for(project, dataset))
    parts = ["import torch\nimport torch.nn.functional as F\nfrom torch import nn\n"]
    if net.uses_step:
        parts.append(STEP_SOURCE)
    parts.append(net.class_source)
    return "\n\n".join(p.rstrip("\n") for p in parts) + "\n"
