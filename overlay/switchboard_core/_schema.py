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
    return _checker(schema)(where, value)


Checker = Callable[[Where, object], Any]
_CHECKERS: dict[int, tuple[Schema, Checker]] = {}


def _checker(schema: Schema) -> Checker:
    """``schema`` compiled once into a function (schemas are module constants of the generated package)."""
    found = _CHECKERS.get(id(schema))
    if found is not None and found[0] is schema:
        return found[1]
    checker = _compile(schema)
    _CHECKERS[id(schema)] = (schema, checker)  # the schema is kept, so its id is never reused
    return checker


def _compile(schema: Schema) -> Checker:
    kind = schema.get("type")
    if kind == "string":
        return _string_checker(schema)
    if kind == "object" or "properties" in schema:
        return _object_checker(schema)
    if kind == "array":
        return _array_checker(schema)
    if kind == "boolean":

        def boolean(where: Where, value: object) -> bool:
            if not isinstance(value, bool):
                raise _fail(where, "must be true or false")
            return value

        return boolean
    if kind in ("integer", "number"):
        allowed = int if kind == "integer" else int | float
        article = "an" if kind == "integer" else "a"

        def numeric(where: Where, value: object) -> object:
            if isinstance(value, bool) or not isinstance(value, allowed):
                raise _fail(where, f"must be {article} {kind}, not {type(value).__name__}")
            return value

        return numeric
    return lambda where, value: value


def _string_checker(schema: Schema) -> Checker:
    if schema.get("format") == "date-time":
        return _timestamp
    enum = schema.get("enum")
    allowed = frozenset(enum) if enum is not None else None
    least, most = schema.get("minLength", 0), schema.get("maxLength")

    def string(where: Where, value: object) -> str:
        if not isinstance(value, str):
            raise _fail(where, f"must be a string, not {type(value).__name__}")
        if allowed is not None and value not in allowed:
            raise _fail(where, f"must be one of {', '.join(sorted(allowed))}, not {value!r}")
        if allowed is not None:
            return WireEnum(value)
        if len(value) < least:
            raise _fail(where, "must not be empty" if least == 1 else f"must be at least {least} characters")
        if most is not None and len(value) > most:
            raise _fail(where, f"must be at most {most} characters, not {len(value)}")
        return value

    return string


class WireEnum(str):
    """A checked enum string as its wire text. Generated ``build_request`` functions read ``.value`` from an
    enum query parameter; this text answers with itself."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


class WireTimestamp(str):
    """A checked ``date-time`` as its wire text. Generated ``build_request`` functions call ``.isoformat()`` on
    a date-time query parameter; this text answers that with itself (``...Z`` kept, as checked)."""

    __slots__ = ()

    def isoformat(self) -> str:
        return str(self)


def _timestamp(where: Where, value: object) -> str:
    return WireTimestamp(_timestamp_text(where, value))


def _timestamp_text(where: Where, value: object) -> str:
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


def _array_checker(schema: Schema) -> Checker:
    items: Schema = schema.get("items", {})
    item = _compile(items)
    noun = "URLs" if items.get("format") == "uri" else f"{items.get('type', 'item')}s"
    least, most = schema.get("minItems", 0), schema.get("maxItems")
    bounds = f"{least} to {most}" if most is not None else f"at least {least}"

    def array(where: Where, value: object) -> list[Any]:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise _fail(where, f"must be a list of {noun}, not {type(value).__name__}")
        if len(value) < least or (most is not None and len(value) > most):
            raise _fail(where, f"must hold {bounds} items, not {len(value)}")
        return [item((where, "[", i), entry) for i, entry in enumerate(value)]

    return array


def _object_checker(schema: Schema) -> Checker:
    required = tuple(schema.get("required", ()))
    most = schema.get("maxProperties")
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    extra_schema = schema.get("additionalProperties")
    extra = _compile(extra_schema) if isinstance(extra_schema, Mapping) else None
    key_limit = schema.get("x-key-max-length")
    key = _string_checker({"minLength": 1, "maxLength": key_limit}) if key_limit is not None else None

    def obj(where: Where, value: object) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            to_dict = getattr(value, "to_dict", None)
            if to_dict is None:
                raise _fail(where, f"must be a mapping, not {type(value).__name__}")
            value = to_dict()  # a generated model: already its wire form
            assert isinstance(value, Mapping)
        out = {name: item for name, item in value.items() if item is not None}
        for name in required:
            if name not in out:
                raise _fail((where, ".", name), "is required")
        if most is not None and len(out) > most:
            raise _fail(where, f"at most {most} pairs are allowed, not {len(out)}")
        for name, item in out.items():
            known = properties.get(name)
            if known is not None:
                out[name] = known((where, ".", name), item)
            elif extra is not None:
                if key is not None:
                    key((where, " key ", name), name)
                out[name] = extra((where, "[", name), item)
        return out

    return obj


def expect(parse: Callable[[httpx.Response], object], model: type[M]) -> Callable[[httpx.Response], M]:
    """A generated ``parse_response`` narrowed to its success model; an undocumented 2xx is parsed the same way."""

    def parse_success(response: httpx.Response) -> M:
        result = parse(response)
        if isinstance(result, model):
            return result
        return model.from_dict(response.json())

    return parse_success
