"""Modules imported on first use, for facades that should not pay for the generated code at import time.

    if TYPE_CHECKING:
        from messagemedia_api.api.messages import send_messages
    else:
        send_messages = lazy_module("messagemedia_api.api.messages.send_messages")

Type checkers see the real module; at run time the first attribute read imports it, and every read after that
is a plain instance attribute (no import statement in the hot path). :func:`lazy_exports` does the same for a
package's own public names (PEP 562 ``__getattr__``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
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


def lazy_exports(package: str, modules: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A PEP 562 ``__getattr__`` for ``package``: each name in ``modules`` (relative module → names) is imported
    from its module on first use and then kept in the package's namespace."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
