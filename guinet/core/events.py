"""A minimal Qt-free signal, so the core can announce changes without knowing who listens.

Views (Qt) connect plain callables; the core never imports Qt. Callbacks run synchronously on the
thread that emits, like a direct Qt connection.
"""

from __future__ import annotations

from typing import Any, Callable


class Signal:
    __slots__ = ("_slots", "_name")

    def __init__(self, name: str = "") -> None:
        self._slots: list[Callable[..., Any]] = []
        self._name = name

    def connect(self, slot: Callable[..., Any]) -> Callable[..., Any]:
        if slot not in self._slots:
            self._slots.append(slot)
        return slot

    def disconnect(self, slot: Callable[..., Any] | None = None) -> None:
        if slot is None:
            self._slots.clear()
        elif slot in self._slots:
            self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)

    def __len__(self) -> int:
        return len(self._slots)

    def __repr__(self) -> str:
        return f"<Signal {self._name} ({len(self._slots)} slots)>"
