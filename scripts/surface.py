"""The public surface of the legacy facades, as text: every public module, name and signature (sync and async).

``python scripts/surface.py`` prints it; ``--write`` saves it as ``tests/surface/<facade>.txt`` (a deliberate
surface change); ``--check`` exits non-zero with a unified diff when the live surface differs from the snapshot.
``tests/test_surface.py`` runs the check in ``make test``, so a refactor that moves a name or a parameter fails.

The walk imports every module of a facade whose dotted path has no private (``_``) part and records, per module,
the names it exports (``__all__``, else its public names defined in the facade or re-exported classes): classes
with their public methods, properties and attributes (and ``__init__`` / context-manager dunders), functions
with ``inspect`` signatures (``async def`` marked), and constants with their type. Members inherited from
builtins are left out. Annotations are recorded as written (string annotations without quotes).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import inspect
import pkgutil
import sys
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "surface"
FACADES = ("message_media_messages", "mxit", "smscx_client", "go_http", "pytweet")
DUNDERS = frozenset(
    {"__init__", "__call__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__iter__", "__aiter__"}
)
DUNDERS |= {"__getitem__", "__len__", "__eq__", "__contains__", "__next__", "__anext__"}
SIMPLE = (str, int, float, bool, bytes, type(None), tuple, frozenset, list, dict, set)


def _paths() -> None:
    for sub in ("overlay", "generated"):
        path = str(ROOT / sub)
        if path not in sys.path:
            sys.path.insert(0, path)


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return ""
    return value if isinstance(value, str) else inspect.formatannotation(value)


def _signature(obj: Any) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    parts: list[str] = []
    seen_kw_only = False
    for p in sig.parameters.values():
        if p.kind is p.KEYWORD_ONLY and not seen_kw_only:
            parts.append("*")
            seen_kw_only = True
        if p.kind is p.VAR_POSITIONAL:
            seen_kw_only = True
        prefix = "*" if p.kind is p.VAR_POSITIONAL else "**" if p.kind is p.VAR_KEYWORD else ""
        text = prefix + p.name
        if (note := _annotation(p.annotation)) != "":
            text += f": {note}"
        if p.default is not p.empty:
            text += f" = {_default(p.default)}"
        parts.append(text)
        if p.kind is p.POSITIONAL_ONLY and (
            list(sig.parameters.values()).index(p) == len(sig.parameters) - 1
            or list(sig.parameters.values())[list(sig.parameters.values()).index(p) + 1].kind is not p.POSITIONAL_ONLY
        ):
            parts.append("/")
    result = f"({', '.join(parts)})"
    if (ret := _annotation(sig.return_annotation)) != "":
        result += f" -> {ret}"
    return result


def _default(value: Any) -> str:
    if isinstance(value, frozenset | set):  # sorted: a set's repr depends on the hash seed
        return f"{type(value).__name__}({{{', '.join(sorted(repr(v) for v in value))}}})"
    if isinstance(value, SIMPLE) or value is Ellipsis:
        return repr(value)
    if isinstance(value, type):
        return value.__qualname__
    if "__repr__" not in vars(type(value)) and type(value).__module__ != "builtins":
        return type(value).__name__ + "(...)"
    return repr(value)


def _function(name: str, obj: Any) -> str:
    kind = "async def" if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else "def"
    return f"{kind} {name}{_signature(obj)}"


def _owner(cls: type, name: str) -> type | None:
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass
    return None


def _member(cls: type, name: str) -> str | None:
    owner = _owner(cls, name)
    if owner is None:  # a class attribute from a metaclass or __getattr__: not part of the declared surface
        return None
    if owner.__module__ == "builtins":
        return None
    raw = vars(owner)[name]
    if isinstance(raw, staticmethod):
        return "staticmethod " + _function(name, raw.__func__)
    if isinstance(raw, classmethod):
        return "classmethod " + _function(name, raw.__func__)
    if isinstance(raw, property):
        note = _annotation(inspect.signature(raw.fget).return_annotation) if inspect.isfunction(raw.fget) else ""
        return f"property {name}" + (f": {note}" if note else "") + ("" if raw.fset is None else " (settable)")
    if hasattr(raw, "__get__") and hasattr(raw, "func") and hasattr(raw, "attrname"):  # functools.cached_property
        note = _annotation(inspect.signature(raw.func).return_annotation)
        return f"property {name}" + (f": {note}" if note else "")
    if inspect.isfunction(raw):
        return _function(name, raw)
    if inspect.isclass(raw):
        return f"class {name}"
    if callable(raw) and not isinstance(raw, SIMPLE):
        return f"{name}: {type(raw).__name__}"
    return f"{name}: {type(raw).__name__}"


def _public_base(base: type) -> bool:
    """A base a caller relies on: any exception class (``except`` clauses), or a class of a public facade module."""
    if base is object or base.__name__.startswith("_"):
        return False
    if issubclass(base, BaseException):
        return True
    parts = base.__module__.split(".")
    return parts[0] in FACADES and not any(part.startswith("_") for part in parts)


def _class(name: str, cls: type) -> list[str]:
    bases = ", ".join(b.__name__ for b in cls.__bases__ if _public_base(b))
    lines = [f"class {name}({bases})" if bases else f"class {name}"]
    for attr in sorted(dir(cls)):
        if attr.startswith("_") and attr not in DUNDERS:
            continue
        member = _member(cls, attr)
        if member is not None:
            lines.append(f"    {member}")
    return lines


def _exports(module: types.ModuleType, facade: str) -> list[str]:
    declared = getattr(module, "__all__", None)
    if declared is not None:
        return sorted(declared)
    names = []
    for name, obj in vars(module).items():
        if name.startswith("_") or name == "TYPE_CHECKING" or isinstance(obj, types.ModuleType):
            continue
        if inspect.isclass(obj) or inspect.isfunction(obj):
            home = getattr(obj, "__module__", "") or ""
            if home.split(".")[0] != facade and not (inspect.isclass(obj) and _is_reexport(module, home)):
                continue  # an import the module uses, not one it offers
            if home != module.__name__ and any(part.startswith("_") for part in home.split(".")):
                continue  # a helper imported from a private module: plumbing, not a promise
        elif not isinstance(obj, SIMPLE):
            continue
        names.append(name)
    return sorted(names)


def _is_reexport(module: types.ModuleType, home: str) -> bool:
    """A facade package that re-exports generated classes under a legacy path (e.g. ``models/__init__``)."""
    if not hasattr(module, "__path__"):
        return False
    return not home.startswith(("typing", "collections", "functools", "builtins", "httpx", "enum", "abc"))


def _describe(name: str, obj: Any) -> list[str]:
    if inspect.isclass(obj):
        return _class(name, obj)
    if inspect.isfunction(obj) or inspect.isbuiltin(obj):
        return [_function(name, obj)]
    if isinstance(obj, types.ModuleType):
        return [f"module {name}"]
    if isinstance(obj, str | int | float | bool):
        return [f"{name}: {type(obj).__name__} = {obj!r}"]
    return [f"{name}: {type(obj).__name__}"]


def _modules(facade: str) -> list[types.ModuleType]:
    package = importlib.import_module(facade)
    found = [package]
    for info in pkgutil.walk_packages(package.__path__, facade + "."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        found.append(importlib.import_module(info.name))
    return sorted(found, key=lambda m: m.__name__)


def surface(facade: str) -> str:
    """The surface of one facade as text (one snapshot file)."""
    _paths()
    lines = [f"# public surface of {facade}: regenerate deliberately with `make surface`"]
    for module in _modules(facade):
        lines.append("")
        lines.append(f"module {module.__name__}")
        for name in _exports(module, facade):
            lines += [f"  {line}" for line in _describe(name, getattr(module, name))]
    return "\n".join(lines) + "\n"


def diff(facade: str) -> str:
    """A unified diff from the snapshot to the live surface ('' when they match)."""
    path = SNAPSHOTS / f"{facade}.txt"
    committed = path.read_text() if path.exists() else ""
    live = surface(facade)
    return "".join(
        difflib.unified_diff(committed.splitlines(True), live.splitlines(True), f"snapshot/{facade}.txt", "live")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="save the live surface as the snapshot")
    parser.add_argument("--check", action="store_true", help="fail with a diff if the live surface differs")
    parser.add_argument("facade", nargs="*", default=list(FACADES))
    args = parser.parse_args()
    failed = False
    for facade in args.facade:
        if args.write:
            SNAPSHOTS.mkdir(parents=True, exist_ok=True)
            (SNAPSHOTS / f"{facade}.txt").write_text(surface(facade))
            print(f"wrote tests/surface/{facade}.txt")
        elif args.check:
            if text := diff(facade):
                sys.stdout.write(text)
                failed = True
        else:
            sys.stdout.write(surface(facade))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
