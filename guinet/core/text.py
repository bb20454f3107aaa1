"""Short excerpts of user-supplied values for messages.

A message quotes what the user wrote so they can find it, but a value can be a 50 MB cell or a secret
in a CSV: every message that echoes a value goes through :func:`excerpt`, so none is longer than a
line and none reveals more than its first few characters.
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
