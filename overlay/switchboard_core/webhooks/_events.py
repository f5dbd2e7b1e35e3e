"""Webhook errors, the typed event base, and the checks every provider's ``parse_event`` shares."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from .._errors import SwitchboardError

P = TypeVar("P")
M = TypeVar("M")

HeadersLike = Mapping[str, str] | Iterable[tuple[str, str]]
"""Request headers as a mapping (any case) or as ``(name, value)`` pairs."""


class WebhookError(SwitchboardError):
    """Base of every error raised while receiving a webhook."""


class WebhookParseError(WebhookError, ValueError):
    """The body is not a payload the provider documents (bad JSON, wrong shape, unknown event). Nothing of it
    was handed to your code."""


class WebhookSignatureError(WebhookError):
    """The signature is missing, does not verify, or its timestamp is outside the tolerance."""


@dataclass(frozen=True, slots=True)
class WebhookEvent(Generic[P]):
    """One received event: its natural ``id`` (the provider's own identifier; the de-duplication key) and its
    ``data``, the payload parsed into the model generated from the provider's spec. Each provider subclasses
    it once per kind, so ``match event: case DeliveryReportEvent(): ...`` narrows the type."""

    kind: ClassVar[str] = ""
    """The tag of this kind of event (``delivery_report``, ``dlr_update``...)."""
    provider: ClassVar[str] = ""

    id: str
    data: P

    @property
    def key(self) -> str:
        """``<provider>:<kind>:<id>``: what :class:`~switchboard_core.webhooks.Deduplicator` stores."""
        return f"{self.provider}:{self.kind}:{self.id}"


def header(headers: HeadersLike | None, name: str) -> str | None:
    """The value of the header ``name`` (case-insensitive), or None."""
    if headers is None:
        return None
    wanted = name.lower()
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in pairs:
        if key.lower() == wanted:
            return value
    return None


def load_json_object(body: bytes | str, error: type[WebhookParseError]) -> dict[str, Any]:
    """``body`` decoded as one JSON object (UTF-8), else ``error``."""
    try:
        text = body.decode("utf-8") if isinstance(body, bytes | bytearray) else body
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise error(f"the webhook body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise error(f"the webhook body is a JSON {type(data).__name__}, not an object")
    return data


def require(
    data: Mapping[str, Any], where: str, error: type[WebhookParseError], **kinds: type | tuple[type, ...]
) -> None:
    """Each named key of ``data`` is present and of its type (``msgId=str``); booleans never pass as numbers."""
    for key, kind in kinds.items():
        value = data.get(key)
        kinds_ = kind if isinstance(kind, tuple) else (kind,)
        if value is None:
            raise error(f"{where}: {key!r} is missing or null")
        if (isinstance(value, bool) and bool not in kinds_) or not isinstance(value, kinds_) or value == "":
            raise error(f"{where}: {key!r} is {type(value).__name__} {value!r}, not what the provider sends")


def build(
    from_dict: Callable[[Mapping[str, Any]], M], data: Mapping[str, Any], where: str, error: type[WebhookParseError]
) -> M:
    """The generated model's ``from_dict(data)``, then every field checked against its declared type (the generated
    parser does not check scalars); any failure (a missing key, a bad date, a string where a number belongs...)
    becomes ``error``."""
    try:
        model = from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise error(f"{where}: {detail}") from exc
    problem = _model_problem(model, where)
    if problem is not None:
        raise error(problem)
    return model


_HINTS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """``(name, type)`` of each attrs field of a generated model (``additional_properties`` left out); cached."""
    found = _HINTS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        fields = getattr(cls, "__attrs_attrs__", ())
        found = tuple((f.name, hints.get(f.name, Any)) for f in fields if f.name != "additional_properties")
        _HINTS[cls] = found
    return found


def _model_problem(model: object, where: str) -> str | None:
    for name, hint in _field_hints(type(model)):
        value = getattr(model, name)
        problem = _value_problem(value, hint, f"{where}.{name}")
        if problem is not None:
            return problem
    return None


def _value_problem(value: Any, hint: Any, where: str) -> str | None:
    """Why ``value`` does not fit ``hint`` (the generated models' annotations), or None."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return None
    if origin in (typing.Union, types.UnionType):
        problems = [_value_problem(value, arg, where) for arg in typing.get_args(hint)]
        if any(p is None for p in problems):
            return None
        found = [p for p in problems if p is not None]
        return next((p for p in found if "[" in p), found[0])  # a nested problem says more
    if hint is type(None):
        return None if value is None else f"{where} is {type(value).__name__}, expected null"
    if origin is list:
        if not isinstance(value, list):
            return f"{where} is {type(value).__name__}, expected a list"
        (item_hint,) = typing.get_args(hint) or (Any,)
        for n, item in enumerate(value):
            if (problem := _value_problem(item, item_hint, f"{where}[{n}]")) is not None:
                return problem
        return None
    if origin is not None:
        return None if isinstance(value, origin) else f"{where} is {type(value).__name__}"
    if not isinstance(hint, type):
        return None
    if isinstance(value, bool) and hint is not bool:
        return f"{where} is a boolean, expected {hint.__name__}"
    expected: tuple[type, ...] = (int, float) if hint is float else (hint,)
    if not isinstance(value, expected):
        return f"{where} is {type(value).__name__} {value!r}, expected {hint.__name__}"
    if hasattr(hint, "__attrs_attrs__"):
        return _model_problem(value, where)
    return None
