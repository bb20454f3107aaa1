"""The catalog of layer kinds: the one table the palette, the property panel, the builder, the project
reader and the code export all read.

A ``LayerKind`` says how many inputs a node of that kind takes, what parameters it has (``ParamSpec``s,
with defaults, ranges and help) and how its output width follows from its inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .choices import ACTIVATIONS, HEADS, INITIALIZERS, NORMALIZATIONS
from .params import ParamSpec, resolve, validate_values

MAX_UNITS = 65_536


def _units(default: int) -> ParamSpec:
    return ParamSpec("units", "Units", "int", default, "Number of neurons in this layer (its output width).",
                     minimum=1, maximum=MAX_UNITS)


def _activation(default: str) -> ParamSpec:
    return ParamSpec("activation", "Activation", "choice", default,
                     "The function applied to each neuron's weighted sum.", choices=ACTIVATIONS)


_WEIGHT_INIT = ParamSpec("weight_init", "Weight initializer", "choice", "default",
                         "How the weights are drawn before training starts.", choices=INITIALIZERS)
_BIAS_INIT = ParamSpec("bias_init", "Bias initializer", "choice", "zeros",
                       "How the biases are set before training starts.", choices=INITIALIZERS,
                       visible_when={"bias": (True,)})
_BIAS = ParamSpec("bias", "Bias", "bool", True, "Add a learnable bias b to each neuron: y = a(w·x + b). "
                  "Without it every decision line passes through the origin.")
_NORMALIZATION = ParamSpec("normalization", "Normalization", "choice", "none",
                           "Normalize the weighted sums before the activation.", choices=NORMALIZATIONS)


def _dropout(default: float) -> ParamSpec:
    return ParamSpec("dropout", "Dropout", "float", default, "During training, zero each output with this "
                     "probability (and scale the rest up), so the network cannot rely on any single unit.",
                     minimum=0.0, maximum=1.0, maximum_exclusive=True, step=0.05)


_EPS = ParamSpec("eps", "Epsilon", "float", 1e-5, "Added to the variance before dividing, for stability.",
                 minimum=0.0, maximum=1.0, minimum_exclusive=True, log=True, decimals=8)


# LayerKind.resolve's memory: (id(kind), settings as (key, type, value) items) -> (kind, resolved).
# Holding the kind keeps its id from being reused; the type tells True from 1 and 1 from 1.0.
_RESOLVED: dict[tuple, tuple[Any, dict[str, Any]]] = {}
_RESOLVED_MAX = 4096


@dataclass(frozen=True)
class LayerKind:
    name: str
    label: str
    help: str
    params: tuple[ParamSpec, ...]
    min_inputs: int
    max_inputs: int | None  # None: any number
    has_output: bool = True
    # The letter or glyph drawn on the palette icon when no SVG is found.
    icon: str = ""

    def param(self, name: str) -> ParamSpec:
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        return {spec.name: spec.default for spec in self.params}

    def resolve(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Every setting that matters for this node, defaults filled in (a fresh dict the caller may
        change). Remembered per kind and settings: checking a network resolves each node's settings
        several times, and for a 2,000-layer network that was most of the time an edit took."""
        try:
            key = (id(self), tuple((k, type(v), v) for k, v in values.items()))
            entry = _RESOLVED.get(key)
        except TypeError:  # an unhashable value (a hand-edited file's list): worked out each time
            return resolve(self.params, values)
        if entry is None or entry[0] is not self:
            if len(_RESOLVED) >= _RESOLVED_MAX:
                _RESOLVED.clear()
            entry = _RESOLVED[key] = (self, resolve(self.params, values))
        return dict(entry[1])

    def validate(self, values: Mapping[str, Any], where: str = "") -> dict[str, Any]:
        return validate_values(self.params, values, where or self.label)

    @property
    def is_dense_like(self) -> bool:
        """Has weights, an activation and an initializer (Dense and Output)."""
        return self.name in ("dense", "output")


LAYER_KINDS: tuple[LayerKind, ...] = (
    LayerKind("input", "Input", "The features of each sample enter here. Its width is the number of input "
              "features chosen in the Data panel.", params=(), min_inputs=0, max_inputs=0, icon="in"),
    LayerKind("dense", "Dense", "A fully connected layer: every neuron computes a(w·x + b) over all inputs. "
              "Stack them to make a multi-layer perceptron.",
              params=(_units(4), _activation("tanh"), _WEIGHT_INIT, _BIAS, _BIAS_INIT, _NORMALIZATION,
                      _dropout(0.0)),
              min_inputs=1, max_inputs=1, icon="fc"),
    LayerKind("activation", "Activation", "Applies a function to each value on its own, with no weights.",
              params=(_activation("relu"),), min_inputs=1, max_inputs=1, icon="σ"),
    LayerKind("batchnorm", "BatchNorm", "Normalizes each feature over the mini-batch to mean 0 and "
              "variance 1, then learns a scale and shift. Helps deep networks train.",
              params=(_EPS, ParamSpec("momentum", "Momentum", "float", 0.1, "How fast the running mean and "
                                      "variance used at test time follow the batches.", minimum=0.0,
                                      maximum=1.0, step=0.05)),
              min_inputs=1, max_inputs=1, icon="BN"),
    LayerKind("layernorm", "LayerNorm", "Normalizes each sample over its own features; independent of the "
              "batch size.", params=(_EPS,), min_inputs=1, max_inputs=1, icon="LN"),
    LayerKind("dropout", "Dropout", "Zeroes random values during training so the network learns redundant "
              "features; does nothing at test time.", params=(_dropout(0.5),), min_inputs=1, max_inputs=1,
              icon="⋯"),
    LayerKind("add", "Add", "Adds its inputs element by element; they must have the same width. With a "
              "skip connection this makes a residual block, which lets gradients bypass deep stacks.",
              params=(), min_inputs=2, max_inputs=None, icon="+"),
    LayerKind("concat", "Concat", "Joins its inputs side by side; the output width is the sum of theirs.",
              params=(), min_inputs=2, max_inputs=None, icon="‖"),
    LayerKind("output", "Output", "The prediction. Its width and activation follow the task (one sigmoid "
              "unit for two classes, softmax over K classes, a linear unit for regression) unless you "
              "choose a head yourself.",
              params=(ParamSpec("head", "Head", "choice", "auto", "Output activation and matching loss.",
                                choices=HEADS),
                      _WEIGHT_INIT, _BIAS, _BIAS_INIT),
              min_inputs=1, max_inputs=1, has_output=False, icon="out"),
)

_BY_NAME = {kind.name: kind for kind in LAYER_KINDS}


def layer_kind(name: str) -> LayerKind:
    """The kind called ``name``; KeyError when there is none."""
    return _BY_NAME[name]


def kind_names() -> list[str]:
    return [kind.name for kind in LAYER_KINDS]


# Kinds whose nodes a user may add from the palette more than once.
SINGLETON_KINDS = ("input", "output")
