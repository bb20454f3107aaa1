"""Gradient-flow diagnosis: is the network learning in every layer, and if not, why?

A small gradient alone says nothing: a network that has converged has small gradients everywhere.
What marks the vanishing-gradient problem is the *ratio* between layers: the first hidden layer gets
orders of magnitude less gradient than the last one. So the verdict is drawn from measures that are
scale-free, as Karpathy's makemore part 3 (Building makemore Part 3: Activations & Gradients,
BatchNorm) reads a network's health:

* ``grad_ratio``: the L2 norm of the first hidden layer's gradient over the last hidden layer's
  (over the output layer's when there is only one hidden layer). Near 1 is healthy; 10^-3 and below
  means the gradient shrinks a thousandfold on its way back: vanishing; 10^3 and above: exploding.
* ``update_ratios``: per layer, log10(|lr * grad| / |w|) with L2 norms over the layer's parameters:
  how big a step plain gradient descent takes relative to the weights. Healthy is near -3; far
  below, the layer hardly moves; above -1, each step rewrites the weights.
* ``saturated``: per tanh/sigmoid layer, the share of its outputs in the flat tails
  (|tanh| > 0.97, sigmoid < 0.03 or > 0.97) where the slope, and so the gradient, is almost 0.
* ``dead``: per ReLU layer, the share of units that output 0 for every training sample.

``diagnose`` is pure Python over the numbers a snapshot already carries, so the trainer can attach
it to every snapshot and the command line can print it.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from .text import join, msg

HEALTHY, VANISHING, EXPLODING, SATURATED, DEAD, UNKNOWN = (
    "healthy", "vanishing", "exploding", "saturated", "dead", "unknown")

# The gradient shrinks (or grows) this many times from the last to the first hidden layer.
VANISHING_RATIO = 1e-3
EXPLODING_RATIO = 1e3
# A layer's gradient this much below the largest hidden layer's is marked as vanishing.
LAYER_VANISHING_RATIO = 1e-3
# Shares of saturated tanh/sigmoid outputs and of dead ReLU units that stop a layer learning.
SATURATED_SHARE = 0.25
DEAD_SHARE = 0.4
# Training accuracy from which saturation and dead units are noted, not called a problem.
SOLVED_ACCURACY = 0.95
# log10(|lr*grad| / |w|): healthy near -3 (Karpathy); these bounds only add advice to a verdict.
UPDATE_RATIO_HEALTHY = -3.0
UPDATE_RATIO_TOO_SMALL = -6.0
UPDATE_RATIO_TOO_LARGE = -1.0
# tanh outputs beyond this |value| (and sigmoid outputs this close to 0 or 1, after 2a-1) are "saturated".
SATURATION_LEVEL = 0.97


@dataclass
class Diagnosis:
    verdict: str                         # healthy, vanishing, exploding, saturated, dead, unknown
    message: str                         # the verdict in words, for the window and the command line
    grad_ratio: float | None = None      # first / last hidden layer's gradient L2 norm
    first_layer: str | None = None
    last_layer: str | None = None
    update_ratios: dict[str, float] = field(default_factory=dict)   # log10(|lr*grad|/|w|) per layer
    saturated: dict[str, float] = field(default_factory=dict)       # share, tanh/sigmoid layers
    dead: dict[str, float] = field(default_factory=dict)            # share, ReLU layers
    vanishing_layers: list[str] = field(default_factory=list)       # layers to mark on the bars

    @property
    def is_problem(self) -> bool:
        return self.verdict not in (HEALTHY, UNKNOWN)

    def to_dict(self) -> dict:
        """Plain JSON (non-finite numbers as None)."""
        def clean(value):
            if isinstance(value, float):
                return value if math.isfinite(value) else None
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            return value
        return {k: clean(v) for k, v in asdict(self).items()}


def decades(ratio: float) -> str:
    """10^7 for a ratio of 1e-7 or 1e7: how many-fold, in words people read."""
    if not math.isfinite(ratio) or ratio <= 0:
        return msg("infinitely")   # no gradient at all at one end
    power = round(abs(math.log10(ratio)))
    return f"10^{power}" if power >= 2 else f"{1 / ratio if ratio < 1 else ratio:.0f}"


def update_ratio(lr: float, grad_norm: float, weight_norm: float) -> float:
    """log10(|lr * grad| / |w|); -inf for no gradient, nan where it cannot be told."""
    if not (math.isfinite(grad_norm) and math.isfinite(weight_norm)) or weight_norm <= 0 or lr <= 0:
        return math.nan
    if grad_norm <= 0:
        return -math.inf
    return math.log10(lr * grad_norm / weight_norm)


def diagnose(layer_names: list[str], grad_norms: dict[str, float], weight_norms: dict[str, float],
             learning_rate: float, *, output: str | None = None,
             activations: dict[str, str] | None = None,
             activation_stats: dict[str, dict[str, float]] | None = None,
             accuracy: float | None = None) -> Diagnosis:
    """The verdict for one moment of training. ``layer_names``: layers with parameters, input to
    output; ``output``: the output layer's id (the last name when None); ``activations``: node id ->
    its activation's name, for the hidden layers; ``activation_stats``: as the snapshot carries them
    (``saturated_fraction``, ``dead_fraction``); ``accuracy``: the training accuracy, when known.
    A network that already classifies (nearly) every training sample right is sure of its answers:
    saturated tanh units are then how it says so, not a fault, and are only noted."""
    activations = activations or {}
    stats = activation_stats or {}
    output = output if output is not None else (layer_names[-1] if layer_names else None)
    hidden = [n for n in layer_names if n != output]
    d = Diagnosis(UNKNOWN, msg("No gradients yet: take a step to see how they flow."))
    d.update_ratios = {n: update_ratio(learning_rate, grad_norms[n], weight_norms.get(n, math.nan))
                       for n in layer_names if n in grad_norms}
    for n in hidden:
        act = activations.get(n)
        s = stats.get(n, {})
        if act in ("tanh", "sigmoid") and "saturated_fraction" in s:
            d.saturated[n] = float(s["saturated_fraction"])
        if act == "relu" and "dead_fraction" in s:
            d.dead[n] = float(s["dead_fraction"])
    if not grad_norms or not all(n in grad_norms for n in layer_names):
        return d
    norms = [grad_norms[n] for n in layer_names]
    if any(not math.isfinite(v) for v in norms):
        bad = next(n for n in layer_names if not math.isfinite(grad_norms[n]))
        d.verdict = EXPLODING
        d.message = msg("The gradient of {layer} is no longer a finite number: exploding gradients. Lower the "
                        "learning rate or turn on gradient clipping, then Reset.", layer=bad)
        return d
    if not hidden:
        d.verdict = HEALTHY
        d.message = msg("No hidden layers: the gradient reaches the only layer directly.")
        return d
    first = hidden[0]
    last = hidden[-1] if len(hidden) > 1 else output
    d.first_layer, d.last_layer = first, last
    g_first, g_last = grad_norms[first], grad_norms[last]
    if g_last <= 0 and g_first <= 0:
        d.verdict = VANISHING if not _converged_to_zero(norms) else HEALTHY
        d.message = msg("Every gradient is exactly 0: nothing learns. Check for dead units (ReLU outputs all 0) "
                        "or a step activation, which has no slope." if d.verdict == VANISHING else
                        "All gradients are 0: the loss is at a minimum.")
        d.vanishing_layers = list(hidden) if d.verdict == VANISHING else []
        return d
    # A last layer with no gradient at all (dead units) leaves the ratio untold: nan compares false.
    ratio = g_first / g_last if g_last > 0 else math.nan
    d.grad_ratio = ratio if math.isfinite(ratio) else None
    top = max(grad_norms[n] for n in hidden + ([output] if output else []))
    d.vanishing_layers = [n for n in hidden if top > 0 and grad_norms[n] < top * LAYER_VANISHING_RATIO]
    saturated = {n: s for n, s in d.saturated.items() if s >= SATURATED_SHARE}
    dead = {n: s for n, s in d.dead.items() if s >= DEAD_SHARE}
    note = ""
    if accuracy is not None and accuracy >= SOLVED_ACCURACY and (saturated or dead):
        n, s = max({**saturated, **dead}.items(), key=lambda kv: kv[1])
        note = msg("{share:.0%} of {layer}'s units are dead: harmless for a network that already gets "
                   "{accuracy:.0%} of the training set right, but they would slow any further learning."
                   if n in dead else
                   "{share:.0%} of {layer}'s units are saturated: harmless for a network that already gets "
                   "{accuracy:.0%} of the training set right, but they would slow any further learning.",
                   share=s, layer=n, accuracy=accuracy)
        saturated, dead = {}, {}
    slow = d.update_ratios.get(first, math.nan)
    if ratio <= VANISHING_RATIO:
        d.verdict = VANISHING
        cause = ""
        if saturated:
            n, s = max(saturated.items(), key=lambda kv: kv[1])
            cause = msg(" {share:.0%} of {layer}'s {activation} outputs are saturated, where the slope is near 0.",
                        share=s, layer=n, activation=_activation_name(activations.get(n)))
        elif any(activations.get(n) == "sigmoid" for n in hidden):
            cause = msg(" Sigmoid's slope is at most 0.25, so each sigmoid layer cuts the gradient at least "
                        "4-fold.")
        steps = (msg(" {layer}'s updates are 10^{power:.1f} of its weights (healthy is near 10^-3): it hardly "
                     "learns.", layer=first, power=slow) if math.isfinite(slow) else "")
        if ratio > 0:
            d.message = msg("Gradients shrink {times}-fold from {last} to {first} (the first layer): vanishing "
                            "gradients.{cause}{steps} Try ReLU with He initialization, batch normalization, or "
                            "fewer layers.", times=decades(ratio), last=last, first=first, cause=cause,
                            steps=steps)
        else:
            d.message = msg("Gradients shrink to nothing from {last} to {first} (the first layer): vanishing "
                            "gradients.{cause}{steps} Try ReLU with He initialization, batch normalization, or "
                            "fewer layers.", last=last, first=first, cause=cause, steps=steps)
    elif ratio >= EXPLODING_RATIO:
        d.verdict = EXPLODING
        d.message = msg("Gradients grow {times}-fold from {last} to {first} (the first layer): exploding "
                        "gradients. Lower the learning rate, turn on gradient clipping, or add normalization.",
                        times=decades(ratio), last=last, first=first)
    elif dead:
        n, s = max(dead.items(), key=lambda kv: kv[1])
        d.verdict = DEAD
        d.message = msg("{share:.0%} of {layer}'s ReLU units are dead (0 for every sample): they pass no "
                        "gradient. Use a smaller learning rate, He initialization, or Leaky ReLU.", share=s, layer=n)
    elif saturated:
        n, s = max(saturated.items(), key=lambda kv: kv[1])
        d.verdict = SATURATED
        d.message = msg("{share:.0%} of {layer}'s {activation} outputs are saturated (slope near 0), so little "
                        "gradient gets through. Use smaller initial weights, normalization, or ReLU.",
                        share=s, layer=n, activation=_activation_name(activations.get(n)))
    else:
        d.verdict = HEALTHY
        parts = [msg("Gradients flow: {first} (the first layer) gets {times} the gradient of {last}.",
                     first=first, times=_times(ratio), last=last)
                 if math.isfinite(ratio) else
                 msg("{last} passes no gradient back: its units may be dead.", last=last)]
        if note:
            parts.append(note)
        big = {n: r for n, r in d.update_ratios.items() if math.isfinite(r) and r > UPDATE_RATIO_TOO_LARGE}
        if big:
            n, r = max(big.items(), key=lambda kv: kv[1])
            parts.append(msg("{layer}'s updates are 10^{power:.1f} of its weights (healthy is near 10^-3): the "
                             "learning rate may be too high.", layer=n, power=r))
        d.message = join(parts, " ")
    return d


def _activation_name(name: str | None) -> str:
    """An activation's label from guinet.core.choices ('Sigmoid'), which the window translates."""
    from .choices import ACTIVATIONS

    if name is not None and name in ACTIVATIONS:
        return msg(ACTIVATIONS[name].label, context="choices")
    return str(name)


def _times(ratio: float) -> str:
    if ratio <= 0:
        return msg("none")
    if ratio >= 0.1:
        return f"{ratio:.2g}×"
    return f"1/{decades(ratio)}" if ratio < 0.01 else f"1/{1 / ratio:.0f}"


def _converged_to_zero(norms: list[float]) -> bool:
    # Every layer's gradient exactly 0 is a minimum only when the output's is 0 too.
    return all(v == 0 for v in norms)


def saturation_level(activation: str) -> tuple[float, float] | None:
    """(scale, offset) so that |scale * a + offset| > SATURATION_LEVEL marks a saturated output."""
    if activation == "tanh":
        return 1.0, 0.0
    if activation == "sigmoid":
        return 2.0, -1.0
    return None


__all__ = ["Diagnosis", "diagnose", "update_ratio", "saturation_level", "HEALTHY", "VANISHING", "EXPLODING",
           "SATURATED", "DEAD", "UNKNOWN"]
