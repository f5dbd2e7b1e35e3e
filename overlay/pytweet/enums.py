"""PyTweet's enums (all ``enum.Enum`` subclasses, as in 1.3.6)."""

from __future__ import annotations

from enum import Enum


class SpaceState(Enum):
    """A space's state: ``live`` or ``scheduled``."""

    live = "live"
    scheduled = "scheduled"


class ReplySetting(Enum):
    """Who may reply to a tweet (the wire values of ``reply_settings``)."""

    everyone = "everyone"
    mention_users = "mentionedUsers"
    following = "following"


class MediaType(Enum):
    """A media attachment's type (Twitter v2 sends ``animated_gif`` for GIFs)."""

    photo = "photo"
    video = "video"
    gif = "gif"
    animated_gif = "animated_gif"


class MessageTypeEnum(Enum):
    """What a :class:`~pytweet.Message` is."""

    DIRECT_MESSAGE = 0
    MESSAGE_TWEET = 1
    MESSAGE_WELCOME_MESSAGE = 2
    MESSAGE_WELCOME_MESSAGE_RULE = 3


class MessageEventTypeEnum(Enum):
    """A direct message event's type."""

    message_create = "message_create"


class ButtonType(Enum):
    """A call-to-action button's type (Twitter only knows ``web_url``)."""

    web_url = "web_url"


__all__ = ["ButtonType", "MediaType", "MessageEventTypeEnum", "MessageTypeEnum", "ReplySetting", "SpaceState"]
