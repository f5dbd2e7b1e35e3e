"""Checking caller input against a spec's request schema before anything is sent.

The facade generator writes each request schema of a spec as a plain dict (refs resolved) into the generated
package's ``legacy.schemas``; :func:`check` enforces it on what a caller passed and returns the wire value.
It supports the JSON Schema subset the specs use: ``type``, ``enum``, ``minLength`` / ``maxLength``,
``minItems`` / ``maxItems``, ``items``, ``required``, ``properties``, ``additionalProperties``,
``maxProperties``, ``format: date-time`` and the extension ``x-key-max-length`` (OpenAPI 3.0 has no
``propertyNames``). Every problem is an :class:`InvalidRequestError` naming the field.

Objects keep the caller's keys in the caller's order (minus keys whose value is ``None``: absent); a generated
model is taken as its ``to_dict()``; an aware ``datetime`` for a ``date-time`` becomes UTC ``...Z`` text, a
string is kept as written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, Self, TypeVar

import httpx

from ._errors import InvalidRequestError

Schema = Mapping[str, Any]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)


Where = str | tuple[Any, str, object]
"""A field's name, built lazily: ``(parent, separator, key)`` is only turned into text for an error message."""


def _label(where: Where) -> str:
    if isinstance(where, str):
        return where
    parent, separator, key = where
    if separator == "[":
        return f"{_label(parent)}[{key!r}]" if isinstance(key, str) else f"{_label(parent)}[{key}]"
    return f"{_label(parent)}{separator}{key!r}" if separator == " key " else f"{_label(parent)}{separator}{key}"


def _fail(where: Where, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{_label(where)}: {problem}")


def check(where: str, value: object, schema: Schema) -> Any:
    """``value`` checked against ``schema``, as it goes on the wire; :class:`InvalidRequestError` if it breaks it."""
    return _check(where, value, schema)


def _check(where: Where, value: object, schema: Schema) -> Any:
    kind = schema.get("type")
    if kind == "string":
        return _string(where, value, schema)
    if kind == "object" or "properties" in schema:
        return _object(where, value, schema)
    if kind == "array":
        return _array(where, value, schema)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _fail(where, "must be true or false")
        return value
    if kind in ("integer", "number"):
        allowed = int if kind == "integer" else int | float
        if isinstance(value, bool) or not isinstance(value, allowed):
            raise _fail(where, f"must be a{'n' if kind == 'integer' else ''} {kind}, not {type(value).__name__}")
        return value
    return value


def _string(where: Where, value: object, schema: Schema) -> str:
    if schema.get("format") == "date-time":
        return _timestamp(where, value)
    if not isinstance(value, str):
        raise _fail(where, f"must be a string, not {type(value).__name__}")
    if "enum" in schema and value not in schema["enum"]:
        raise _fail(where, f"must be one of {', '.join(sorted(schema['enum']))}, not {value!r}")
    if len(value) < schema.get("minLength", 0):
        least = schema["minLength"]
        raise _fail(where, "must not be empty" if least == 1 else f"must be at least {least} characters")
    if (most := schema.get("maxLength")) is not None and len(value) > most:
        raise _fail(where, f"must be at most {most} characters, not {len(value)}")
    return value


def _timestamp(where: Where, value: object) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise _fail(where, "datetime must be timezone-aware (the API expects UTC)")
        utc = value.astimezone(UTC)
        millis = f".{utc.microsecond // 1000:03d}" if utc.microsecond else ""
        return utc.strftime("%Y-%m-%dT%H:%M:%S") + millis + "Z"
    if not isinstance(value, str) or not value:
        raise _fail(where, f"must be an ISO 8601 date-time, not {type(value).__name__}")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"{value!r} is not an ISO 8601 date-time") from None
    return value


def _array(where: Where, value: object, schema: Schema) -> list[Any]:
    items = schema.get("items", {})
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        noun = "URLs" if items.get("format") == "uri" else f"{items.get('type', 'item')}s"
        raise _fail(where, f"must be a list of {noun}, not {type(value).__name__}")
    least, most = schema.get("minItems", 0), schema.get("maxItems")
    if len(value) < least or (most is not None and len(value) > most):
        bounds = f"{least} to {most}" if most is not None else f"at least {least}"
        raise _fail(where, f"must hold {bounds} items, not {len(value)}")
    return [_check((where, "[", i), item, items) for i, item in enumerate(value)]


def _object(where: Where, value: object, schema: Schema) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        to_dict = getattr(value, "to_dict", None)
        if to_dict is None:
            raise _fail(where, f"must be a mapping, not {type(value).__name__}")
        value = to_dict()  # a generated model: already its wire form
        assert isinstance(value, Mapping)
    out = {key: item for key, item in value.items() if item is not None}
    for name in schema.get("required", ()):
        if name not in out:
            raise _fail((where, ".", name), "is required")
    if (most := schema.get("maxProperties")) is not None and len(out) > most:
        raise _fail(where, f"at most {most} pairs are allowed, not {len(out)}")
    properties: Mapping[str, Schema] = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    extra = extra if isinstance(extra, Mapping) else None
    key_limit = schema.get("x-key-max-length")
    for key, item in out.items():
        if key in properties:
            out[key] = _check((where, ".", key), item, properties[key])
        elif extra is not None:
            if key_limit is not None:
                _string((where, " key ", key), key, {"minLength": 1, "maxLength": key_limit})
            out[key] = _check((where, "[", key), item, extra)
    return out


def expect(parse: Callable[[httpx.Response], object], model: type[M]) -> Callable[[httpx.Response], M]:
    """A generated ``parse_response`` narrowed to its success model; an undocumented 2xx is parsed the same way."""

    def parse_success(response: httpx.Response) -> M:
        result = parse(response)
        if isinstance(result, model):
            return result
        return model.from_dict(response.json())

    return parse_success
