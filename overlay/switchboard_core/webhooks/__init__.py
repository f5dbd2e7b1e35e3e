"""Receiving provider webhooks: typed events, de-duplication, and WSGI/ASGI endpoints (shared by every provider).

Each provider adds a small ``webhooks`` module of its own (``message_media_messages.webhooks``,
``smscx_client.webhooks``) with ``parse_event(body, headers)``, its event classes, and ``verify`` where the
provider signs its callbacks.
"""

from .._dedupe_store import DedupeStore, MemoryDedupeStore
from ._dedupe import Deduplicator
from ._events import (
    HeadersLike,
    WebhookError,
    WebhookEvent,
    WebhookParseError,
    WebhookSignatureError,
    build,
    header,
    load_json_object,
    require,
)
from ._receiver import (
    MAX_BODY,
    WebhookReceiver,
    WebhookRequest,
    WebhookResponse,
    request_from_asgi,
    request_from_wsgi,
)
from ._router import EventRouter

__all__ = [
    "MAX_BODY",
    "DedupeStore",
    "Deduplicator",
    "EventRouter",
    "HeadersLike",
    "MemoryDedupeStore",
    "WebhookError",
    "WebhookEvent",
    "WebhookParseError",
    "WebhookReceiver",
    "WebhookRequest",
    "WebhookResponse",
    "WebhookSignatureError",
    "build",
    "header",
    "load_json_object",
    "request_from_asgi",
    "request_from_wsgi",
    "require",
]
