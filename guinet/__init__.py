"""guinet: build, train and understand small neural networks on the desktop."""

__version__ = "0.1.0"
