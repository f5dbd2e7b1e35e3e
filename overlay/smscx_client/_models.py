"""Request models: built from keywords the way the legacy client took them, validated before anything is sent.

Every request model of the seed (``SendSmsMessageRequest(to=[...], _from="InfoText", text=...)``) is a
:class:`RequestModel` whose fields come from the spec (see ``_fields.py``). Construction checks types, lengths,
patterns, enums and ranges and raises :class:`~smscx_client.exceptions.ApiValueError` /
:class:`~smscx_client.exceptions.ApiTypeError` (both :class:`~switchboard_core.InvalidRequestError`).
:meth:`RequestModel.to_dict` gives the JSON body: only the keys that were set, required ones first, then the
optional ones in the order they were passed (the legacy client's order).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from .exceptions import ApiTypeError, ApiValueError

UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""The UUID form the API accepts for ids, ``trackData`` and ``idempotencyId`` (lowercase hex 8-4-4-4-12)."""
MAX_DESTINATIONS = 25_000
"""Most destination numbers one send accepts (the API's error 1103 above)."""
MAX_NUMBERS = 40_000
"""Most numbers one bulk validate / lookup accepts."""
SCHEDULED_FORMAT = "%Y-%m-%d %H:%M:%S"
"""How scheduled dates go on the wire (the API's documented ``YYYY-MM-DD HH:MM:SS``)."""


@dataclass(frozen=True)
class Field:
    """One key of a request body: its Python name, wire name, kind and constraints.

    ``kind``: ``str``, ``int``, ``float``, ``bool``, ``date`` (a scheduled date), ``dict``, ``dict:str``,
    ``list:str``, ``list:int``, ``model:<Name>`` or ``list:model:<Name>``.
    """

    py: str
    wire: str
    kind: str
    required: bool = False
    nullable: bool = False
    min_len: int | None = None
    max_len: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    enum: tuple[Any, ...] = ()
    max_items: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every keyword accepted for this field: ``_from``, ``from_`` and ``from`` for the wire key ``from``."""
        names = [self.py, self.wire]
        if self.py.startswith("_"):
            names.append(self.py[1:] + "_")
        return tuple(dict.fromkeys(names))


def _type_name(value: object) -> str:
    return type(value).__name__


def _check_str(where: str, field: Field, value: object) -> str:
    if not isinstance(value, str):
        raise ApiTypeError(f"{where} must be a str, not {_type_name(value)}")
    if field.min_len is not None and len(value) < field.min_len:
        raise ApiValueError(f"{where} must be at least {field.min_len} characters long")
    if field.max_len is not None and len(value) > field.max_len:
        raise ApiValueError(f"{where} must be at most {field.max_len} characters long")
    if field.pattern is not None and not re.fullmatch(field.pattern.strip("^$"), value):
        what = "a lowercase UUID (8-4-4-4-12 hex)" if field.pattern == UUID else f"match {field.pattern}"
        raise ApiValueError(f"{where} must be {what}")
    if field.enum and value not in field.enum:
        raise ApiValueError(f"{where} must be one of {', '.join(map(str, field.enum))}, not {value!r}")
    return value


def _check_int(where: str, field: Field, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiTypeError(f"{where} must be an int, not {_type_name(value)}")
    if field.enum and value not in field.enum:
        raise ApiValueError(f"{where} must be one of {', '.join(map(str, field.enum))}, not {value!r}")
    if field.minimum is not None and value < field.minimum:
        raise ApiValueError(f"{where} must be at least {field.minimum}")
    if field.maximum is not None and value > field.maximum:
        raise ApiValueError(f"{where} must be at most {field.maximum}")
    return value


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
        raise ApiTypeError(f"{where} must be a datetime or a str, not {_type_name(value)}")
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime(SCHEDULED_FORMAT)


def _check_value(where: str, field: Field, kind: str, value: object) -> Any:
    if value is None:
        if field.nullable:
            return None
        raise ApiValueError(f"{where} must not be None")
    if kind == "str":
        return _check_str(where, field, value)
    if kind == "int":
        return _check_int(where, field, value)
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ApiTypeError(f"{where} must be a number, not {_type_name(value)}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ApiTypeError(f"{where} must be a bool, not {_type_name(value)}")
        return value
    if kind == "date":
        return scheduled(where, value)
    if kind.startswith("dict"):
        if not isinstance(value, Mapping):
            raise ApiTypeError(f"{where} must be a dict, not {_type_name(value)}")
        if kind == "dict:str":
            for key, item in value.items():
                if not isinstance(key, str) or not isinstance(item, str):
                    raise ApiTypeError(f"{where} must map str to str")
        return dict(value)
    if kind.startswith("list:"):
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise ApiTypeError(f"{where} must be a list, not {_type_name(value)}")
        if field.max_items is not None and len(value) > field.max_items:
            raise ApiValueError(f"{where} has {len(value)} items; at most {field.max_items:,} are allowed")
        item_field = Field(field.py, field.wire, kind[5:])
        return [_check_value(f"{where}[{i}]", item_field, kind[5:], item) for i, item in enumerate(value)]
    if kind.startswith("model:"):
        return _as_model(where, kind[6:], value)
    raise AssertionError(f"unknown field kind {kind!r}")  # pragma: no cover


def module_name(model: str) -> str:
    """The module of ``smscx_client.model`` that defines ``model`` (``SendSmsMessageRequest`` ->
    ``send_sms_message_request``)."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", model)
    return re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def model_class(name: str) -> type[RequestModel]:
    """The request model class ``name`` (its module is imported on first use)."""
    cls = RequestModel.registry.get(name)
    if cls is None:
        importlib.import_module(f"smscx_client.model.{module_name(name)}")
        cls = RequestModel.registry[name]
    return cls


def _as_model(where: str, name: str, value: object) -> RequestModel:
    cls = model_class(name)
    if isinstance(value, cls):
        return value
    if isinstance(value, RequestModel):
        raise ApiTypeError(f"{where} must be a {name}, not {type(value).__name__}")
    if isinstance(value, Mapping):
        return cls(**{str(k): v for k, v in value.items()})
    raise ApiTypeError(f"{where} must be a {name} or a dict, not {_type_name(value)}")


def _wire(value: Any) -> Any:
    if isinstance(value, RequestModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_wire(v) for v in value]
    return value


class RequestModel:
    """Base of the request models; subclasses only set ``_name`` (their schema in ``_fields.FIELDS``)."""

    _name: ClassVar[str] = ""
    _fields: ClassVar[tuple[Field, ...]] = ()
    _by_name: ClassVar[dict[str, Field]] = {}
    registry: ClassVar[dict[str, type[RequestModel]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from ._fields import FIELDS

        cls._fields = FIELDS[cls._name]
        cls._by_name = {name: field for field in cls._fields for name in field.names}
        RequestModel.registry[cls._name] = cls

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        required = [f for f in self._fields if f.required]
        if len(args) > len(required):
            raise ApiTypeError(f"{self._name}() takes at most {len(required)} positional arguments ({len(args)} given)")
        values: dict[str, Any] = {}
        given: dict[str, Any] = {}
        for field, value in zip(required, args, strict=False):
            given[field.wire] = value
        for name, value in kwargs.items():
            known = self._by_name.get(name)
            if known is None:
                raise ApiTypeError(f"{self._name}() got an unexpected keyword argument {name!r}")
            if known.wire in given:
                raise ApiTypeError(f"{self._name}() got {known.py!r} twice")
            given[known.wire] = value
        for field in required:  # required keys first, in the schema's order
            if field.wire not in given:
                raise ApiValueError(f"{self._name}: {field.py} is required")
            values[field.wire] = _check_value(f"{self._name}.{field.py}", field, field.kind, given.pop(field.wire))
        for wire, value in given.items():  # then the optional ones, in the order they were passed
            field = self._by_name[wire]
            values[wire] = _check_value(f"{self._name}.{field.py}", field, field.kind, value)
        object.__setattr__(self, "_values", values)

    _values: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON body: wire keys, only those that were set."""
        return {key: _wire(value) for key, value in self._values.items()}

    def __getattr__(self, name: str) -> Any:
        field = type(self)._by_name.get(name)
        if field is None or field.wire not in self._values:
            raise AttributeError(name)
        return self._values[field.wire]

    def __setattr__(self, name: str, value: Any) -> None:
        field = type(self)._by_name.get(name)
        if field is None:
            raise ApiTypeError(f"{self._name} has no attribute {name!r}")
        self._values[field.wire] = _check_value(f"{self._name}.{field.py}", field, field.kind, value)

    def __getitem__(self, key: str) -> Any:
        field = type(self)._by_name.get(key)
        if field is None or field.wire not in self._values:
            raise KeyError(key)
        return self._values[field.wire]

    def __contains__(self, key: object) -> bool:
        field = type(self)._by_name.get(key) if isinstance(key, str) else None
        return field is not None and field.wire in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RequestModel):
            return NotImplemented
        return type(self) is type(other) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{self._by_name[k].py}={v!r}" for k, v in self._values.items())
        return f"{self._name}({fields})"
