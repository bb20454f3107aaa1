"""The tables of choices: activations, initializers, normalizations, optimizers, losses, output heads.

Each entry has a name (stored in project files), a label and help text (shown in the GUI), its own
parameters, and the facts the builder and trainer need. Torch is imported only inside the factories,
so reading these tables (for the palette, the panels, the project reader) stays cheap and Qt-free.

Help texts are guinet's own words; they follow the lessons in the slide deck (perceptron, MLP,
back-propagation, activation functions, gradient descent variants, initialization, normalization).
"""

from __future__ import annotations

from .params import Choice, ParamSpec, table


class _Numpy:
    """numpy, imported when a curve is first drawn: these tables are read to open the window, and
    importing numpy would be most of that."""

    def __getattr__(self, name: str):
        import numpy

        return getattr(numpy, name)


np = _Numpy()

# --------------------------------------------------------------------------- activations


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _softplus_free_gelu(x):
    # Exact GELU with erf; numpy lacks erf, so use the tanh form torch's "tanh" approximation uses.
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)))


def _numeric_derivative(f):
    def d(x, **kw):
        h = 1e-4
        return (f(x + h, **kw) - f(x - h, **kw)) / (2 * h)

    return d


# name -> (value(x, **params), derivative(x, **params)); numpy only, for the curve in the panel.
ACTIVATION_CURVES = {
    "linear": (lambda x: x, lambda x: np.ones_like(x)),
    "step": (lambda x: (x >= 0).astype(float), lambda x: np.zeros_like(x)),
    "sigmoid": (_sigmoid, lambda x: _sigmoid(x) * (1 - _sigmoid(x))),
    "tanh": (lambda x: np.tanh(x), lambda x: 1 - np.tanh(x) ** 2),
    "relu": (lambda x: np.maximum(x, 0.0), lambda x: (x > 0).astype(float)),
    "leaky_relu": (
        lambda x, negative_slope=0.01: np.where(x > 0, x, negative_slope * x),
        lambda x, negative_slope=0.01: np.where(x > 0, 1.0, negative_slope),
    ),
    "elu": (
        lambda x, alpha=1.0: np.where(x > 0, x, alpha * (np.exp(np.minimum(x, 0)) - 1)),
        lambda x, alpha=1.0: np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0))),
    ),
    "gelu": (_softplus_free_gelu, _numeric_derivative(_softplus_free_gelu)),
    "silu": (lambda x: x * _sigmoid(x), lambda x: _sigmoid(x) * (1 + x * (1 - _sigmoid(x)))),
    # Softmax acts on a whole vector; against one logit with the others at 0 (two classes) it is a sigmoid.
    "softmax": (_sigmoid, lambda x: _sigmoid(x) * (1 - _sigmoid(x))),
}


ACTIVATIONS = table("activation", [
    Choice("linear", "Linear (none)", "Passes the weighted sum through unchanged. A stack of linear layers "
           "is still one linear map, so hidden layers need a nonlinearity to bend decision boundaries.",
           extra={"gain": "linear"}),
    Choice("step", "Step (Heaviside)", "The original perceptron's activation: 1 when the weighted sum is at "
           "least 0, else 0. Its slope is zero everywhere, so gradient descent cannot train through it; use "
           "the perceptron learning rule.", extra={"gain": "linear", "differentiable": False}),
    Choice("sigmoid", "Sigmoid", "Squashes any number into (0, 1). Smooth, but its slope is at most 0.25, "
           "so in deep stacks gradients shrink layer by layer (vanishing gradients). Pair with Xavier.",
           extra={"gain": "sigmoid"}),
    Choice("tanh", "Tanh", "Like sigmoid but centred on zero, range (-1, 1); slope at most 1. Pair with "
           "Xavier/Glorot initialization.", extra={"gain": "tanh"}),
    Choice("relu", "ReLU", "max(0, x): slope 1 for positive inputs, so gradients pass without shrinking. "
           "The usual default for hidden layers; pair with He initialization. Units stuck below zero stop "
           "learning ('dead ReLU').", extra={"gain": "relu"}),
    Choice("leaky_relu", "Leaky ReLU", "Like ReLU but with a small slope for negative inputs, so no unit "
           "dies completely.",
           params=(ParamSpec("negative_slope", "Negative slope", "float", 0.01, "Slope for inputs below zero.",
                             minimum=0.0, maximum=1.0, step=0.01),),
           extra={"gain": "leaky_relu"}),
    Choice("elu", "ELU", "Exponential linear unit: identity for positive inputs, a smooth curve towards "
           "-alpha for negative ones; keeps mean activations near zero.",
           params=(ParamSpec("alpha", "Alpha", "float", 1.0, "Value approached for very negative inputs.",
                             minimum=0.0, maximum=10.0, step=0.1),),
           extra={"gain": "relu"}),
    Choice("gelu", "GELU", "Gaussian error linear unit, a smooth ReLU used in transformers.",
           extra={"gain": "relu"}),
    Choice("silu", "SiLU (Swish)", "x times sigmoid(x): a smooth ReLU-like curve that dips slightly below "
           "zero.", extra={"gain": "relu"}),
    Choice("softmax", "Softmax", "Turns a vector of scores into probabilities that sum to 1; used on "
           "the output of a classifier with more than two classes.", extra={"gain": "linear"}),
])


def make_activation(name: str, params: dict | None = None):
    """A torch module for an activation (``None`` for linear)."""
    from torch import nn

    params = params or {}
    if name == "linear":
        return None
    if name == "step":
        return StepActivation()
    if name == "sigmoid":
        return nn.Sigmoid()
    if name == "tanh":
        return nn.Tanh()
    if name == "relu":
        return nn.ReLU()
    if name == "leaky_relu":
        return nn.LeakyReLU(params.get("negative_slope", 0.01))
    if name == "elu":
        return nn.ELU(params.get("alpha", 1.0))
    if name == "gelu":
        return nn.GELU()
    if name == "silu":
        return nn.SiLU()
    if name == "softmax":
        return nn.Softmax(dim=-1)
    raise KeyError(name)


def _step_module():
    from torch import nn

    class Step(nn.Module):
        """Heaviside step: 1 where x >= 0, else 0."""

        def forward(self, x):
            return (x >= 0).to(x.dtype)

    return Step


_STEP = None


def StepActivation():  # noqa: N802 - reads as a class at the call site
    global _STEP
    if _STEP is None:
        _STEP = _step_module()
    return _STEP()


# --------------------------------------------------------------------------- initializers

_FAN_MODE = ParamSpec("mode", "Fan mode", "choice", "fan_in",
                      "fan_in keeps the forward signal's variance; fan_out keeps the gradients' variance.",
                      choices=table("fan_mode", [
                          Choice("fan_in", "fan_in", "Scale by the number of inputs (preserves activations)."),
                          Choice("fan_out", "fan_out", "Scale by the number of outputs (preserves gradients)."),
                      ]))

INITIALIZERS = table("initializer", [
    Choice("default", "PyTorch default", "What torch.nn.Linear does on its own: uniform in ±1/sqrt(fan_in) "
           "(Kaiming uniform with a=sqrt(5)) for weights, the same bound for biases."),
    Choice("xavier_uniform", "Xavier/Glorot uniform", "Glorot & Bengio (2010): uniform with variance "
           "2/(fan_in+fan_out), keeping signals the same size through sigmoid and tanh layers."),
    Choice("xavier_normal", "Xavier/Glorot normal", "Glorot & Bengio (2010), drawn from a normal "
           "distribution with variance 2/(fan_in+fan_out). Good with sigmoid and tanh."),
    Choice("he_uniform", "He/Kaiming uniform", "He et al. (2015): variance 2/fan_in, which makes up for "
           "ReLU zeroing half its inputs. The gain follows this layer's activation.", params=(_FAN_MODE,)),
    Choice("he_normal", "He/Kaiming normal", "He et al. (2015), normal distribution with variance "
           "2/fan_in (gain from this layer's activation). The partner of ReLU.", params=(_FAN_MODE,)),
    Choice("lecun_normal", "LeCun normal", "Normal with variance 1/fan_in; the partner of SELU-style "
           "self-normalizing networks."),
    Choice("orthogonal", "Orthogonal", "A random orthogonal matrix (scaled by gain): keeps vector lengths, "
           "which helps very deep networks.",
           params=(ParamSpec("gain", "Gain", "float", 1.0, "Scale applied to the orthogonal matrix.",
                             minimum=0.0, maximum=10.0, step=0.1),)),
    Choice("normal", "Normal(mean, std)", "Every weight drawn from a normal distribution. Too small a std "
           "makes gradients vanish in deep networks; too large makes them explode.",
           params=(ParamSpec("mean", "Mean", "float", 0.0, "Centre of the distribution.",
                             minimum=-10.0, maximum=10.0, step=0.1),
                   ParamSpec("std", "Std", "float", 0.01, "Spread of the distribution.",
                             minimum=0.0, maximum=10.0, step=0.01, log=True))),
    Choice("uniform", "Uniform(a, b)", "Every weight drawn uniformly between a and b.",
           params=(ParamSpec("a", "Low (a)", "float", -0.05, "Smallest value.", minimum=-10.0, maximum=10.0,
                             step=0.01),
                   ParamSpec("b", "High (b)", "float", 0.05, "Largest value.", minimum=-10.0, maximum=10.0,
                             step=0.01))),
    Choice("zeros", "Zeros", "All zero. For biases this is the usual choice; for weights it makes every "
           "unit of a layer identical forever (no symmetry breaking)."),
    Choice("constant", "Constant", "Every value the same constant.",
           params=(ParamSpec("value", "Value", "float", 0.0, "The constant.", minimum=-10.0, maximum=10.0,
                             step=0.1),)),
])


def apply_initializer(tensor, name: str, params: dict | None, activation: str, activation_params: dict | None,
                      generator=None, fan_in_for_default: int | None = None):
    """Fill ``tensor`` in place as the initializer says, with the gain of ``activation``."""
    import math

    import torch
    from torch import nn

    params = params or {}
    activation_params = activation_params or {}
    gain_name = ACTIVATIONS[activation].extra.get("gain", "linear") if activation in ACTIVATIONS else "linear"
    slope = activation_params.get("negative_slope", 0.01)
    g = generator
    with torch.no_grad():
        if name == "default":
            fan_in = fan_in_for_default if fan_in_for_default is not None else _fan_in(tensor)
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0.0
            tensor.uniform_(-bound, bound, generator=g)
        elif name in ("xavier_uniform", "xavier_normal"):
            fan_in, fan_out = _fans(tensor)
            std = math.sqrt(2.0 / (fan_in + fan_out))
            if name == "xavier_uniform":
                bound = math.sqrt(3.0) * std
                tensor.uniform_(-bound, bound, generator=g)
            else:
                tensor.normal_(0.0, std, generator=g)
        elif name in ("he_uniform", "he_normal"):
            fan_in, fan_out = _fans(tensor)
            fan = fan_in if params.get("mode", "fan_in") == "fan_in" else fan_out
            gain = nn.init.calculate_gain(gain_name, slope if gain_name == "leaky_relu" else None)
            std = gain / math.sqrt(fan)
            if name == "he_uniform":
                bound = math.sqrt(3.0) * std
                tensor.uniform_(-bound, bound, generator=g)
            else:
                tensor.normal_(0.0, std, generator=g)
        elif name == "lecun_normal":
            fan_in, _ = _fans(tensor)
            tensor.normal_(0.0, 1.0 / math.sqrt(fan_in), generator=g)
        elif name == "orthogonal":
            if tensor.dim() < 2:
                tensor.normal_(0.0, 1.0, generator=g)
                tensor.mul_(params.get("gain", 1.0) / max(tensor.norm().item(), 1e-12))
            else:
                nn.init.orthogonal_(tensor, gain=params.get("gain", 1.0), generator=g)
        elif name == "normal":
            tensor.normal_(params.get("mean", 0.0), params.get("std", 0.01), generator=g)
        elif name == "uniform":
            a, b = params.get("a", -0.05), params.get("b", 0.05)
            tensor.uniform_(min(a, b), max(a, b), generator=g)
        elif name == "zeros":
            tensor.zero_()
        elif name == "constant":
            tensor.fill_(params.get("value", 0.0))
        else:
            raise KeyError(name)


def _fans(tensor):
    if tensor.dim() < 2:
        n = tensor.numel()
        return n, n
    return tensor.shape[1], tensor.shape[0]


def _fan_in(tensor):
    return _fans(tensor)[0]


# --------------------------------------------------------------------------- normalization

NORMALIZATIONS = table("normalization", [
    Choice("none", "None", "No normalization."),
    Choice("batch", "Batch norm", "Ioffe & Szegedy (2015): before the activation, rescale each feature to "
           "mean 0 and variance 1 over the mini-batch, then learn a scale and shift. Keeps deep networks "
           "trainable; wants batches that are not too small."),
    Choice("layer", "Layer norm", "Ba et al. (2016): normalize each sample over its own features, so it "
           "does not depend on the batch; works with batch size 1 and in recurrent networks."),
])


# --------------------------------------------------------------------------- optimizers

_MOMENTUM = ParamSpec("momentum", "Momentum", "float", 0.9, "Fraction of the last update carried into the "
                      "next: a heavy ball that rolls through small bumps and speeds up along valleys.",
                      minimum=0.0, maximum=1.0, maximum_exclusive=True, step=0.05)
_EPS = ParamSpec("eps", "Epsilon", "float", 1e-8, "Tiny number added to the denominator to avoid dividing "
                 "by zero.", minimum=0.0, maximum=1.0, log=True, decimals=10)
_BETA1 = ParamSpec("beta1", "Beta 1", "float", 0.9, "Decay of the running mean of gradients (momentum).",
                   minimum=0.0, maximum=1.0, maximum_exclusive=True, step=0.01)
_BETA2 = ParamSpec("beta2", "Beta 2", "float", 0.999, "Decay of the running mean of squared gradients.",
                   minimum=0.0, maximum=1.0, maximum_exclusive=True, step=0.001)

OPTIMIZERS = table("optimizer", [
    Choice("sgd", "SGD", "Plain gradient descent: w ← w − lr·∂loss/∂w. With the whole training set per step "
           "it is batch gradient descent; with mini-batches, stochastic (mini-batch) gradient descent; with "
           "batch size 1, pure SGD."),
    Choice("momentum", "Momentum", "Gradient descent with momentum: updates keep part of their last "
           "direction, which damps zig-zags and speeds progress.", params=(_MOMENTUM,)),
    Choice("nesterov", "Nesterov momentum", "Momentum that looks ahead: the gradient is taken where the "
           "momentum is about to carry the weights.", params=(_MOMENTUM,)),
    Choice("adagrad", "AdaGrad", "Gives each weight its own learning rate, shrinking it for weights that "
           "have had large gradients. Good for sparse features; the rate only ever decreases.",
           params=(ParamSpec("eps", "Epsilon", "float", 1e-10, "Added to the denominator.", minimum=0.0,
                             maximum=1.0, log=True, decimals=12),)),
    Choice("rmsprop", "RMSProp", "Like AdaGrad but with a decaying average of squared gradients, so the "
           "learning rate does not fade away.",
           params=(ParamSpec("alpha", "Alpha (decay)", "float", 0.99, "Decay of the squared-gradient average.",
                             minimum=0.0, maximum=1.0, maximum_exclusive=True, step=0.01),
                   ParamSpec("momentum", "Momentum", "float", 0.0, "Optional momentum.", minimum=0.0,
                             maximum=1.0, maximum_exclusive=True, step=0.05),
                   _EPS)),
    Choice("adadelta", "AdaDelta", "An extension of AdaGrad that scales steps by the ratio of recent update "
           "sizes to recent gradient sizes; works with learning rate 1.",
           params=(ParamSpec("rho", "Rho (decay)", "float", 0.9, "Decay of the running averages.", minimum=0.0,
                             maximum=1.0, maximum_exclusive=True, step=0.01),
                   ParamSpec("eps", "Epsilon", "float", 1e-6, "Added to the denominators.", minimum=0.0,
                             maximum=1.0, log=True, decimals=10))),
    Choice("adam", "Adam", "Momentum plus RMSProp with bias correction (Kingma & Ba, 2014): the usual first "
           "choice, robust to the learning rate.", params=(_BETA1, _BETA2, _EPS)),
    Choice("adamw", "AdamW", "Adam with weight decay applied directly to the weights rather than through "
           "the gradient (Loshchilov & Hutter, 2017).",
           params=(_BETA1, _BETA2, _EPS,
                   ParamSpec("weight_decay", "Weight decay", "float", 0.01, "Fraction of each weight removed "
                             "per step (times the learning rate).", minimum=0.0, maximum=1.0, step=0.001))),
    Choice("perceptron", "Perceptron rule", "Rosenblatt's rule (1958) for a single layer with a step "
           "activation: for each misclassified sample, w ← w + lr·(target − output)·x and "
           "b ← b + lr·(target − output). Converges when the classes can be split by a line.",
           extra={"gradient_free": True}),
])


def make_optimizer(name: str, params: dict, model_params, lr: float, fused: bool | None = None):
    """A torch optimizer for an entry of OPTIMIZERS (not for the perceptron rule)."""
    import torch

    p = params
    if name == "sgd":
        return torch.optim.SGD(model_params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(model_params, lr=lr, momentum=p.get("momentum", 0.9))
    if name == "nesterov":
        momentum = p.get("momentum", 0.9)
        # Without momentum there is nothing to look ahead with: the update is plain SGD (torch refuses
        # nesterov=True with momentum 0, though the settings allow 0).
        return torch.optim.SGD(model_params, lr=lr, momentum=momentum, nesterov=momentum > 0)
    if name == "adagrad":
        return torch.optim.Adagrad(model_params, lr=lr, eps=p.get("eps", 1e-10))
    if name == "rmsprop":
        return torch.optim.RMSprop(model_params, lr=lr, alpha=p.get("alpha", 0.99),
                                   momentum=p.get("momentum", 0.0), eps=p.get("eps", 1e-8))
    if name == "adadelta":
        return torch.optim.Adadelta(model_params, lr=lr, rho=p.get("rho", 0.9), eps=p.get("eps", 1e-6))
    if name in ("adam", "adamw"):
        kwargs = dict(lr=lr, betas=(p.get("beta1", 0.9), p.get("beta2", 0.999)), eps=p.get("eps", 1e-8))
        if fused is not None:
            kwargs["fused"] = fused
        if name == "adam":
            return torch.optim.Adam(model_params, **kwargs)
        return torch.optim.AdamW(model_params, weight_decay=p.get("weight_decay", 0.01), **kwargs)
    raise KeyError(name)


# --------------------------------------------------------------------------- losses and output heads

LOSSES = table("loss", [
    Choice("auto", "From the task", "Binary cross-entropy for two classes, cross-entropy for more, mean "
           "squared error for regression."),
    Choice("bce", "Binary cross-entropy", "−[y·log p + (1−y)·log(1−p)]: for one output that is the "
           "probability of class 1."),
    Choice("cross_entropy", "Cross-entropy", "−log of the probability given to the right class, after a "
           "softmax over the outputs."),
    Choice("mse", "Mean squared error", "Average of (prediction − target)²: the loss for regression."),
])

HEADS = table("head", [
    Choice("auto", "From the task", "Sigmoid with binary cross-entropy for two classes, softmax with "
           "cross-entropy for more, linear with mean squared error for regression."),
    Choice("sigmoid", "Sigmoid (two classes)", "One output unit squashed to a probability.",
           extra={"loss": "bce", "activation": "sigmoid"}),
    Choice("softmax", "Softmax (K classes)", "One output per class, turned into probabilities.",
           extra={"loss": "cross_entropy", "activation": "softmax"}),
    Choice("linear", "Linear (regression)", "The raw weighted sum, compared to the target by squared error.",
           extra={"loss": "mse", "activation": "linear"}),
    Choice("step", "Step (perceptron)", "Outputs 0 or 1 as Rosenblatt's perceptron does; trains only with "
           "the perceptron rule.", extra={"loss": "perceptron", "activation": "step"}),
])


def head_for_task(task: str, n_classes: int) -> str:
    """The head 'auto' stands for."""
    if task == "regression":
        return "linear"
    return "sigmoid" if n_classes <= 2 else "softmax"


def output_units(head: str, task: str, n_classes: int) -> int:
    if head == "softmax":
        return max(n_classes, 2) if task == "classification" else 1
    return 1
