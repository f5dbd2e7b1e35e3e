"""``Message``: what ``Client.tweet`` returns (a tweet's id and text)."""

from __future__ import annotations

from typing import Any

from .enums import MessageTypeEnum


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


class DirectMessage(Message):
    """A direct message (sending and fetching them comes with part 2; the cache reads them already)."""


__all__ = ["DirectMessage", "Message"]
