"""0.1.x's attribute names on the generated models where openapi-python-client chose another (``_from`` for the
wire key ``from``, which it calls ``from_``): the same field, read and written under either name. The models
come from ``smscx_api.legacy.ATTRIBUTE_ALIASES`` (generated from the spec and the table's ``attribute_aliases``);
each gets its alias when its module is imported (an import hook: loading the models early costs start-up time)."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from types import ModuleType
from typing import Any


def _alias(field: str) -> property:
    def write(self: Any, value: Any) -> None:
        setattr(self, field, value)

    return property(attrgetter(field), write)


class _Loader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader, aliases: list[tuple[str, str, str]]) -> None:
        self.loader, self.aliases = loader, aliases

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        _apply(module, self.aliases)


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self, pending: dict[str, list[tuple[str, str, str]]]) -> None:
        self.pending = pending

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        aliases = self.pending.pop(fullname, None)
        if aliases is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, aliases)
        return spec


def _apply(module: ModuleType, aliases: list[tuple[str, str, str]]) -> None:
    for name, field, legacy in aliases:
        setattr(getattr(module, name), legacy, _alias(field))


@cache
def add_attribute_aliases() -> None:
    """Alias the listed models: those already imported now, the others as they are imported."""
    from smscx_api.legacy import ATTRIBUTE_ALIASES

    pending: dict[str, list[tuple[str, str, str]]] = {}
    for module, name, field, legacy in ATTRIBUTE_ALIASES:
        pending.setdefault(module, []).append((name, field, legacy))
    for module in [m for m in pending if m in sys.modules]:
        _apply(sys.modules[module], pending.pop(module))
    sys.meta_path.insert(0, _Finder(pending))
