"""``switchboard_core.Answers``: the schema check every generated ``parse_response`` reads JSON through (issue 14)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from switchboard_core import AnswerMismatch, Answers, checked_answer, relax_answers

COMPONENTS = {
    "Node": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/c/Node"}}},
    },
    "Closed": {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": False},
    "Either": {"anyOf": [{"type": "string"}, {"$ref": "#/c/Node"}], "nullable": True},
    "Map": {"type": "object", "additionalProperties": {"type": "number"}},
}
ANSWERS = {
    "node": {"200": (["application/json"], {"$ref": "#/c/Node"}), "4XX": (["application/json"], {"type": "object"})},
    "closed": {"200": (["application/json"], {"$ref": "#/c/Closed"})},
    "either": {"200": (["application/json"], {"$ref": "#/c/Either"})},
    "map": {"default": (["application/json"], {"$ref": "#/c/Map"})},
    "file": {"200": (["image/png"], None)},
}


@pytest.fixture(autouse=True)
def package() -> Iterator[None]:
    module = ModuleType("fake_api._answers")
    module.COMPONENTS = COMPONENTS  # type: ignore[attr-defined]
    module.ANSWERS = ANSWERS  # type: ignore[attr-defined]
    sys.modules["fake_api"] = ModuleType("fake_api")
    sys.modules["fake_api._answers"] = module
    yield
    del sys.modules["fake_api"], sys.modules["fake_api._answers"]


def answer(operation: str, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    content = json.dumps(body).encode()  # httpx's json=None would send no body at all
    headers = {"Content-Type": "application/json", **(headers or {})}
    return Answers(f"fake_api.api.tag.{operation}").json(httpx.Response(status, content=content, headers=headers))


def test_recursive_schemas_are_checked_at_every_depth() -> None:
    tree = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}], "extra": 1}
    assert answer("node", tree) == tree
    with pytest.raises(AnswerMismatch, match=r"answer\.children\[0\]\.children\[0\]: required key 'name' is missing"):
        answer("node", {"name": "a", "children": [{"name": "b", "children": [{}]}]})
    with pytest.raises(AnswerMismatch, match=r"answer\.name: must be a JSON string, not a JSON integer"):
        answer("node", {"name": 1})
    with pytest.raises(AnswerMismatch, match="must be a JSON object, not null"):
        answer("node", None)


def test_alike_objects_are_each_checked_where_they_can_differ() -> None:
    """Objects of one shape (keys and value types) are checked key by key once; their nested values every time."""
    alike = [{"name": str(i), "children": [{"name": "leaf"}]} for i in range(3)]
    assert answer("node", {"name": "root", "children": alike})["children"] == alike
    nested = [*alike, {"name": "3", "children": [{}]}]
    with pytest.raises(AnswerMismatch, match=r"answer\.children\[3\]\.children\[0\]: required key 'name' is missing"):
        answer("node", {"name": "root", "children": nested})
    leaf = [*alike, {"name": 3, "children": []}]
    with pytest.raises(AnswerMismatch, match=r"answer\.children\[3\]\.name: must be a JSON string"):
        answer("node", {"name": "root", "children": leaf})
    for _ in range(2):
        with pytest.raises(AnswerMismatch, match="undocumented key 'b'"):
            answer("closed", {"a": 1, "b": 2})


def test_status_ranges_default_and_closed_objects() -> None:
    assert answer("node", {"any": "thing"}, status=404) == {"any": "thing"}
    with pytest.raises(AnswerMismatch):
        answer("node", [1], status=404)
    assert answer("map", {"x": 1.5, "y": 2}, status=201) == {"x": 1.5, "y": 2}
    with pytest.raises(AnswerMismatch, match=r"answer\['x'\]"):
        answer("map", {"x": "1"})
    with pytest.raises(AnswerMismatch, match="undocumented key 'b'"):
        answer("closed", {"a": 1, "b": 2})
    assert answer("node", {"no": "schema"}, status=500) == {"no": "schema"}  # an undocumented status: JSON only


def test_any_of_and_nullable() -> None:
    assert answer("either", "text") == "text"
    assert answer("either", None) is None
    assert answer("either", {"name": "n"}) == {"name": "n"}
    with pytest.raises(AnswerMismatch, match="matches none of its documented forms"):
        answer("either", 5)


def test_content_type_and_bodies_that_are_not_json() -> None:
    with pytest.raises(AnswerMismatch, match="content type 'text/html'"):
        answer("node", {"name": "n"}, headers={"Content-Type": "text/html"})
    no_type = httpx.Response(200, content=b'{"name": "n"}')
    assert Answers("fake_api.api.tag.node").json(no_type) == {"name": "n"}  # absent: not mislabelled
    for body in (b"", b"<html>", b'{"name": "n"'):
        response = httpx.Response(200, content=body, headers={"Content-Type": "application/json; charset=utf-8"})
        with pytest.raises(AnswerMismatch, match="not JSON"):
            Answers("fake_api.api.tag.node").json(response)


def test_relax_answers_turns_the_check_off_for_one_package() -> None:
    relax_answers("fake_api")
    try:
        assert answer("node", {"name": 1}, headers={"Content-Type": "text/html"}) == {"name": 1}
    finally:
        relax_answers("fake_api", False)
    with pytest.raises(AnswerMismatch):
        answer("node", {"name": 1})


def test_checked_answer_runs_the_facade_parser_after_the_check() -> None:
    parse = checked_answer("fake_api.api.tag.node", lambda response: response.json()["name"])
    assert parse(httpx.Response(200, json={"name": "n"})) == "n"
    with pytest.raises(AnswerMismatch):
        parse(httpx.Response(200, json={"nom": "n"}))
    lenient = checked_answer("fake_api.api.tag.node", lambda response: None, empty=True)
    assert lenient(httpx.Response(200)) is None
    with pytest.raises(AnswerMismatch):
        lenient(httpx.Response(200, content=b"null", headers={"Content-Type": "application/json"}))
    raw = checked_answer("fake_api.api.tag.file", lambda response: response.content)
    assert raw(httpx.Response(200, content=b"\x89PNG")) == b"\x89PNG"  # not JSON: nothing to check


def test_checked_answer_decodes_the_body_once() -> None:
    seen: list[Any] = []

    def parse_json(response: httpx.Response) -> Any:
        seen.append(response.json())
        return seen[-1]

    parse = checked_answer("fake_api.api.tag.node", parse_json)
    response = httpx.Response(200, json={"name": "n"})
    assert parse(response) == {"name": "n"}
    assert response.json() is seen[0]  # the checked value itself, not a second json.loads
