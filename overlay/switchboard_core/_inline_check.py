"""The fast path of an answer's object check: one function per object schema, its tests written out inline.

:mod:`._schema` checks an answer object key by key (or by its remembered shape). For a list of 25,000 alike
objects that walk costs more than building the models; this module writes, once per object schema, a function
that tests the usual case with no loop: every required key there, each plain value's JSON type tested in place
(``type(value["msgId"]) is str``), optional keys looked up, no undeclared key, then the nested checks called.
It answers only ``True`` (the object passed, nested checks included) or ``False`` (something is unusual: the
caller runs the full check, which passes or raises the precise :class:`~._schema.AnswerMismatch`). It never
accepts what the full check refuses: it tests the same types and keys, and is stricter (no undeclared keys).

The source is built from the schema's property names (written as ``repr`` literals, never as code) and compiled
with :func:`exec` once per schema, as :mod:`dataclasses` and attrs write their methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

InlineCheck = Callable[[Any, Any], bool]
"""``(where, value) -> bool``: True when ``value`` passed (nested checks included), False to run the full check."""

_MISSING = object()


def inline_object_check(
    required: frozenset[str],
    leaves: Mapping[str, frozenset[type]],
    deep: Mapping[str, Callable[[Any, Any], None]],
    fast: Mapping[str, InlineCheck] | None = None,
) -> InlineCheck | None:
    """The fast path of an object schema whose plain properties allow ``leaves`` (name: JSON types), whose other
    properties are checked by ``deep`` (name: check; ``fast``: the fast path of some of those, tried first), with
    ``required`` keys; None when a required key is no property (the full check alone knows what to do with it)."""
    if not required <= leaves.keys() | deep.keys():
        return None
    namespace: dict[str, Any] = {"_type": type, "_dict": dict, "_MISSING": _MISSING, "KeyError": KeyError}
    lines = ["def inline(where, value):", "    if _type(value) is not _dict:", "        return False"]
    lines += ["    try:", "        present = 0"]  # optional keys found (the count then proves no undeclared key)
    optional_count = 0
    for index, (name, allowed) in enumerate(leaves.items()):
        types = f"T{index}"
        namespace[types] = next(iter(allowed)) if len(allowed) == 1 else allowed
        test = f"is not {types}" if len(allowed) == 1 else f"not in {types}"
        if name in required:
            lines += [f"        if _type(value[{name!r}]) {test}:", "            return False"]
        else:
            optional_count += 1
            lines += [
                f"        item = value.get({name!r}, _MISSING)",
                "        if item is not _MISSING:",
                f"            if _type(item) {test}:",
                "                return False",
                "            present += 1",
            ]
    nested = []
    for index, (name, check) in enumerate(deep.items()):
        namespace[f"D{index}"] = check
        call = [f"D{index}(where_, item)"]
        if fast and name in fast:
            namespace[f"F{index}"] = fast[name]
            call = [f"if not F{index}(where_, item):", f"    D{index}(where_, item)"]
        if name in required:
            lines += [f"        n{index} = value[{name!r}]"]
            nested += [f"    item = n{index}"]
        else:
            optional_count += 1
            nested += [f"    item = value.get({name!r}, _MISSING)", "    if item is not _MISSING:"]
            lines += [f"        if {name!r} in value:", "            present += 1"]
        indent = "    " if name in required else "        "
        nested += [f"{indent}where_ = (where, '.', {name!r})", *(indent + line for line in call)]
    lines += ["    except KeyError:", "        return False"]
    required_count = len(leaves) + len(deep) - optional_count
    lines += [f"    if len(value) != {required_count} + present:", "        return False"]
    lines += [*nested, "    return True"]
    exec("\n".join(lines), namespace)  # noqa: S102 - names are repr() literals; see the module docstring
    inline: InlineCheck = namespace["inline"]
    return inline
