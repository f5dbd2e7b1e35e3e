"""Delivery reports and replies MessageMedia POSTs to a message's ``callback_url``: parse, verify, receive.

    from message_media_messages.webhooks import DeliveryReportEvent, ReplyEvent, parse_event, receiver

    event = parse_event(body, headers)         # DeliveryReportEvent | ReplyEvent, or WebhookParseException
    match event:
        case DeliveryReportEvent(): print(event.data.status)     # data: the generated DeliveryReportCallback
        case ReplyEvent(): print(event.data.content)              # data: the generated ReplyCallback

MessageMedia signs callbacks when the account has an enabled signature key (Signature Key Management API):
``X-Messagemedia-Signature`` is the base64 RSA (PKCS#1 v1.5) signature, with the key's digest (SHA224 in the
API's own example; SHA256 and SHA512 also exist), of ``<request line><Date header><body>`` concatenated.
:func:`verify` checks it against the key's public key and refuses a ``Date`` outside ``tolerance`` seconds.
It needs ``cryptography`` (``pip install "switchboard-messagemedia[webhooks]"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from messagemedia_api.models.delivery_report_callback import DeliveryReportCallback
from messagemedia_api.models.reply_callback import ReplyCallback
from switchboard_core.webhooks import (
    Deduplicator,
    HeadersLike,
    WebhookEvent,
    WebhookParseError,
    WebhookReceiver,
    WebhookRequest,
    WebhookSignatureError,
    build,
    header,
    load_json_object,
    require,
    rsa,
)
from switchboard_core.webhooks.rsa import Digest

SIGNATURE_HEADER = "X-Messagemedia-Signature"
DEFAULT_TOLERANCE = 300.0
"""Seconds the ``Date`` header may differ from now (either way)."""


class WebhookParseException(WebhookParseError):
    """A callback body that is not a MessageMedia delivery report or reply."""


class WebhookSignatureException(WebhookSignatureError):
    """A callback whose ``X-Messagemedia-Signature`` is missing or wrong, or whose ``Date`` is stale."""


class DeliveryReportEvent(WebhookEvent[DeliveryReportCallback]):
    """A delivery report; ``id`` is its ``delivery_report_id``."""

    kind = "delivery_report"
    provider = "messagemedia"


class ReplyEvent(WebhookEvent[ReplyCallback]):
    """A reply; ``id`` is its ``reply_id``."""

    kind = "reply"
    provider = "messagemedia"


MessageMediaEvent = DeliveryReportEvent | ReplyEvent


def parse_event(body: bytes | str, headers: HeadersLike | None = None) -> MessageMediaEvent:
    """The event in ``body``; :class:`WebhookParseException` if it is neither a delivery report nor a reply.
    ``headers`` are not needed to parse (verify first with :func:`verify` if your account signs callbacks)."""
    data = load_json_object(body, WebhookParseException)
    if "delivery_report_id" in data and "reply_id" in data:
        raise WebhookParseException("the body carries both a delivery_report_id and a reply_id")
    if "delivery_report_id" in data:
        require(data, "delivery report", WebhookParseException, delivery_report_id=str, message_id=str, status=str,
                date_received=str)  # fmt: skip
        report = build(DeliveryReportCallback.from_dict, data, "delivery report", WebhookParseException)
        return DeliveryReportEvent(id=report.delivery_report_id, data=report)
    if "reply_id" in data:
        require(data, "reply", WebhookParseException, reply_id=str, message_id=str, content=str, date_received=str,
                source_number=str)  # fmt: skip
        reply = build(ReplyCallback.from_dict, data, "reply", WebhookParseException)
        return ReplyEvent(id=reply.reply_id, data=reply)
    raise WebhookParseException("the body is neither a delivery report nor a reply (no delivery_report_id/reply_id)")


def _public_key(key: str | bytes) -> Any:
    return rsa.public_key(key, "switchboard-messagemedia[webhooks]")


def verify(
    body: bytes,
    headers: HeadersLike,
    *,
    public_key: str | bytes,
    request_line: str,
    digest: Digest = "SHA224",
    tolerance: float = DEFAULT_TOLERANCE,
    now: datetime | None = None,
) -> None:
    """Check ``X-Messagemedia-Signature`` over ``request_line + Date + body``; :class:`WebhookSignatureException`
    if it is missing, malformed, wrong, or ``Date`` is more than ``tolerance`` seconds from ``now``.

    ``request_line`` is the line MessageMedia sent (``POST /hooks/mm HTTP/1.1``: the path as requested,
    query included); ``public_key`` the key's public half (PEM, or the base64 DER the API returns).
    """
    key = _public_key(public_key)  # first: a clear ImportError when cryptography is missing
    signature_b64 = header(headers, SIGNATURE_HEADER)
    if not signature_b64:
        raise WebhookSignatureException(f"no {SIGNATURE_HEADER} header")
    date = header(headers, "Date")
    rsa.check_date(date, tolerance, now, WebhookSignatureException)
    message = request_line.encode("latin-1") + (date or "").encode("latin-1") + body
    rsa.verify_pkcs1(key, signature_b64, message, digest, WebhookSignatureException)


def unwrap(
    body: bytes,
    headers: HeadersLike,
    *,
    public_key: str | bytes | None = None,
    request_line: str | None = None,
    digest: Digest = "SHA224",
    tolerance: float = DEFAULT_TOLERANCE,
) -> MessageMediaEvent:
    """:func:`verify` (when ``public_key`` is given; then ``request_line`` is required) and :func:`parse_event`."""
    if public_key is not None:
        if request_line is None:
            raise ValueError("request_line is required to verify a signature")
        verify(body, headers, public_key=public_key, request_line=request_line, digest=digest, tolerance=tolerance)
    return parse_event(body, headers)


def receiver(
    handler: Callable[[MessageMediaEvent], object],
    *,
    public_key: str | bytes | None = None,
    digest: Digest = "SHA224",
    tolerance: float = DEFAULT_TOLERANCE,
    dedupe: Deduplicator | None = None,
    path_secret: str | None = None,
    allowed_ips: Iterable[str] | None = None,
) -> WebhookReceiver[MessageMediaEvent]:
    """A :class:`~switchboard_core.webhooks.WebhookReceiver` for MessageMedia callbacks (``.wsgi()``,
    ``.asgi()``, ``.handle()``): signatures checked when ``public_key`` is given, each event handled once."""
    check: Callable[[WebhookRequest], None] | None = None
    if public_key is not None:
        _public_key(public_key)  # fail now, not on the first callback
        key = public_key

        def check(request: WebhookRequest) -> None:
            verify(request.body, request.headers, public_key=key, request_line=request.request_line, digest=digest,
                   tolerance=tolerance)  # fmt: skip

    return WebhookReceiver(
        parse_event, handler, verify=check, dedupe=dedupe, path_secret=path_secret, allowed_ips=allowed_ips
    )


__all__ = [
    "SIGNATURE_HEADER",
    "DeliveryReportEvent",
    "MessageMediaEvent",
    "ReplyEvent",
    "WebhookParseException",
    "WebhookSignatureException",
    "parse_event",
    "receiver",
    "unwrap",
    "verify",
]
