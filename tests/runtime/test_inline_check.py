"""The answer check's fast path (``switchboard_core._inline_check``) decides exactly as the full check does.

Every object schema of every spec is compiled twice, with and without the fast path; values drawn from it, then
broken at one place at any depth (a key dropped, an undeclared key added, a value replaced by null or by a value
of another JSON type), must pass both or fail both with the same message."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from switchboard_core._inline_check import inline_object_check
from switchboard_core._schema import AnswerMismatch, _AnswerCompiler, _as_check
from tests.properties.answers import PACKAGES, Drawer

OTHER_VALUES: tuple[Any, ...] = (None, 1, 1.5, True, "x", [], {}, [1], {"k": 1})
"""What a broken value is replaced by: one of each JSON type."""


def _outcome(check: Callable[[Any, Any], None], value: Any) -> str | None:
    try:
        check("answer", value)
    except AnswerMismatch as exc:
        return str(exc)
    return None


def _nodes(value: Any) -> list[Any]:
    """Every dict and list inside ``value`` (itself included), depth first."""
    found: list[Any] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            found.append(node)
            stack.extend(node)
    return found


@st.composite
def _broken(draw: st.DrawFn, value: Any) -> Any:
    """``value`` changed at one place (it is a fresh copy: hypothesis drew it)."""
    dicts = [node for node in _nodes(value) if isinstance(node, dict)]
    if not dicts:
        return value
    node = draw(st.sampled_from(dicts))
    change = draw(st.sampled_from(["drop", "add", "replace"] if node else ["add"]))
    if change == "add":
        node[draw(st.sampled_from(["undocumented", *node]))] = draw(st.sampled_from(OTHER_VALUES))
    else:
        key = draw(st.sampled_from(sorted(node)))
        if change == "drop":
            del node[key]
        else:
            node[key] = draw(st.sampled_from(OTHER_VALUES))
    return value


def _object_components(package: str) -> tuple[dict[str, Any], list[str]]:
    components: dict[str, Any] = importlib.import_module(f"{package}._answers").COMPONENTS
    objects = [name for name, schema in components.items() if schema.get("type") == "object" or "properties" in schema]
    return components, sorted(objects)


@pytest.mark.parametrize("provider", sorted(PACKAGES))
@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_fast_path_decides_as_the_full_check(provider: str, data: st.DataObject) -> None:
    components, objects = _object_components(PACKAGES[provider])
    name = data.draw(st.sampled_from(objects))
    ref = {"$ref": f"#/components/schemas/{name}"}
    value = data.draw(Drawer(components).values(ref))
    broken = data.draw(st.one_of(st.just(value), _broken(value)))
    fast = _as_check(_AnswerCompiler(components).compile(ref))
    full = _as_check(_AnswerCompiler(components, inline=False).compile(ref))
    assert _outcome(fast, broken) == _outcome(full, broken)


def test_the_fast_path_counts_optional_keys_and_refuses_what_is_unusual() -> None:
    inline = inline_object_check(frozenset({"a", "n"}), {"a": frozenset({str}), "b": frozenset({int})}, {"n": _fine})
    assert inline is not None
    assert inline("answer", {"a": "x", "n": {}}) is True
    assert inline("answer", {"a": "x", "b": 1, "n": {}}) is True
    assert inline("answer", {"a": "x", "b": "1", "n": {}}) is False  # a wrong type: the full check says which
    assert inline("answer", {"a": "x", "c": 1, "n": {}}) is False  # an undeclared key (allowed or not)
    assert inline("answer", {"a": "x", "c": 1}) is False  # the undeclared key stands in for the missing "n"
    assert inline("answer", {"b": 1, "n": {}, "c": 2}) is False  # "a" missing
    assert inline("answer", None) is False
    assert inline("answer", [1]) is False


def test_the_fast_path_runs_nested_checks_once_and_lets_their_errors_through() -> None:
    seen: list[Any] = []

    def nested(where: Any, value: Any) -> None:
        seen.append(where)
        if value != {}:
            raise AnswerMismatch("nested")

    inline = inline_object_check(frozenset({"n"}), {}, {"n": nested, "m": nested})
    assert inline is not None
    assert inline("answer", {"n": {}, "m": {}}) is True
    assert seen == [("answer", ".", "n"), ("answer", ".", "m")]
    with pytest.raises(AnswerMismatch, match="nested"):
        inline("answer", {"n": 1})


def test_a_required_key_no_property_describes_has_no_fast_path() -> None:
    assert inline_object_check(frozenset({"x"}), {"a": frozenset({str})}, {}) is None


def _fine(where: Any, value: Any) -> None:
    """A nested check that accepts anything."""
