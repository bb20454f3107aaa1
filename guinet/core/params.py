"""Parameter specifications: the one description every table in guinet is made of.

A ``ParamSpec`` says what a setting is called, what values it takes, its default and a help text.
The layer catalog, the choice tables (activations, initializers, optimizers, ...), the data settings
and the training settings are all built from these, so the palette, the property panels, the builder,
the project reader and the code export read the same facts and cannot drift apart.

Values live in flat dictionaries. A setting whose value is a choice (``activation = "leaky_relu"``)
keeps the chosen entry's own parameters under dotted keys (``"activation.negative_slope"``); only the
parameters of the current choice matter, the rest are ignored and dropped when a project is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from .text import quote


# Drawn points (kind ``points``) stay within these bounds: the plane they are drawn on spans about ±6,
# so anything far beyond is a typing error in a hand-edited file, not a point someone drew.
POINT_COORDINATE_LIMIT = 1000.0
POINT_VALUE_LIMIT = 1e6


class ParamError(ValueError):
    """A value does not fit its ParamSpec; the message says which and why, in a user's words."""


@dataclass(frozen=True)
class Choice:
    """One entry of a choice table: an activation, an initializer, an optimizer, a dataset, ..."""

    name: str
    label: str
    help: str
    params: tuple["ParamSpec", ...] = ()
    # Free-form facts the builder or the GUI needs about this entry (e.g. whether gradients flow).
    extra: Mapping[str, Any] = field(default_factory=dict)

    def param(self, name: str) -> "ParamSpec":
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(name)


@dataclass(frozen=True)
class ChoiceTable:
    """An ordered table of choices, looked up by name."""

    name: str
    entries: tuple[Choice, ...]

    def __post_init__(self) -> None:
        names = [c.name for c in self.entries]
        if len(names) != len(set(names)):
            raise ValueError(f"duplicate names in choice table {self.name}")
        # Looked up for every setting of every layer on each check: a dict, not a walk of the entries.
        object.__setattr__(self, "_by_name", {c.name: c for c in self.entries})

    def __getitem__(self, name: str) -> Choice:
        try:
            return self._by_name[name]  # type: ignore[attr-defined]
        except (KeyError, TypeError):
            raise KeyError(name) from None

    def __contains__(self, name: object) -> bool:
        try:
            return name in self._by_name  # type: ignore[attr-defined]
        except TypeError:  # an unhashable value (a list from a hand-edited file) is no entry's name
            return False

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def names(self) -> list[str]:
        return [entry.name for entry in self.entries]


@dataclass(frozen=True)
class ParamSpec:
    """One setting: its kind, default, valid range and help.

    kinds: ``int``, ``float``, ``bool``, ``str``, ``choice`` (one name from ``choices``),
    ``flags`` (a list of names from ``options``, at least ``minimum`` of them),
    ``points`` (a list of at most ``maximum`` points ``[x, y, value]`` drawn on the 2-D plane; the value is a
    class 0..``classes``-1, or any number when ``classes`` is 0).
    ``log`` marks floats best edited on a log scale (learning rates, epsilons).
    """

    name: str
    label: str
    kind: str
    default: Any
    help: str = ""
    minimum: float | None = None
    maximum: float | None = None
    # True when ``maximum`` itself is not allowed (dropout < 1, train share < 1).
    maximum_exclusive: bool = False
    minimum_exclusive: bool = False
    choices: ChoiceTable | None = None
    options: tuple[str, ...] = ()
    log: bool = False
    step: float | None = None
    decimals: int = 4
    # Shown only when another setting has one of these values: {"batch_mode": ("mini",)}
    visible_when: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    # Old spellings a file may still hold, read as today's value: ((True, "yes"), (False, "no")) for a
    # setting that was a checkbox before it became a choice.
    aliases: tuple[tuple[Any, Any], ...] = ()
    # ``points``: how many classes a point's value may name (0: the value is a number, for regression).
    classes: int = 0

    def validate(self, value: Any) -> Any:
        """Return ``value`` normalised to this spec's type, or raise ParamError saying what is wrong."""
        label = self.label
        for old, new in self.aliases:
            if type(value) is type(old) and value == old:
                value = new
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            raise ParamError(f"{label} must be true or false, not {quote(value)}")
        if self.kind in ("int", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(f"{label} must be a number, not {quote(value)}")
            if self.kind == "int":
                if isinstance(value, float):
                    if not value.is_integer():
                        raise ParamError(f"{label} must be a whole number, not {quote(value)}")
                    value = int(value)
            else:
                value = float(value)
                if not math.isfinite(value):
                    raise ParamError(f"{label} must be a finite number, not {quote(value)}")
            self._check_range(value)
            return value
        if self.kind == "str":
            if not isinstance(value, str):
                raise ParamError(f"{label} must be text, not {quote(value)}")
            return value
        if self.kind == "choice":
            assert self.choices is not None
            if not isinstance(value, str) or value not in self.choices:
                allowed = ", ".join(self.choices.names())
                raise ParamError(f"{label} must be one of {allowed}, not {quote(value)}")
            return value
        if self.kind == "flags":
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ParamError(f"{label} must be a list of names, not {quote(value)}")
            unknown = [v for v in value if v not in self.options]
            if unknown:
                raise ParamError(f"{label}: unknown {', '.join(map(repr, unknown))}; "
                                 f"choose from {', '.join(self.options)}")
            if len(set(value)) != len(value):
                raise ParamError(f"{label} lists a name twice")
            if self.minimum is not None and len(value) < self.minimum:
                raise ParamError(f"{label}: choose at least {int(self.minimum)}")
            # Keep the table's order so equal selections compare equal.
            return [o for o in self.options if o in value]
        if self.kind == "points":
            return self._validate_points(value)
        raise AssertionError(f"unknown param kind {self.kind}")

    def _validate_points(self, value: Any) -> list[list[Any]]:
        label = self.label
        if not isinstance(value, (list, tuple)):
            raise ParamError(f"{label} must be a list of [x, y, value] points, not {quote(value)}")
        if self.maximum is not None and len(value) > self.maximum:
            raise ParamError(f"{label}: at most {_fmt(int(self.maximum))} points, not {len(value):,}")
        out: list[list[Any]] = []
        for i, point in enumerate(value, 1):
            if not isinstance(point, (list, tuple)) or len(point) != 3 or any(
                    isinstance(v, bool) or not isinstance(v, (int, float)) for v in point):
                raise ParamError(f"{label}: point {i} must be three numbers [x, y, "
                                 f"{'class' if self.classes else 'target'}], not {quote(point)}")
            x, y, v = point
            for name, c in (("x", x), ("y", y)):
                if not abs(c) <= POINT_COORDINATE_LIMIT:  # also NaN and infinities (and huge ints, exactly)
                    raise ParamError(f"{label}: point {i}'s {name} must be a finite number between "
                                     f"{-POINT_COORDINATE_LIMIT:g} and {POINT_COORDINATE_LIMIT:g}, not {quote(c)}")
            if self.classes:
                if isinstance(v, float) and v.is_integer() and abs(v) <= self.classes:
                    v = int(v)
                if not isinstance(v, int) or not 0 <= v < self.classes:
                    raise ParamError(f"{label}: point {i}'s class must be a whole number from 0 to "
                                     f"{self.classes - 1}, not {quote(v)}")
            elif not abs(v) <= POINT_VALUE_LIMIT:
                raise ParamError(f"{label}: point {i}'s target must be a finite number between "
                                 f"{-POINT_VALUE_LIMIT:g} and {POINT_VALUE_LIMIT:g}, not {quote(v)}")
            # Coordinates as floats, a target as written (1 stays 1): what is read is what is written back.
            out.append([float(x), float(y), v])
        return out

    def _check_range(self, value: float) -> None:
        lo, hi = self.minimum, self.maximum
        if lo is not None and (value < lo or (self.minimum_exclusive and value == lo)):
            raise ParamError(f"{self.label} must be {'above' if self.minimum_exclusive else 'at least'} "
                             f"{_fmt(lo)}, not {_fmt(value)}")
        if hi is not None and (value > hi or (self.maximum_exclusive and value == hi)):
            raise ParamError(f"{self.label} must be {'below' if self.maximum_exclusive else 'at most'} "
                             f"{_fmt(hi)}, not {_fmt(value)}")

    def range_text(self) -> str:
        """The valid range in words, for tooltips."""
        if self.minimum is None and self.maximum is None:
            return ""
        lo = "" if self.minimum is None else f"{_fmt(self.minimum)} {'<' if self.minimum_exclusive else '≤'} "
        hi = "" if self.maximum is None else f" {'<' if self.maximum_exclusive else '≤'} {_fmt(self.maximum)}"
        return f"{lo}{self.label.lower()}{hi}"


def _fmt(x: float) -> str:
    return f"{x:g}" if isinstance(x, float) else f"{x:,}"


def active_specs(specs: Sequence[ParamSpec], values: Mapping[str, Any]) -> list[tuple[str, ParamSpec]]:
    """The (key, spec) pairs that matter for ``values``: each top-level spec whose ``visible_when``
    holds, followed by the parameters of its chosen entry (as dotted keys)."""
    out: list[tuple[str, ParamSpec]] = []
    for spec in specs:
        if not _visible(spec, specs, values):
            continue
        out.append((spec.name, spec))
        if spec.kind == "choice":
            chosen = values.get(spec.name, spec.default)
            if spec.choices is not None and chosen in spec.choices:
                for sub in spec.choices[chosen].params:
                    out.append((f"{spec.name}.{sub.name}", sub))
    return out


def _visible(spec: ParamSpec, specs: Sequence[ParamSpec], values: Mapping[str, Any]) -> bool:
    for other, allowed in spec.visible_when.items():
        default = next((s.default for s in specs if s.name == other), None)
        if values.get(other, default) not in allowed:
            return False
    return True


def spec_for_key(specs: Sequence[ParamSpec], key: str, values: Mapping[str, Any] | None = None) -> ParamSpec:
    """The spec of a (possibly dotted) key. Raises KeyError for an unknown key."""
    head, _, sub = key.partition(".")
    for spec in specs:
        if spec.name == head:
            if not sub:
                return spec
            if spec.kind != "choice" or spec.choices is None:
                raise KeyError(key)
            if values is not None:
                chosen = values.get(head, spec.default)
                return spec.choices[chosen].param(sub)
            for entry in spec.choices:
                for p in entry.params:
                    if p.name == sub:
                        return p
            raise KeyError(key)
    raise KeyError(key)


def resolve(specs: Sequence[ParamSpec], values: Mapping[str, Any]) -> dict[str, Any]:
    """Every active setting with its value, defaults filled in. Values are assumed valid."""
    return {key: values.get(key, spec.default) for key, spec in active_specs(specs, values)}


def validate_values(specs: Sequence[ParamSpec], values: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Check a whole settings dictionary and return it normalised. Unknown keys are rejected;
    parameters left over from an entry that is no longer chosen are dropped. Defaults are not
    filled in (see ``resolve``). Raises ParamError naming the key."""
    prefix = f"{where}: " if where else ""
    if not isinstance(values, Mapping):
        raise ParamError(f"{prefix}settings must be an object, not {type(values).__name__}")
    by_name = {spec.name: spec for spec in specs}
    out: dict[str, Any] = {}
    for key, value in values.items():  # plain keys first: sub-parameters depend on them
        if not isinstance(key, str):
            raise ParamError(f"{prefix}setting names must be text, not {quote(key)}")
        if "." in key:
            continue
        if key not in by_name:
            raise ParamError(f"{prefix}unknown setting {quote(key)}")
        try:
            out[key] = by_name[key].validate(value)
        except ParamError as exc:
            raise ParamError(f"{prefix}{exc}") from None
    for key, value in values.items():
        if "." not in key:
            continue
        head, _, sub = key.partition(".")
        spec = by_name.get(head)
        if spec is None or spec.kind != "choice" or spec.choices is None:
            raise ParamError(f"{prefix}unknown setting {quote(key)}")
        chosen = spec.choices[out.get(head, spec.default)]
        if any(p.name == sub for p in chosen.params):
            try:
                out[key] = chosen.param(sub).validate(value)
            except ParamError as exc:
                raise ParamError(f"{prefix}{exc}") from None
        elif not any(p.name == sub for entry in spec.choices for p in entry.params):
            raise ParamError(f"{prefix}unknown setting {quote(key)}")
    return out


def table(name: str, entries: Iterable[Choice]) -> ChoiceTable:
    return ChoiceTable(name, tuple(entries))


NumpyCurve = Callable[..., Any]
