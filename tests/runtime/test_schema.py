"""switchboard_core.check: request schemas enforced on caller input, the wire value returned."""

from __future__ import annotations

import json
from datetime import UTC, datetime

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
