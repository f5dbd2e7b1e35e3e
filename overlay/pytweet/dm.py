"""Direct messages: ``User.send`` (the ``Messageable`` mixin ``User`` takes) and the steps behind it and
``Client.fetch_message``. A sent message goes into the client's message cache (``Client.get_message``); the
recipient is looked up afterwards with the app's bearer token, as 1.3.6 did."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from switchboard_core import Call, Steps, lazy_module

from ._fields import USER_FIELDS
from ._http import AnyHTTPClient
from ._message_data import checked_attachments, message_data
from ._payload import wire
from .dm_attachments import CTA, CustomProfile, QuickReply
from .errors import InvalidRequest
from .message import DirectMessage, direct_message
from .upload import File

if TYPE_CHECKING:
    from twitter_api.legacy import direct_messages, users
else:  # the generated plumbing loads on the first call, not on import
    direct_messages = lazy_module("twitter_api.legacy.direct_messages")
    users = lazy_module("twitter_api.legacy.users")

UserFactory = Callable[[dict[str, Any], AnyHTTPClient], Any]
"""Builds a ``User`` from a lookup's answer (passed in: this module does not import the models)."""


class Messageable:
    """What a ``User`` can be sent: ``send`` (user context), an awaitable on an ``AsyncClient``."""

    http_client: AnyHTTPClient | None

    def _send_impl(
        self,
        text: str,
        *,
        file: File | None = None,
        custom_profile: CustomProfile | None = None,
        quick_reply: QuickReply | None = None,
        cta: CTA | None = None,
    ) -> DirectMessage:
        http = self.http_client
        if http is None:
            raise InvalidRequest("this object was not built by a client, so it cannot send requests")
        checked_attachments(file, custom_profile, quick_reply, cta)

        def user(body: dict[str, Any], client: AnyHTTPClient) -> Any:
            return type(self)(body, client)  # type: ignore[call-arg]  # a User's constructor

        recipient_id = str(self.id)  # type: ignore[attr-defined]  # the User's
        steps = send(http, user, recipient_id, text, file, custom_profile, quick_reply, cta)
        return http.drive(steps)


def _recipient(http: AnyHTTPClient, user: UserFactory, message: DirectMessage) -> Steps[Any]:
    recipient_id = message.recipient_id
    if recipient_id is None:
        return None
    body = wire((yield users.get_user_call(str(recipient_id), user_fields=USER_FIELDS)))
    return user(body, http) if body.get("data") else None


def send(
    http: AnyHTTPClient,
    user: UserFactory,
    recipient_id: str,
    text: object,
    file: File | None,
    custom_profile: CustomProfile | None,
    quick_reply: QuickReply | None,
    cta: CTA | None,
) -> Steps[DirectMessage]:
    def call(data: dict[str, Any]) -> Call[Any]:
        target = {"recipient_id": recipient_id}
        event = {"type": "message_create", "message_create": {"target": target, "message_data": data}}
        return direct_messages.create_dm_event_call({"event": event})

    data = yield from message_data(
        http, text, file=file, custom_profile=custom_profile, quick_reply=quick_reply, cta=cta, check=call
    )
    message = direct_message(wire((yield call(data))), http)
    message.recipient = yield from _recipient(http, user, message)
    http.message_cache[message.id] = message
    return message


def fetch(http: AnyHTTPClient, user: UserFactory, event_id: str) -> Steps[DirectMessage]:
    """``Client.fetch_message``: the event, then its recipient (not cached, as in 1.3.6)."""
    message = direct_message(wire((yield direct_messages.get_dm_event_call(event_id))), http)
    message.recipient = yield from _recipient(http, user, message)
    return message


__all__ = ["Messageable"]
