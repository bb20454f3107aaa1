"""Texts for people: short excerpts of user-supplied values, and translatable messages.

A message quotes what the user wrote so they can find it, but a value can be a 50 MB cell or a secret
in a CSV: every message that echoes a value goes through :func:`excerpt`, so none is longer than a
line and none reveals more than its first few characters.

A text the window shows is built with :func:`msg` from an English template and its values, so the
window can show it in Korean (guinet.gui.i18n.engine_text) while the engine stays Qt-free and the
command line prints English.
"""

from __future__ import annotations

from typing import Any

EXCERPT_CHARS = 40


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """``repr``-style quote of ``value`` cut to about ``limit`` characters, saying how much was cut.

    Control characters and lone surrogates come out escaped (as ``repr`` writes them), so the result can
    always be printed and encoded as UTF-8.
    """
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + f"... ({len(text):,} characters)"


def quote(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """Like :func:`excerpt`, for a value of any JSON type: text is quoted, a number, list or object is
    written as Python writes it (``5``, ``[1, 2]``, ``None``), and either is cut to about ``limit``."""
    if isinstance(value, str):
        return excerpt(value, limit)
    text = repr(value)
    if len(text) <= limit:
        return text
    return text[:limit] + f"... ({len(text):,} characters)"


# --------------------------------------------------------------------------- texts for people, translatable

class Message(str):
    """A text the engine writes for people: the English text itself (a ``str``, so printing, comparing
    and JSON see plain English), which remembers how it was made. ``template`` is a literal of guinet's
    source that packaging/translation_sources.py collects into the translation catalogue under
    ``context``; ``args`` are the values filled in (numbers, names, or Messages themselves). The window
    shows it in its language with guinet.gui.i18n.engine_text; the engine stays Qt-free."""

    template: str
    context: str
    args: dict[str, Any]


def msg(template: str, /, context: str = "engine", **args: Any) -> Message:
    """``template.format(**args)`` as a Message. ``template`` must be a string literal at the call (or a
    literal's alternatives, ``"a" if x else "b"``) so that the catalogue finds it; ``context`` names the
    catalogue's section ("engine", or "choices"/"params" for the labels of guinet.core's tables)."""
    text = Message(template.format(**args) if args else template)
    text.template, text.context, text.args = template, context, args
    return text


def join(parts: list[Any], separator: str) -> Message:
    """``separator.join(parts)`` that keeps its Messages translatable (a variant label "Adam · batch 32")."""
    names = [f"p{i}" for i in range(len(parts))]
    return msg(separator.join("{" + name + "}" for name in names), **dict(zip(names, parts)))
