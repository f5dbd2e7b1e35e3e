"""An independent oracle for the property tests (issue 14): the answers :mod:`tests.properties.answers` draws as
valid, and the ones :func:`~tests.properties.test_answers._mutations` builds to break a schema, are judged by a
JSON Schema validator (``jsonschema_rs``, on each response schema converted from OpenAPI 3.0 by schemathesis'
converter). So "valid ones parse, invalid ones raise" is measured against a JSON Schema implementation, not only
against the project's own drawer."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.database import InMemoryExampleDatabase
from schemathesis.specs.openapi.converter import to_json_schema

from .answers import EXAMPLES, SEED, Answer, Drawer
from .test_answers import JSON_ANSWERS, _mutations

ORACLE_EXAMPLES = min(EXAMPLES, 5)
"""Examples per operation: the oracle checks the drawer and the mutations, not the clients, so ``make chaos``'s
larger count is not needed here."""

JSON_MUTATIONS = ("null", "wrong", "missing")
"""The mutation kinds whose body is JSON (the others, HTML, empty, truncated or mislabelled, are not JSON at all)."""


def _answer_required(schema: Any) -> Any:
    """``schema`` with ``x-answer-required`` keys added to ``required`` (the answers must hold them too)."""
    if isinstance(schema, list):
        return [_answer_required(item) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    converted = {key: _answer_required(value) for key, value in schema.items()}
    if "x-answer-required" in converted:
        converted["required"] = [*converted.get("required", []), *converted.pop("x-answer-required")]
    return converted


OUT_OF_CONTRACT = frozenset(
    {"minProperties", "maxProperties", "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems"}
    | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"}
)
"""Rules an answer is not checked against (the contract is types, required keys, nullability and enums)."""


def _in_contract(schema: Any, names: bool = False) -> Any:
    """``schema`` without the :data:`OUT_OF_CONTRACT` rules (``names``: a map of property names to schemas)."""
    if isinstance(schema, list):
        return [_in_contract(item) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if names:
            kept[key] = _in_contract(value)
        elif key == "enum":
            kept[key] = value
        elif key not in OUT_OF_CONTRACT:
            kept[key] = _in_contract(value, names=key in ("properties", "patternProperties"))
    return kept


COMPONENTS: dict[int, dict[str, Any]] = {}
VALIDATORS: dict[int, jsonschema_rs.Draft7Validator] = {}


def _json_schema(schema: Any) -> Any:
    return _in_contract(to_json_schema(_answer_required(schema), "nullable", is_response_schema=True))


def _validator(answer: Answer) -> jsonschema_rs.Draft7Validator:
    key = id(answer)
    if key not in VALIDATORS:
        components = COMPONENTS.setdefault(
            id(answer.components), {name: _json_schema(schema) for name, schema in answer.components.items()}
        )
        root = _json_schema(answer.schema)
        VALIDATORS[key] = jsonschema_rs.Draft7Validator({**root, "components": {"schemas": components}})
    return VALIDATORS[key]


BY_MODULE: dict[str, list[Answer]] = {}
for _answer in JSON_ANSWERS:
    BY_MODULE.setdefault(_answer.module.__name__, []).append(_answer)


def _bounded(test: Any) -> Any:
    configured = settings(
        max_examples=ORACLE_EXAMPLES,
        derandomize=SEED is None,
        database=None if SEED is None else InMemoryExampleDatabase(),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(test)
    return seed(int(SEED))(configured) if SEED is not None else configured


@pytest.mark.parametrize("name", sorted(BY_MODULE))
@_bounded
@given(data=st.data())
def test_drawn_answers_are_valid_and_mutations_invalid_for_a_json_schema_validator(
    name: str, data: st.DataObject
) -> None:
    for answer in BY_MODULE[name]:
        validator = _validator(answer)
        drawer = Drawer(answer.components)
        value = data.draw(drawer.values(answer.schema or {}))
        errors = [str(error) for error in validator.iter_errors(value)]
        assert errors == [], f"{answer} drawn as valid: {json.dumps(value)[:200]}"
        for kind, body, _ in _mutations(answer, value, drawer):
            if kind.startswith(JSON_MUTATIONS):
                assert not validator.is_valid(json.loads(body)), f"{answer}: {kind} is valid: {body[:200]!r}"
