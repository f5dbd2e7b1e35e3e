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
from typing import Any, TypeVar

from smscx_api.legacy import schemas
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

P = TypeVar("P")
MAX_ITEMS: int = schemas.CALL_BACK_REQUEST_DLR_UPDATE["properties"]["data"]["maxItems"]
"""Most items SMS.CX puts in one callback (the spec's ``maxItems``, the same for every callback)."""


def _events(envelope: Mapping[str, Any]) -> list[str]:
    """The ``event`` values a callback's schema documents (none for lookup results)."""
    return list(envelope["properties"]["event"].get("enum", []))


class _Event(WebhookEvent[P]):
    """An SMS.CX callback, of the kind its subclass names."""

    provider = "smscx"


class WebhookParseException(WebhookParseError, ApiExceptionBase):
    """A callback body that is not one SMS.CX documents (also an ``OpenApiException``, as in the seed)."""


class DlrUpdateEvent(_Event[CallBackRequestDlrUpdate]):
    """``dlr_update``: delivery reports (``dlrCallbackUrl`` of a send, or the application's)."""

    kind = _events(schemas.CALL_BACK_REQUEST_DLR_UPDATE)[0]


class InboundSmsEvent(_Event[CallBackRequestReceiveSms]):
    """``receive_sms``: SMS received (a rented number's ``callbackUrl``, or the application's)."""

    kind = _events(schemas.CALL_BACK_REQUEST_RECEIVE_SMS)[0]


class OtpUpdateEvent(_Event[CallBackRequestOtpUpdate]):
    """``otp_update``: an OTP changed status (``otpCallbackUrl``)."""

    kind = _events(schemas.CALL_BACK_REQUEST_OTP_UPDATE)[0]


class NumberLookupEvent(_Event[CallBackRequestNumberLookup]):
    """Number lookup results (``lookupCallbackUrl``); recognised by their items, whatever the ``event`` says."""

    kind = "number_lookup"  # this client's name: the spec pins no event value for lookup results


class OptoutEvent(_Event[CallBackRequestNewOptout]):
    """``new_optout``: a contact opted out (the application's opt-out callback)."""

    kind = _events(schemas.CALL_BACK_REQUEST_NEW_OPTOUT)[0]


class ShortlinkHitEvent(_Event[CallBackRequestShortlinkHit]):
    """``shortlink_hit`` / ``shortlink_hit_update``: a short link was opened."""

    kind = _events(schemas.CALL_BACK_REQUEST_SHORTLINK_HIT)[0]


class AttachmentHitEvent(_Event[CallBackRequestAttachmentHit]):
    """``attachment_hit`` / ``attachment_hit_update``: an attachment link was opened."""

    kind = _events(schemas.CALL_BACK_REQUEST_ATTACHMENT_HIT)[0]


SmscxEvent = (
    DlrUpdateEvent
    | InboundSmsEvent
    | OtpUpdateEvent
    | NumberLookupEvent
    | OptoutEvent
    | ShortlinkHitEvent
    | AttachmentHitEvent
)

# each callback's event class: its envelope's schema and generated model, and its items' identifying keys and types
_Keys = dict[str, type | tuple[type, ...]]
_HIT: _Keys = {"shortlinkId": str, "hitId": int}
_CALLBACKS: dict[type[SmscxEvent], tuple[Mapping[str, Any], Any, _Keys]] = {
    DlrUpdateEvent: (schemas.CALL_BACK_REQUEST_DLR_UPDATE, CallBackRequestDlrUpdate, {"msgId": str, "status": str}),
    InboundSmsEvent: (schemas.CALL_BACK_REQUEST_RECEIVE_SMS, CallBackRequestReceiveSms, {"msgId": str}),
    OtpUpdateEvent: (schemas.CALL_BACK_REQUEST_OTP_UPDATE, CallBackRequestOtpUpdate, {"otpId": str, "status": str}),
    NumberLookupEvent: (schemas.CALL_BACK_REQUEST_NUMBER_LOOKUP, CallBackRequestNumberLookup, {"lookupId": str}),
    OptoutEvent: (schemas.CALL_BACK_REQUEST_NEW_OPTOUT, CallBackRequestNewOptout, {"optoutId": str, "hitId": int}),
    ShortlinkHitEvent: (schemas.CALL_BACK_REQUEST_SHORTLINK_HIT, CallBackRequestShortlinkHit, _HIT),
    AttachmentHitEvent: (schemas.CALL_BACK_REQUEST_ATTACHMENT_HIT, CallBackRequestAttachmentHit, _HIT),
}
_KINDS = {event: kind for kind, (envelope, _, _) in _CALLBACKS.items() for event in _events(envelope) or [kind.kind]}
"""Every ``event`` value the spec documents (and this client's name for lookup results) -> its event class."""


def _is_lookup(items: list[Any]) -> bool:
    return all(isinstance(i, dict) and "lookupId" in i and "otpId" not in i for i in items)


def parse_event(body: bytes | str, headers: HeadersLike | None = None) -> SmscxEvent:
    """The callback in ``body`` as a typed event; :class:`WebhookParseException` for anything else (bad JSON, an
    unknown ``event``, missing or mistyped fields, more than :data:`MAX_ITEMS` items). ``headers`` are not used
    (SMS.CX does not sign); they are accepted so every provider's ``parse_event`` has the same shape."""
    data = load_json_object(body, WebhookParseException)
    tag, items = data.get("event"), data.get("data")
    if not isinstance(tag, str):
        raise WebhookParseException("the callback has no 'event' string")
    if not isinstance(items, list) or not items:
        raise WebhookParseException(f"{tag}: 'data' must be a non-empty list of items")
    if len(items) > MAX_ITEMS:
        raise WebhookParseException(f"{tag}: {len(items)} items; SMS.CX sends at most {MAX_ITEMS} per callback")
    if _is_lookup(items):  # the documentation does not pin the tag of lookup results
        tag = NumberLookupEvent.kind
    event_class = _KINDS.get(tag)
    if event_class is None:
        raise WebhookParseException(f"unknown callback event {tag!r}")
    _, model, keys = _CALLBACKS[event_class]
    ids = []
    for n, item in enumerate(items):
        where = f"{tag} item {n}"
        if not isinstance(item, dict):
            raise WebhookParseException(f"{where} is not an object")
        require(item, where, WebhookParseException, **keys)
        ids.append(":".join(str(item[k]) for k in keys))
    envelope = build(model.from_dict, data, tag, WebhookParseException)
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:32]
    return event_class(id=ids[0] if len(ids) == 1 else digest, data=envelope)


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
