"""The legacy body shapes 1.1.0 callers pass, turned into the wire form the spec's schema is checked on.

Sends take ``{"messages": [...]}``, a ``SendMessagesRequest`` or a bare list; confirms take ``{key: [...]}``,
the request model or a bare list of ids; a cancel body may be left out. What each field must hold is the
spec's business (``switchboard_core.check`` against ``messagemedia_api.legacy.schemas``), not this module's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from messagemedia_api.legacy import schemas
from switchboard_core import InvalidRequestError


def messages(body: object) -> list[object]:
    """The messages of a send body, unchecked (each is checked as part of its request)."""
    items = getattr(body, "messages", body)  # a SendMessagesRequest
    if isinstance(body, Mapping):
        if "messages" not in body:
            raise InvalidRequestError("body: 'messages' is required")
        items = body["messages"]
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise InvalidRequestError(f"body.messages: must be a list of messages, not {type(items).__name__}")
    if not items:
        raise InvalidRequestError("body.messages: must hold at least one message")
    return list(items)


def ids(key: str, body: object) -> object:
    """A confirm body: a bare list of ids becomes ``{key: ids}``; a mapping or the model is checked as it is."""
    if isinstance(body, Sequence) and not isinstance(body, str | bytes):
        return {key: body}
    return body


def cancel(body: object) -> object:
    """A cancel body: left out, or a mapping without ``status``, means ``{"status": "cancelled"}`` (the one value
    the spec allows)."""
    status = {"status": schemas.CANCEL_SCHEDULED_MESSAGE_REQUEST["properties"]["status"]["enum"][0]}
    if body is None:
        return status
    if isinstance(body, Mapping):
        return {**status, **body}
    return body
