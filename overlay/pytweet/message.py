"""``Message`` (what ``Client.tweet`` returns: a tweet's id and text) and ``DirectMessage`` with its entities."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from switchboard_core import Steps, lazy_module
from twitter_api.legacy.surface import AsyncDirectMessageMethods, DirectMessageMethods

from ._http import AnyHTTPClient
from ._payload import as_int
from .dm_attachments import CTA, QuickReply, timestamp_time
from .enums import MessageEventTypeEnum, MessageTypeEnum
from .errors import InvalidRequest

if TYPE_CHECKING:
    from twitter_api.legacy import direct_messages
else:  # the generated plumbing loads on the first call, not on import
    direct_messages = lazy_module("twitter_api.legacy.direct_messages")


class Message:
    """A posted message: ``id``, ``text`` and ``type`` (``MessageTypeEnum.MESSAGE_TWEET`` for a tweet)."""

    def __init__(self, text: str | None, id: int | str, type: MessageTypeEnum | int, **kwargs: Any) -> None:
        self.text = text
        self.id = int(id)
        self.type = type if isinstance(type, MessageTypeEnum) else MessageTypeEnum(type)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self.id == other.id

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Message(text={self.text!r} id={self.id} type={self.type})"


class _Entity:
    """One entity of a direct message's text (its ``indices`` give where it is)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._payload = data

    @property
    def indices(self) -> list[int]:
        return list(self._payload.get("indices") or [])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._payload!r})"


class Hashtags(_Entity):
    @property
    def text(self) -> str | None:
        return self._payload.get("text")


class Symbols(Hashtags):
    """A ``$cashtag``."""


class UserMentions(_Entity):
    @property
    def name(self) -> str | None:
        return self._payload.get("name")

    @property
    def screen_name(self) -> str | None:
        return self._payload.get("screen_name")

    @property
    def id(self) -> int | None:
        return as_int(self._payload.get("id_str") or self._payload.get("id"))


class Urls(_Entity):
    @property
    def url(self) -> str | None:
        return self._payload.get("url")

    @property
    def display_url(self) -> str | None:
        return self._payload.get("display_url")

    @property
    def expanded_url(self) -> str | None:
        return self._payload.get("expanded_url")


class DirectMessage(DirectMessageMethods, Message):
    """A direct message event (from ``User.send`` or ``Client.fetch_message``); ``recipient`` is the ``User`` it
    went to. ``delete()`` and ``mark_read()`` send requests (an ``AsyncClient`` gives :class:`AsyncDirectMessage`)."""

    def __init__(
        self, data: dict[str, Any], *, http_client: AnyHTTPClient | None = None, recipient: Any = None
    ) -> None:
        self.original_payload = data
        self._payload: dict[str, Any] = data.get("event", data)
        create = self._payload.get("message_create") or {}
        self._create: dict[str, Any] = create
        self._data: dict[str, Any] = create.get("message_data") or {}
        super().__init__(self._data.get("text"), self._payload.get("id") or 0, MessageTypeEnum.DIRECT_MESSAGE)
        self.http_client = http_client
        self.recipient = recipient
        """The ``User`` the message went to (looked up after sending or fetching)."""
        self._built_at = datetime.now()

    @property
    def event_type(self) -> MessageEventTypeEnum:
        return MessageEventTypeEnum(self._payload.get("type", "message_create"))

    @property
    def recipient_id(self) -> int | None:
        return as_int((self._create.get("target") or {}).get("recipient_id"))

    @property
    def sender_id(self) -> int | None:
        return as_int(self._create.get("sender_id"))

    @property
    def created_at(self) -> datetime:
        """When the event was created (Twitter's ``created_timestamp``; 1.3.6 gave the time the object was built,
        which is still the answer when Twitter sent none)."""
        return timestamp_time(self._payload.get("created_timestamp")) or self._built_at

    def _entities(self, key: str) -> list[dict[str, Any]]:
        return list((self._data.get("entities") or {}).get(key) or [])

    @property
    def hashtags(self) -> list[Hashtags]:
        return [Hashtags(e) for e in self._entities("hashtags")]

    @property
    def symbols(self) -> list[Symbols]:
        return [Symbols(e) for e in self._entities("symbols")]

    @property
    def mentions(self) -> list[UserMentions]:
        return [UserMentions(e) for e in self._entities("user_mentions")]

    @property
    def urls(self) -> list[Urls]:
        return [Urls(e) for e in self._entities("urls")]

    @property
    def quick_reply(self) -> QuickReply | None:
        found = self._data.get("quick_reply")
        return QuickReply.from_payload(found) if found else None

    @property
    def cta(self) -> CTA | None:
        found = self._data.get("ctas")
        return CTA.from_payload(found) if found else None

    @property
    def custom_profile_id(self) -> int | None:
        return as_int(self._create.get("custom_profile_id"))

    @property
    def attachment_url(self) -> str | None:
        """The attached media's URL, if any."""
        return ((self._data.get("attachment") or {}).get("media") or {}).get("media_url_https")

    @property
    def _http(self) -> AnyHTTPClient:
        if self.http_client is None:
            raise InvalidRequest("this message was not built by a client, so it cannot send requests")
        return self.http_client

    def _delete_impl(self) -> None:
        return self._http.drive(_delete(self._http, self))

    def _mark_read_impl(self) -> None:
        return self._http.drive(_mark_read(self._http, self))


class AsyncDirectMessage(AsyncDirectMessageMethods, DirectMessage):  # type: ignore[misc]  # the awaited forms
    """A :class:`DirectMessage` reached through an ``AsyncClient``: ``await message.delete()``,
    ``await message.mark_read()``."""


def direct_message(data: dict[str, Any], http: AnyHTTPClient) -> DirectMessage:
    """A direct message built from an answer: an :class:`AsyncDirectMessage` on an ``AsyncClient``."""
    return (AsyncDirectMessage if http.is_async else DirectMessage)(data, http_client=http)


def _delete(http: AnyHTTPClient, message: DirectMessage) -> Steps[None]:
    yield direct_messages.delete_dm_event_call(str(message.id))
    http.message_cache.pop(message.id, None)


def _mark_read(http: AnyHTTPClient, message: DirectMessage) -> Steps[None]:
    me = http.access_token_user_id
    other = message.sender_id if message.sender_id is not None and str(message.sender_id) != me else None
    other = other if other is not None else message.recipient_id
    if other is None:
        raise InvalidRequest("cannot mark read: the message's conversation is unknown")
    yield direct_messages.mark_read_call(str(message.id), str(other))


__all__ = ["AsyncDirectMessage", "DirectMessage", "Hashtags", "Message", "Symbols", "Urls", "UserMentions"]
