"""Modules imported on first use, for facades that should not pay for the generated code at import time.

    if TYPE_CHECKING:
        from messagemedia_api.api.messages import send_messages
    else:
        send_messages = lazy_module("messagemedia_api.api.messages.send_messages")

Type checkers see the real module; at run time the first attribute read imports it, and every read after that
is a plain instance attribute (no import statement in the hot path).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


class LazyModule:
    """Stands in for the module ``name`` until an attribute is read; then forwards (and keeps) that attribute."""

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_name"] = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(import_module(self.__dict__["_lazy_name"]), attribute)
        self.__dict__[attribute] = value
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__dict__['_lazy_name']!r}>"


def lazy_module(name: str) -> Any:
    """A :class:`LazyModule` for ``name`` (typed ``Any``: bind it under ``if not TYPE_CHECKING``)."""
    return LazyModule(name)
