"""``WelcomeMessage`` and ``WelcomeMessageRule``: the message shown when someone opens a conversation with the
account, and the rule that makes it the default.

Fixed from 1.3.6: ``WelcomeMessage.update`` sends ``{"message_data": {...}}`` as Twitter documents (1.3.6 sent
the bare message data) and returns the updated message (1.3.6 raised ``TypeError`` after the request).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from switchboard_core import Call, Steps, lazy_module
from twitter_api.legacy.surface import (
    AsyncWelcomeMessageMethods,
    AsyncWelcomeMessageRuleMethods,
    WelcomeMessageMethods,
    WelcomeMessageRuleMethods,
)

from ._http import AnyHTTPClient
from ._message_data import message_data
from ._payload import wire
from .dm_attachments import CTA, QuickReply, timestamp_time
from .enums import MessageTypeEnum
from .errors import InvalidRequest
from .message import Message
from .upload import File

if TYPE_CHECKING:
    from twitter_api.legacy import welcome_messages
else:  # the generated plumbing loads on the first call, not on import
    welcome_messages = lazy_module("twitter_api.legacy.welcome_messages")


def _sender(http_client: AnyHTTPClient | None) -> AnyHTTPClient:
    if http_client is None:
        raise InvalidRequest("this object was not built by a client, so it cannot send requests")
    return http_client


class WelcomeMessage(WelcomeMessageMethods, Message):
    """A welcome message (``Client.create_welcome_message`` / ``fetch_welcome_message``)."""

    def __init__(
        self,
        name: str | None = None,
        *,
        text: str | None,
        id: str | int,
        timestamp: str | int | None,
        http_client: AnyHTTPClient | None,
    ) -> None:
        super().__init__(text, id, MessageTypeEnum.MESSAGE_WELCOME_MESSAGE)
        self.name = name
        self.timestamp = timestamp
        self.http_client = http_client

    @classmethod
    def from_payload(cls, data: dict[str, Any], http_client: AnyHTTPClient | None) -> WelcomeMessage:
        message = data.get("welcome_message") or {}
        if http_client is not None and http_client.is_async:
            cls = AsyncWelcomeMessage
        return cls(
            data.get("name", message.get("name")),
            text=(message.get("message_data") or {}).get("text"),
            id=message["id"],
            timestamp=message.get("created_timestamp"),
            http_client=http_client,
        )

    @property
    def created_at(self) -> datetime | None:
        return timestamp_time(self.timestamp)

    def _set_rule_impl(self) -> WelcomeMessageRule:
        http = _sender(self.http_client)
        return http.drive(_set_rule(http, self))

    def _update_impl(
        self,
        text: str | None = None,
        *,
        file: File | None = None,
        quick_reply: QuickReply | None = None,
        cta: CTA | None = None,
    ) -> WelcomeMessage:
        http = _sender(self.http_client)
        return http.drive(_update(http, self, text, file, quick_reply, cta))

    def _delete_impl(self) -> None:
        http = _sender(self.http_client)
        return http.drive(_delete(welcome_messages.delete_welcome_message_call, self.id))

    def __repr__(self) -> str:
        return f"WelcomeMessage(name={self.name!r} text={self.text!r} id={self.id})"


class WelcomeMessageRule(WelcomeMessageRuleMethods, Message):
    """The rule that makes a welcome message the default (``WelcomeMessage.set_rule``)."""

    def __init__(
        self,
        id: str | int,
        welcome_message_id: str | int,
        timestamp: str | int | None,
        *,
        http_client: AnyHTTPClient | None,
    ) -> None:
        super().__init__(None, id, MessageTypeEnum.MESSAGE_WELCOME_MESSAGE_RULE)
        self.welcome_message_id = int(welcome_message_id)
        self.timestamp = timestamp
        self.http_client = http_client

    @classmethod
    def from_payload(cls, data: dict[str, Any], http_client: AnyHTTPClient | None) -> WelcomeMessageRule:
        rule = data.get("welcome_message_rule") or {}
        if http_client is not None and http_client.is_async:
            cls = AsyncWelcomeMessageRule
        return cls(rule["id"], rule["welcome_message_id"], rule.get("created_timestamp"), http_client=http_client)

    @property
    def created_at(self) -> datetime | None:
        return timestamp_time(self.timestamp)

    def _delete_impl(self) -> None:
        http = _sender(self.http_client)
        return http.drive(_delete(welcome_messages.delete_welcome_message_rule_call, self.id))

    def __repr__(self) -> str:
        return f"WelcomeMessageRule(id={self.id} welcome_message_id={self.welcome_message_id})"


class AsyncWelcomeMessage(AsyncWelcomeMessageMethods, WelcomeMessage):  # type: ignore[misc]  # the awaited forms
    """A :class:`WelcomeMessage` reached through an ``AsyncClient``: ``await message.set_rule()``, ``update``,
    ``delete``."""


class AsyncWelcomeMessageRule(AsyncWelcomeMessageRuleMethods, WelcomeMessageRule):  # type: ignore[misc]
    """A :class:`WelcomeMessageRule` reached through an ``AsyncClient``: ``await rule.delete()``."""


# -- steps -----------------------------------------------------------------------------------------------------


def _set_rule(http: AnyHTTPClient, message: WelcomeMessage) -> Steps[WelcomeMessageRule]:
    body = {"welcome_message_rule": {"welcome_message_id": str(message.id)}}
    return WelcomeMessageRule.from_payload(wire((yield welcome_messages.create_welcome_message_rule_call(body))), http)


def _update(
    http: AnyHTTPClient,
    message: WelcomeMessage,
    text: object,
    file: File | None,
    quick_reply: QuickReply | None,
    cta: CTA | None,
) -> Steps[WelcomeMessage]:
    def call(data: dict[str, Any]) -> Call[Any]:
        return welcome_messages.update_welcome_message_call({"message_data": data}, str(message.id))

    data = yield from message_data(http, text, file=file, quick_reply=quick_reply, cta=cta, check=call)
    answer = wire((yield call(data)))
    updated = WelcomeMessage.from_payload(answer, http)
    if updated.name is None:
        updated.name = message.name
    return updated


def _delete(build: Any, object_id: int) -> Steps[None]:
    yield build(str(object_id))


def create(
    http: AnyHTTPClient,
    name: object,
    text: object,
    file: File | None,
    quick_reply: QuickReply | None,
    cta: CTA | None,
) -> Steps[WelcomeMessage]:
    """``Client.create_welcome_message``'s steps (``None`` name and text are sent as ``"None"``, as 1.3.6 did)."""

    def call(data: dict[str, Any]) -> Call[Any]:
        return welcome_messages.create_welcome_message_call(
            {"welcome_message": {"message_data": data, "name": str(name)}}
        )

    data = yield from message_data(http, text, file=file, quick_reply=quick_reply, cta=cta, check=call)
    return WelcomeMessage.from_payload(wire((yield call(data))), http)


def fetch(http: AnyHTTPClient, welcome_message_id: str) -> Steps[WelcomeMessage]:
    answer = wire((yield welcome_messages.get_welcome_message_call(welcome_message_id)))
    return WelcomeMessage.from_payload(answer, http)


def fetch_rule(http: AnyHTTPClient, rule_id: str) -> Steps[WelcomeMessageRule]:
    return WelcomeMessageRule.from_payload(wire((yield welcome_messages.get_welcome_message_rule_call(rule_id))), http)


__all__ = ["AsyncWelcomeMessage", "AsyncWelcomeMessageRule", "WelcomeMessage", "WelcomeMessageRule"]
