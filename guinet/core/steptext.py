"""Numbers and formulas as text, for the step-through (``guinet.core.stepper``): numpy only, so the
GUI can format a step without importing torch."""

from __future__ import annotations

import math

import numpy as np

from .text import join, msg


def format_number(x: float, digits: int = 4) -> str:
    """A number short enough to stand in a formula: 0.7311, -1.2e-05, 3."""
    x = float(x)
    if not math.isfinite(x):
        return str(x)
    if x == 0:
        return "0"
    text = f"{x:.{digits}g}"
    return text.replace("-", "−")


def format_vector(values, digits: int = 4, limit: int = 8) -> str:
    values = np.asarray(values).reshape(-1)
    shown = [format_number(v, digits) for v in values[:limit]]
    if len(values) > limit:   # a Message: the window says "more" in its language
        return msg("[{values}, … ({n} more)]", values=", ".join(shown), n=len(values) - limit)
    return "[" + ", ".join(shown) + "]"


def activation_text(name: str, z: str) -> str:
    return {"linear": z, "step": f"step({z})", "sigmoid": f"σ({z})", "tanh": f"tanh({z})",
            "relu": f"max(0, {z})", "leaky_relu": f"leaky_relu({z})", "elu": f"elu({z})",
            "gelu": f"gelu({z})", "silu": f"{z}·σ({z})", "softmax": f"softmax({z})"}.get(name, f"{name}({z})")


def neuron_formula(layer, unit: int, row: int = 0, limit: int = 6) -> str:
    """Neuron ``unit`` of ``layer`` for sample ``row``: z = w·x + b and a = f(z) with the real numbers."""
    w = layer.weight[unit]
    x = layer.a_prev[row]
    terms = [f"{format_number(w[i], 3)}·{format_number(x[i], 3)}" for i in range(min(len(w), limit))]
    if len(w) > limit:
        rest = float(np.dot(w[limit:], x[limit:]))
        terms.append(msg("… ({n} more: {rest})", n=len(w) - limit, rest=format_number(rest, 3)))
    if layer.bias is not None:
        terms.append(format_number(layer.bias[unit], 3))
    z = layer.z[row, unit]
    a = layer.a[row, unit]
    # "a + −b" is written "a − b"
    parts = [terms[0]] + [" − " + t[1:] if not hasattr(t, "template") and t.startswith("−") else " + " + t
                          if not hasattr(t, "template") else join([" + ", t], "") for t in terms[1:]]
    total = join(parts, "")
    if layer.between:
        return msg("z = {terms} = {z}\na = {between} = {a}", terms=total, z=format_number(z),
                   between=layer.between, a=format_number(a))
    return msg("z = {terms} = {z}\na = z = {a}", terms=total, z=format_number(z), a=format_number(a))
