"""Property tests (issue 14): every documented answer of every operation of every provider, fed to the generated
``parse_response`` (which the typed clients and the facades parse with). Answers drawn from the response schema
parse; answers mutated away from it (wrong types, missing required keys, null, truncated JSON, HTML, an empty body,
a mislabelled content type) raise the package's ``errors.ResponseParseError``; nothing else ever escapes.

One hypothesis test per operation; each example feeds it every answer it documents. Bounded and derandomized in
``make test`` (``SWITCHBOARD_PROPERTY_EXAMPLES`` examples per operation, default 3); ``make chaos`` runs more,
seeded with ``SWITCHBOARD_PROPERTY_SEED``."""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.database import InMemoryExampleDatabase

from switchboard_core import ResponseParseError

from .answers import EXAMPLES, PACKAGES, SEED, Answer, Drawer, answers, required_keys

ANSWERS = answers()
JSON_ANSWERS = [answer for answer in ANSWERS if answer.schema is not None]


def hypothesis(test: Callable[..., None]) -> Callable[..., None]:
    """Bounded, derandomized (or seeded), with an in-memory example database; fresh settings each time."""
    configured = settings(
        max_examples=EXAMPLES,
        derandomize=SEED is None,
        # seeded (make chaos, ~2,400 tests): not None, which hypothesis re-reads up a chain that grows with every test
        database=None if SEED is None else InMemoryExampleDatabase(),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(test)
    return seed(int(SEED))(configured) if SEED is not None else configured


def parse_error(answer: Answer) -> type[ResponseParseError]:
    package = answer.module.__name__.partition(".")[0]
    error: type[ResponseParseError] = importlib.import_module(f"{package}.errors").ResponseParseError
    return error


def respond(answer: Answer, body: bytes, content_type: str | None = "application/json") -> httpx.Response:
    headers = {"Content-Type": content_type} if content_type is not None else {}
    return httpx.Response(answer.status, content=body, headers=headers)


def test_every_operation_of_every_provider_is_fed() -> None:
    assert {answer.provider for answer in JSON_ANSWERS} == set(PACKAGES)
    for package in PACKAGES.values():
        api = importlib.import_module(f"{package}._answers")
        fed = {
            answer.module.__name__.rpartition(".")[2]
            for answer in ANSWERS
            if answer.module.__name__.startswith(package)
        }
        assert fed == {name for name, documented in api.ANSWERS.items() if documented}, package


def _mutations(answer: Answer, value: Any, drawer: Drawer) -> list[tuple[str, bytes, str | None]]:
    """Bodies (with a content type) that break ``answer``'s schema, built from the valid ``value``."""
    text = json.dumps(value)
    schema = drawer.resolve(answer.schema or {})
    out: list[tuple[str, bytes, str | None]] = [
        ("html", b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        ("empty", b"", "application/json"),
        ("mislabelled", text.encode(), "text/html; charset=utf-8"),
    ]
    try:
        json.loads(text[:-1])
    except ValueError:
        out.append(("truncated", text[:-1].encode(), "application/json"))
    typed = schema.get("type") and not schema.get("anyOf") and not schema.get("oneOf")
    if not schema.get("nullable") and typed:
        out.append(("null", b"null", "application/json"))
    if typed:
        wrong = {"object": [1], "array": {"k": 1}, "string": 42, "integer": "1", "number": "1.5", "boolean": "yes"}
        out.append(("wrong type", json.dumps(wrong[schema["type"]]).encode(), "application/json"))
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in required_keys(schema):
            if name in value:
                out.append(
                    (
                        f"missing {name}",
                        json.dumps({k: v for k, v in value.items() if k != name}).encode(),
                        "application/json",
                    )
                )
                sub = drawer.resolve(properties.get(name, {}))
                if sub.get("type") and not sub.get("anyOf") and not sub.get("oneOf"):
                    if not sub.get("nullable"):
                        out.append((f"null {name}", json.dumps({**value, name: None}).encode(), "application/json"))
                    bad = {"object": "x", "array": "x", "string": 42, "integer": "x", "number": "x", "boolean": 0}
                    out.append(
                        (f"wrong {name}", json.dumps({**value, name: bad[sub["type"]]}).encode(), "application/json")
                    )
                break  # one required key per example keeps it bounded
    return out


def _check_valid(answer: Answer, data: st.DataObject) -> Any:
    """A value drawn from ``answer``'s schema (bytes for a file or text answer) parses."""
    if answer.schema is None:  # a file or text answer: its bytes, labelled as documented
        body = data.draw(st.binary(max_size=64))
        media = next((m for m in answer.media if "*" not in m), "application/octet-stream")
        answer.module.parse_response(respond(answer, body, media))
        return None
    value = data.draw(Drawer(answer.components).values(answer.schema))
    answer.module.parse_response(respond(answer, json.dumps(value).encode()))
    return value


def _check_off_schema(answer: Answer, value: Any) -> None:
    """Every mutation of the valid ``value`` away from ``answer``'s schema raises the package's parse error."""
    for kind, body, content_type in _mutations(answer, value, Drawer(answer.components)):
        with pytest.raises(parse_error(answer)) as caught:
            answer.module.parse_response(respond(answer, body, content_type))
        assert caught.value.status_code == answer.status, kind
        assert caught.value.body == body, kind


BY_MODULE: dict[str, list[Answer]] = {}
for _answer in ANSWERS:
    BY_MODULE.setdefault(_answer.module.__name__, []).append(_answer)


@pytest.mark.parametrize("name", sorted(BY_MODULE))
@hypothesis
@given(
    data=st.data(),
    status=st.integers(min_value=100, max_value=599),
    body=st.one_of(st.binary(max_size=40), st.sampled_from([b"null", b"{}", b"[]", b'{"a": 1', b"<html>"])),
    content_type=st.sampled_from(["application/json", "text/html", "text/plain", "application/octet-stream", None]),
)
def test_every_documented_answer_of_the_operation(
    name: str, data: st.DataObject, status: int, body: bytes, content_type: str | None
) -> None:
    """Each example feeds the operation every answer it documents (drawn from the schema, then mutated away from
    it) and one answer of any status, body and content type: nothing but the package's errors escapes."""
    for answer in BY_MODULE[name]:
        value = _check_valid(answer, data)
        if answer.schema is not None:
            _check_off_schema(answer, value)
    module = BY_MODULE[name][0].module
    errors = importlib.import_module(f"{name.partition('.')[0]}.errors")
    headers = {"Content-Type": content_type} if content_type is not None else {}
    with contextlib.suppress(errors.ResponseParseError, errors.UnexpectedStatus):  # anything else fails the test
        module.parse_response(httpx.Response(status, content=body, headers=headers), raise_on_unexpected_status=True)
