"""switchboard_core.check: request schemas enforced on caller input, the wire value returned."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from switchboard_core import InvalidRequestError, check, expect

MESSAGE = {
    "type": "object",
    "required": ["content"],
    "properties": {
        "content": {"type": "string", "minLength": 1, "maxLength": 5},
        "format": {"type": "string", "enum": ["SMS", "MMS"]},
        "at": {"type": "string", "format": "date-time"},
        "flag": {"type": "boolean"},
        "count": {"type": "integer"},
        "urls": {"type": "array", "maxItems": 2, "items": {"type": "string", "format": "uri"}},
        "meta": {
            "type": "object",
            "maxProperties": 2,
            "x-key-max-length": 3,
            "additionalProperties": {"type": "string"},
        },
    },
}


def test_the_wire_value_keeps_the_callers_keys_and_order_minus_none() -> None:
    value = {"flag": True, "content": "hi", "format": None, "at": "2030-01-01T00:00:00Z", "extra": 1}
    assert list(check("body", value, MESSAGE)) == ["flag", "content", "at", "extra"]


def test_an_aware_datetime_becomes_utc_text() -> None:
    wire = check("body", {"content": "x", "at": datetime(2030, 1, 1, 12, 0, 0, 5000, tzinfo=UTC)}, MESSAGE)
    assert wire["at"] == "2030-01-01T12:00:00.005Z"


def test_a_checked_enum_answers_value_with_its_wire_text() -> None:
    """Generated build_request functions read ``.value`` from enum query parameters."""
    wire = check("state", "live", {"type": "string", "enum": ["live", "scheduled"]})
    assert wire.value == wire == "live"
    assert json.dumps([wire]) == '["live"]'


def test_a_checked_date_time_answers_isoformat_with_its_wire_text() -> None:
    """Generated build_request functions call ``.isoformat()`` on date-time query parameters."""
    wire = check("start_time", datetime(2030, 1, 1, tzinfo=UTC), {"type": "string", "format": "date-time"})
    assert wire.isoformat() == wire == "2030-01-01T00:00:00Z"
    assert json.dumps({"at": wire}) == '{"at": "2030-01-01T00:00:00Z"}'


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({}, r"body\.content: is required"),
        ({"content": ""}, "must not be empty"),
        ({"content": "toolong"}, "at most 5 characters, not 7"),
        ({"content": 3}, "must be a string, not int"),
        ({"content": "x", "format": "FAX"}, "must be one of MMS, SMS, not 'FAX'"),
        ({"content": "x", "at": "tomorrow"}, "not an ISO 8601 date-time"),
        ({"content": "x", "at": datetime(2030, 1, 1)}, "timezone-aware"),
        ({"content": "x", "flag": "yes"}, "true or false"),
        ({"content": "x", "count": True}, "must be an integer"),
        ({"content": "x", "urls": "http://x"}, "list of URLs"),
        ({"content": "x", "urls": ["a", "b", "c"]}, "must hold 0 to 2 items, not 3"),
        ({"content": "x", "meta": {"a": "1", "b": "2", "c": "3"}}, "at most 2 pairs"),
        ({"content": "x", "meta": {"long": "1"}}, "at most 3 characters"),
        ({"content": "x", "meta": {"k": 1}}, r"body\.meta\['k'\]: must be a string"),
        ("text", "must be a mapping"),
    ],
)
def test_problems_name_the_field(value: object, problem: str) -> None:
    with pytest.raises(InvalidRequestError, match=problem):
        check("body", value, MESSAGE)


def test_a_model_is_checked_as_its_wire_form() -> None:
    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"content": "hi"}

    assert check("body", Model(), MESSAGE) == {"content": "hi"}


def test_expect_narrows_to_the_success_model() -> None:
    class Answer:
        def __init__(self, data: object) -> None:
            self.data = data

        @classmethod
        def from_dict(cls, src: object) -> Answer:
            return cls(src)

    documented = expect(lambda response: Answer("parsed"), Answer)
    assert documented(httpx.Response(200, json={})).data == "parsed"
    undocumented = expect(lambda response: None, Answer)  # e.g. a 201 where the spec says 200
    assert undocumented(httpx.Response(201, json={"a": 1})).data == {"a": 1}


# -- nullable, anyOf, key patterns, JSON values, answers (Vumi Go's schemas) ----------------------------------------

CONTACTISH = {
    "type": "object",
    "required": ["cursor"],
    "minProperties": 1,
    "properties": {
        "name": {"type": "string", "nullable": True},
        "cursor": {"anyOf": [{"type": "string", "nullable": True}, {"type": "integer"}]},
        "code": {"type": "string", "pattern": "^[a-z]+$"},
    },
}


def test_nullable_values_are_kept_and_count_as_present() -> None:
    assert check("body", {"cursor": None, "name": None, "x": None}, CONTACTISH) == {"cursor": None, "name": None}


@pytest.mark.parametrize("cursor", ["c1", 3, None])
def test_any_of_takes_the_first_form_that_fits(cursor: object) -> None:
    assert check("body", {"cursor": cursor}, CONTACTISH)["cursor"] == cursor


@pytest.mark.parametrize(
    "value",
    [
        {"cursor": True},
        {"cursor": 1.5},
        {"cursor": "c", "code": "A1"},
        {"cursor": "c", 1: "x"},
        {"cursor": "c", "n": float("inf")},
        {"cursor": "c", "o": object()},
    ],
)
def test_what_no_form_or_no_json_allows_is_refused(value: object) -> None:
    with pytest.raises(InvalidRequestError):
        check("body", value, CONTACTISH)


def test_min_properties_key_patterns_and_finite_numbers() -> None:
    metrics = {
        "type": "object",
        "minProperties": 1,
        "x-key-pattern": r"\.(sum|last)$",
        "additionalProperties": {"type": "number"},
    }
    assert check("metrics", {"a.sum": 1.5}, metrics) == {"a.sum": 1.5}
    for bad in ({}, {"a": 1}, {"a.sum": float("nan")}, {"a.sum": True}):
        with pytest.raises(InvalidRequestError):
            check("metrics", bad, metrics)


def test_json_answer_checks_and_returns_the_json_or_a_member() -> None:
    from switchboard_core import json_answer

    schema = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
    assert json_answer(schema)(httpx.Response(200, json={"n": 1, "x": [1]})) == {"n": 1, "x": [1]}
    assert json_answer(schema, "n")(httpx.Response(200, json={"n": 2})) == 2
    assert json_answer(schema)(httpx.Response(200)) is None
    with pytest.raises(InvalidRequestError):
        json_answer(schema)(httpx.Response(200, json={"n": "2"}))
    with pytest.raises(ValueError):  # an empty body has no member
        json_answer(schema, "n")(httpx.Response(200))


def test_a_pattern_left_to_the_server_is_not_checked_but_others_are() -> None:
    """``x-legacy-unchecked: [pattern]``: the value is sent as given (the legacy SDK let the API refuse it)."""
    schema = {"type": "string", "minLength": 1, "pattern": "^[+][0-9]+$", "x-legacy-unchecked": ["pattern"]}
    assert check("number", "0412 345 678", schema) == "0412 345 678"
    with pytest.raises(InvalidRequestError, match="must not be empty"):
        check("number", "", schema)
    with pytest.raises(InvalidRequestError, match="must match"):
        check("number", "0412", {"type": "string", "pattern": "^[+][0-9]+$"})


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "integer", "minimum": 1, "maximum": 500}, 1000),
        ({"type": "integer", "minimum": 1, "maximum": 500}, 0),
        ({"type": "string", "minLength": 2, "maxLength": 3}, "x"),
        ({"type": "string", "minLength": 2, "maxLength": 3}, "long"),
        ({"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2}, []),
        ({"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2}, ["a", "b", "c"]),
    ],
)
def test_size_and_range_rules_left_to_the_server_are_not_checked(schema: dict[str, Any], value: object) -> None:
    """``x-legacy-unchecked`` also takes minimum / maximum / minLength / maxLength / minItems / maxItems: the value
    is sent as given, the type still checked; without the mark the same rule refuses it."""
    with pytest.raises(InvalidRequestError):
        check("field", value, schema)
    rules = ["minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"]
    unchecked = {**schema, "x-legacy-unchecked": rules}
    assert check("field", value, unchecked) == value
    with pytest.raises(InvalidRequestError, match="field: must be"):
        check("field", {"not": "its type"}, unchecked)


def test_an_unchecked_rule_leaves_the_others_checked() -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 500, "x-legacy-unchecked": ["maximum"]}
    assert check("limit", 1000, schema) == 1000
    with pytest.raises(InvalidRequestError, match="limit: must be at least 1, not 0"):
        check("limit", 0, schema)


def test_minimum_is_enforced() -> None:
    schema = {"type": "integer", "minimum": 1}
    assert check("count", 1, schema) == 1
    with pytest.raises(InvalidRequestError, match="count: must be at least 1, not 0"):
        check("count", 0, schema)
