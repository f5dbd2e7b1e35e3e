"""Request models: built from keywords the way the legacy client took them, checked before anything is sent.

Every request model of the seed (``SendSmsMessageRequest(to=[...], _from="InfoText", text=...)``) is a
:class:`RequestModel` whose fields are its schema's in ``smscx_api.legacy.schemas`` (generated from the spec):
each wire key ``camelCase`` is the keyword ``camel_case`` (a Python keyword such as ``from`` is ``_from``, and
``from_`` / ``from`` are accepted too). Values are checked against the schema on construction and assignment
(:class:`~smscx_client.exceptions.ApiTypeError` / :class:`~smscx_client.exceptions.ApiValueError`).
:meth:`RequestModel.to_dict` gives the JSON body: only the keys that were set, required ones first, then the
optional ones in the order they were passed (the legacy client's order).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from switchboard_core import InvalidRequestError, check

from .exceptions import ApiTypeError, ApiValueError

SCHEDULED = "scheduledDate"
"""The one wire key sent as the API's ``YYYY-MM-DD HH:MM:SS`` (a ``datetime`` is accepted for it)."""


def snake(name: str) -> str:
    """``SendSmsMessageRequest`` -> ``send_sms_message_request``, ``phoneNumbers`` -> ``phone_numbers``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _keywords(wire: str) -> tuple[str, ...]:
    """The keywords of a wire key: the legacy name first (``_from`` for ``from``), then the other spellings."""
    name = snake(wire)
    return (f"_{name}", f"{name}_", wire) if keyword.iskeyword(name) else tuple(dict.fromkeys((name, wire)))


def input_error(error: InvalidRequestError) -> Exception:
    """The seed's class for input refused before sending: :class:`ApiTypeError` for a wrong type."""
    if isinstance(error, ApiTypeError | ApiValueError):
        return error
    return (ApiTypeError if isinstance(error, TypeError) else ApiValueError)(str(error))


def scheduled(where: str, value: object) -> str:
    """A scheduled date as the API documents it, ``YYYY-MM-DD HH:MM:SS``.

    Accepts a ``datetime`` (an aware one is converted to UTC; a naive one is taken as it is, UTC unless the body
    says ``isUtc: false``), or a string in that form or ISO 8601 (normalised the same way).
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ApiValueError(f"{where} must be a date and time like 2030-01-01 10:00:00, not {value!r}") from None
    if not isinstance(value, datetime):
        if isinstance(value, date):
            raise ApiTypeError(f"{where} needs a time of day too: pass a datetime")
        raise ApiTypeError(f"{where} must be a datetime or a str, not {type(value).__name__}")
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _wire(value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` with nested request models and dicts keyed by Python names turned into wire form."""
    if isinstance(value, RequestModel):
        return value.to_dict()
    if isinstance(value, Mapping) and "properties" in schema:
        names = {name: wire for wire in schema["properties"] for name in _keywords(wire)}
        return {names.get(k, k): _wire(v, schema["properties"].get(names.get(k, k), {})) for k, v in value.items()}
    if isinstance(value, list | tuple) and "items" in schema:
        items = schema["items"]
        if "properties" not in items and "items" not in items:  # plain values (25,000 numbers): no walk
            return list(value)
        return [_wire(v, items) for v in value]
    return value


def model_class(name: str) -> type[RequestModel]:
    """The request model class ``name`` (generated: ``smscx_api.legacy.request_models``, imported on first use)."""
    from smscx_api.legacy import request_models

    model: type[RequestModel] = getattr(request_models, name)
    return model


def legacy_body(schema: str, body: object) -> dict[str, Any]:
    """A body as the legacy client took it (its request model, or a dict of its fields) in wire form."""
    cls = model_class(schema)
    if isinstance(body, cls):
        return body.to_dict()
    if isinstance(body, RequestModel):
        raise ApiTypeError(f"takes a {schema}, not a {type(body).__name__}")
    if isinstance(body, Mapping):
        return cls(**{str(k): v for k, v in body.items()}).to_dict()
    raise ApiTypeError(f"takes a {schema} (or a dict of its fields), not {type(body).__name__}")


class RequestModel:
    """Base of the request models (generated: ``smscx_api.legacy.request_models``); a subclass is named after its
    schema in the spec."""

    _name: ClassVar[str] = ""
    _schema: ClassVar[Mapping[str, Any]] = {}
    _by_name: ClassVar[dict[str, str]] = {}
    registry: ClassVar[dict[str, type[RequestModel]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from smscx_api.legacy import schemas

        cls._name = cls.__name__
        cls._schema = getattr(schemas, snake(cls._name).upper())
        cls._by_name = {name: wire for wire in cls._schema["properties"] for name in _keywords(wire)}
        RequestModel.registry[cls._name] = cls

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        required = list(self._schema.get("required", ()))
        if len(args) > len(required):
            raise ApiTypeError(f"{self._name}() takes at most {len(required)} positional arguments ({len(args)} given)")
        given = dict(zip(required, args, strict=False))
        for name, value in kwargs.items():
            wire = self._by_name.get(name)
            if wire is None:
                raise ApiTypeError(f"{self._name}() got an unexpected keyword argument {name!r}")
            if wire in given:
                raise ApiTypeError(f"{self._name}() got {name!r} twice")
            given[wire] = value
        missing = [wire for wire in required if wire not in given]
        if missing:
            raise ApiValueError(f"{self._name}: {_keywords(missing[0])[0]} is required")
        object.__setattr__(self, "_values", {})
        for wire in [*required, *(w for w in given if w not in required)]:  # required first, then in call order
            self._set(wire, given[wire])

    _values: dict[str, Any]

    def _set(self, wire: str, value: object) -> None:
        where = f"{self._name}.{_keywords(wire)[0]}"
        if wire == SCHEDULED and value is not None:
            value = scheduled(where, value)
        prop = self._schema["properties"][wire]
        if value is not None or not prop.get("nullable"):
            try:
                check(where, _wire(value, prop), prop)
            except InvalidRequestError as exc:
                raise input_error(exc) from None
        self._values[wire] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON body: wire keys, only those that were set."""
        return {key: _wire(value, self._schema["properties"][key]) for key, value in self._values.items()}

    def __getattr__(self, name: str) -> Any:
        wire = type(self)._by_name.get(name)
        if wire is None or wire not in self._values:
            raise AttributeError(name)
        return self._values[wire]

    def __setattr__(self, name: str, value: Any) -> None:
        wire = type(self)._by_name.get(name)
        if wire is None:
            raise ApiTypeError(f"{self._name} has no attribute {name!r}")
        self._set(wire, value)

    def __getitem__(self, key: str) -> Any:
        wire = type(self)._by_name.get(key)
        if wire is None or wire not in self._values:
            raise KeyError(key)
        return self._values[wire]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and type(self)._by_name.get(key) in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RequestModel):
            return NotImplemented
        return type(self) is type(other) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{_keywords(k)[0]}={v!r}" for k, v in self._values.items())
        return f"{self._name}({fields})"
