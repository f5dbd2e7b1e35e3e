"""Checking and normalising caller input before anything is sent.

Bodies may be plain dicts (as the seed examples pass them), the generated models, or (for convenience)
bare lists. Dicts go on the wire as the caller wrote them (key for key, date strings untouched), minus
keys whose value is ``None``; models go through their ``to_dict()``. Every problem raises
:class:`InvalidRequestError` naming the offending field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from switchboard_core import InvalidRequestError

if TYPE_CHECKING:  # the generated models are imported only when a caller passes one (or a cancel body is built)
    from messagemedia_api.models import (
        CancelScheduledMessageRequest,
        ConfirmDeliveryReportsAsReceivedRequest,
        ConfirmRepliesAsReceivedRequest,
    )

FORMATS = frozenset({"SMS", "TTS", "MMS"})
SOURCE_NUMBER_TYPES = frozenset({"INTERNATIONAL", "ALPHANUMERIC", "SHORTCODE"})
MAX_IDS = 100


def _fail(where: str, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{where}: {problem}")


def _string(where: str, value: object, *, min_length: int = 0, max_length: int | None = None) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"must be a string, not {type(value).__name__}")
    if len(value) < min_length:
        raise _fail(where, "must not be empty")
    if max_length is not None and len(value) > max_length:
        raise _fail(where, f"must be at most {max_length} characters, not {len(value)}")
    return value


def _timestamp(where: str, value: object) -> str:
    """An ISO 8601 string is kept as written; an aware datetime becomes UTC ``...T..:..:..[.mmm]Z``."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise _fail(where, "datetime must be timezone-aware (the API expects UTC)")
        utc = value.astimezone(UTC)
        millis = f".{utc.microsecond // 1000:03d}" if utc.microsecond else ""
        return utc.strftime("%Y-%m-%dT%H:%M:%S") + millis + "Z"
    text = _string(where, value, min_length=1)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise _fail(where, f"{text!r} is not an ISO 8601 date-time") from None
    return text


def _metadata(where: str, value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail(where, f"must be a mapping of strings, not {type(value).__name__}")
    if len(value) > 10:
        raise _fail(where, f"at most 10 pairs are allowed, not {len(value)}")
    for key, item in value.items():
        _string(f"{where} key {key!r}", key, min_length=1, max_length=100)
        _string(f"{where}[{key!r}]", item, max_length=256)
    return dict(value)


def _enum(where: str, value: object, allowed: frozenset[str]) -> str:
    if value not in allowed:
        raise _fail(where, f"must be one of {', '.join(sorted(allowed))}, not {value!r}")
    return str(value)


def message(where: str, value: object) -> dict[str, Any]:
    """One outgoing message as its wire dict."""
    if not isinstance(value, Mapping):
        from messagemedia_api.models import NewMessage

        if isinstance(value, NewMessage):
            return value.to_dict()
        raise _fail(where, f"a message must be a dict or NewMessage, not {type(value).__name__}")
    out: dict[str, Any] = {k: v for k, v in value.items() if v is not None}
    for required in ("content", "destination_number"):
        if required not in out:
            raise _fail(f"{where}.{required}", "is required")
    _string(f"{where}.content", out["content"], min_length=1, max_length=5000)
    _string(f"{where}.destination_number", out["destination_number"], min_length=1)
    for name in ("callback_url", "source_number"):
        if name in out:
            _string(f"{where}.{name}", out[name])
    if "subject" in out:
        _string(f"{where}.subject", out["subject"], max_length=64)
    if "delivery_report" in out and not isinstance(out["delivery_report"], bool):
        raise _fail(f"{where}.delivery_report", "must be true or false")
    if "format" in out:
        out["format"] = _enum(f"{where}.format", out["format"], FORMATS)
    if "source_number_type" in out:
        out["source_number_type"] = _enum(f"{where}.source_number_type", out["source_number_type"], SOURCE_NUMBER_TYPES)
    for name in ("scheduled", "message_expiry_timestamp"):
        if name in out:
            out[name] = _timestamp(f"{where}.{name}", out[name])
    if "metadata" in out:
        out["metadata"] = _metadata(f"{where}.metadata", out["metadata"])
    if "media" in out:
        media = out["media"]
        if isinstance(media, str) or not isinstance(media, Sequence):
            raise _fail(f"{where}.media", "must be a list of URLs")
        out["media"] = [_string(f"{where}.media[{i}]", url, min_length=1) for i, url in enumerate(media)]
    return out


def messages(body: object) -> list[dict[str, Any]]:
    """The messages of a send body: ``{"messages": [...]}``, a SendMessagesRequest, or a bare list."""
    items: object = body
    if isinstance(body, Mapping):
        if "messages" not in body:
            raise _fail("body", "'messages' is required")
        items = body["messages"]
    elif not isinstance(body, Sequence):
        from messagemedia_api.models import SendMessagesRequest

        if isinstance(body, SendMessagesRequest):
            items = body.messages
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise _fail("body.messages", f"must be a list of messages, not {type(items).__name__}")
    if not items:
        raise _fail("body.messages", "must hold at least one message")
    return [message(f"body.messages[{i}]", item) for i, item in enumerate(items)]


def identifier(where: str, value: object) -> str:
    """A message / report / reply id."""
    return _string(where, value, min_length=1)


def ids(
    body: object, key: str, model: type[ConfirmDeliveryReportsAsReceivedRequest | ConfirmRepliesAsReceivedRequest]
) -> list[str]:
    """The ids of a confirm body: ``{key: [...]}``, the request model, or a bare list of ids."""
    if isinstance(body, model):
        items: object = body.to_dict()[key]
    elif isinstance(body, Mapping):
        if key not in body:
            raise _fail("body", f"{key!r} is required")
        items = body[key]
    else:
        items = body
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise _fail(f"body.{key}", f"must be a list of ids, not {type(items).__name__}")
    if not 1 <= len(items) <= MAX_IDS:
        raise _fail(f"body.{key}", f"must hold 1 to {MAX_IDS} ids, not {len(items)}")
    return [identifier(f"body.{key}[{i}]", item) for i, item in enumerate(items)]


def cancel_body(body: object) -> CancelScheduledMessageRequest:
    """The cancel body; ``None`` or an empty model means ``{"status": "cancelled"}``."""
    from messagemedia_api.models import CancelScheduledMessageRequest

    if body is None:
        return CancelScheduledMessageRequest()
    if isinstance(body, CancelScheduledMessageRequest):
        return body
    if isinstance(body, Mapping):
        status = body.get("status", "cancelled")
        if status != "cancelled":
            raise _fail("body.status", f"the only allowed value is 'cancelled', not {status!r}")
        return CancelScheduledMessageRequest()
    raise _fail("body", f"must be a dict or CancelScheduledMessageRequest, not {type(body).__name__}")


def account(value: object) -> str | None:
    """The optional ``account_header`` (sent as the ``Account`` header)."""
    if value is None:
        return None
    return _string("account_header", value, min_length=1)
