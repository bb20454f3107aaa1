"""Taking a network out of guinet: a standalone PyTorch training script, its trained weights, a
``torch.export`` program and an ONNX model (see ``guinet export`` and File > Export...)."""

from .network import CLASS_NAME, NetworkCode, network_code
from .script import write_script

__all__ = ["CLASS_NAME", "NetworkCode", "network_code", "write_script"]
