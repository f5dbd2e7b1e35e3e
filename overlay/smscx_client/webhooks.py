"""Callbacks SMS.CX POSTs to your URLs (``dlrCallbackUrl``, ``otpCallbackUrl``, ``lookupCallbackUrl``, a rented
number's ``callbackUrl``, and the application's opt-out, short link and attachment callbacks): parse, receive.

    from smscx_client.webhooks import DlrUpdateEvent, parse_event, receiver

    event = parse_event(body, headers)      # one of the *Event classes, or WebhookParseException
    if isinstance(event, DlrUpdateEvent):
        for report in event.data.data:      # event.data: the generated CallBackRequestDlrUpdate (up to 200 items)
            print(report.msg_id, report.status)

Every callback is ``{"event": "<tag>", "data": [ ... ]}``. The event ``id`` is derived from the items' own
identifiers (SMS.CX sends no delivery id), so a redelivered batch has the same id.

SMS.CX does not sign its callbacks: there is no ``verify``. Put a secret in the callback URL's last path segment
and let :func:`receiver` check it (``path_secret=``, constant-time), accept only SMS.CX's addresses
(``allowed_ips=``), and serve it over HTTPS.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from smscx_api.models.call_back_request_attachment_hit import CallBackRequestAttachmentHit
from smscx_api.models.call_back_request_dlr_update import CallBackRequestDlrUpdate
from smscx_api.models.call_back_request_new_optout import CallBackRequestNewOptout
from smscx_api.models.call_back_request_number_lookup import CallBackRequestNumberLookup
from smscx_api.models.call_back_request_otp_update import CallBackRequestOtpUpdate
from smscx_api.models.call_back_request_receive_sms import CallBackRequestReceiveSms
from smscx_api.models.call_back_request_shortlink_hit import CallBackRequestShortlinkHit
from switchboard_core.webhooks import (
    Deduplicator,
    HeadersLike,
    WebhookEvent,
    WebhookParseError,
    WebhookReceiver,
    build,
    load_json_object,
    require,
)

from .exceptions import ApiExceptionBase

MAX_ITEMS = 200
"""Most items SMS.CX puts in one callback."""


class WebhookParseException(WebhookParseError, ApiExceptionBase):
    """A callback body that is not one SMS.CX documents (also an ``OpenApiException``, as in the seed)."""


class DlrUpdateEvent(WebhookEvent[CallBackRequestDlrUpdate]):
    """``dlr_update``: delivery reports (``dlrCallbackUrl`` of a send, or the application's)."""

    kind = "dlr_update"
    provider = "smscx"


class InboundSmsEvent(WebhookEvent[CallBackRequestReceiveSms]):
    """``receive_sms``: SMS received (a rented number's ``callbackUrl``, or the application's)."""

    kind = "receive_sms"
    provider = "smscx"


class OtpUpdateEvent(WebhookEvent[CallBackRequestOtpUpdate]):
    """``otp_update``: an OTP changed status (``otpCallbackUrl``)."""

    kind = "otp_update"
    provider = "smscx"


class NumberLookupEvent(WebhookEvent[CallBackRequestNumberLookup]):
    """Number lookup results (``lookupCallbackUrl``); recognised by their items, whatever the ``event`` says."""

    kind = "number_lookup"
    provider = "smscx"


class OptoutEvent(WebhookEvent[CallBackRequestNewOptout]):
    """``new_optout``: a contact opted out (the application's opt-out callback)."""

    kind = "new_optout"
    provider = "smscx"


class ShortlinkHitEvent(WebhookEvent[CallBackRequestShortlinkHit]):
    """``shortlink_hit`` / ``shortlink_hit_update``: a short link was opened."""

    kind = "shortlink_hit"
    provider = "smscx"


class AttachmentHitEvent(WebhookEvent[CallBackRequestAttachmentHit]):
    """``attachment_hit`` / ``attachment_hit_update``: an attachment link was opened."""

    kind = "attachment_hit"
    provider = "smscx"


SmscxEvent = (
    DlrUpdateEvent
    | InboundSmsEvent
    | OtpUpdateEvent
    | NumberLookupEvent
    | OptoutEvent
    | ShortlinkHitEvent
    | AttachmentHitEvent
)

# tag -> (event class, generated envelope's from_dict, each item's required identifying keys and their types)
_Spec = tuple[type[WebhookEvent[Any]], Callable[[Mapping[str, Any]], Any], dict[str, type | tuple[type, ...]]]
_HIT: dict[str, type | tuple[type, ...]] = {"shortlinkId": str, "hitId": int}
_OPTOUT: dict[str, type | tuple[type, ...]] = {"optoutId": str, "hitId": int}
_KINDS: dict[str, _Spec] = {
    "dlr_update": (DlrUpdateEvent, CallBackRequestDlrUpdate.from_dict, {"msgId": str, "status": str}),
    "receive_sms": (InboundSmsEvent, CallBackRequestReceiveSms.from_dict, {"msgId": str}),
    "otp_update": (OtpUpdateEvent, CallBackRequestOtpUpdate.from_dict, {"otpId": str, "status": str}),
    "number_lookup": (NumberLookupEvent, CallBackRequestNumberLookup.from_dict, {"lookupId": str}),
    "new_optout": (OptoutEvent, CallBackRequestNewOptout.from_dict, _OPTOUT),
    "shortlink_hit": (ShortlinkHitEvent, CallBackRequestShortlinkHit.from_dict, _HIT),
    "shortlink_hit_update": (ShortlinkHitEvent, CallBackRequestShortlinkHit.from_dict, _HIT),
    "attachment_hit": (AttachmentHitEvent, CallBackRequestAttachmentHit.from_dict, _HIT),
    "attachment_hit_update": (AttachmentHitEvent, CallBackRequestAttachmentHit.from_dict, _HIT),
}


def _is_lookup(items: list[Any]) -> bool:
    return all(isinstance(i, dict) and "lookupId" in i and "otpId" not in i for i in items)


def parse_event(body: bytes | str, headers: HeadersLike | None = None) -> SmscxEvent:
    """The callback in ``body`` as a typed event; :class:`WebhookParseException` for anything else (bad JSON, an
    unknown ``event``, missing or mistyped fields, more than 200 items). ``headers`` are not used (SMS.CX does
    not sign); they are accepted so every provider's ``parse_event`` has the same shape."""
    data = load_json_object(body, WebhookParseException)
    tag, items = data.get("event"), data.get("data")
    if not isinstance(tag, str):
        raise WebhookParseException("the callback has no 'event' string")
    if not isinstance(items, list) or not items:
        raise WebhookParseException(f"{tag}: 'data' must be a non-empty list of items")
    if len(items) > MAX_ITEMS:
        raise WebhookParseException(f"{tag}: {len(items)} items; SMS.CX sends at most {MAX_ITEMS} per callback")
    if _is_lookup(items):  # the documentation does not pin the tag of lookup results
        tag = "number_lookup"
    spec = _KINDS.get(tag)
    if spec is None:
        raise WebhookParseException(f"unknown callback event {tag!r}")
    event_class, from_dict, keys = spec
    ids = []
    for n, item in enumerate(items):
        where = f"{tag} item {n}"
        if not isinstance(item, dict):
            raise WebhookParseException(f"{where} is not an object")
        require(item, where, WebhookParseException, **keys)
        ids.append(":".join(str(item[k]) for k in keys))
    envelope = build(from_dict, data, tag, WebhookParseException)
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:32]
    event: SmscxEvent = event_class(id=ids[0] if len(ids) == 1 else digest, data=envelope)  # type: ignore[assignment]
    return event


def receiver(
    handler: Callable[[SmscxEvent], object],
    *,
    dedupe: Deduplicator | None = None,
    path_secret: str | None = None,
    allowed_ips: Iterable[str] | None = None,
) -> WebhookReceiver[SmscxEvent]:
    """A :class:`~switchboard_core.webhooks.WebhookReceiver` for SMS.CX callbacks (``.wsgi()``, ``.asgi()``,
    ``.handle()``), each event handled once. Give ``path_secret`` (and ``allowed_ips``): SMS.CX does not sign."""
    return WebhookReceiver(parse_event, handler, dedupe=dedupe, path_secret=path_secret, allowed_ips=allowed_ips)


__all__ = [
    "MAX_ITEMS",
    "AttachmentHitEvent",
    "DlrUpdateEvent",
    "InboundSmsEvent",
    "NumberLookupEvent",
    "OptoutEvent",
    "OtpUpdateEvent",
    "ShortlinkHitEvent",
    "SmscxEvent",
    "WebhookParseException",
    "parse_event",
    "receiver",
]
