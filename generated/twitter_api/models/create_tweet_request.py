from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.reply_settings import ReplySettings

if TYPE_CHECKING:
    from ..models.create_tweet_request_geo import CreateTweetRequestGeo
    from ..models.create_tweet_request_media import CreateTweetRequestMedia
    from ..models.create_tweet_request_poll import CreateTweetRequestPoll
    from ..models.create_tweet_request_reply import CreateTweetRequestReply


T = TypeVar("T", bound="CreateTweetRequest")


@_attrs_define
class CreateTweetRequest:
    """At least one of `text`, `media` or `poll` (checked by the API, not by the schema, because the original
    client may send `{}`). `poll` excludes `media` and `quote_tweet_id`.

        Attributes:
            text (str | Unset):
            media (CreateTweetRequestMedia | Unset):
            poll (CreateTweetRequestPoll | Unset):
            geo (CreateTweetRequestGeo | Unset):
            quote_tweet_id (str | Unset): A 64-bit id as a decimal string.
            direct_message_deep_link (str | Unset):
            reply_settings (ReplySettings | Unset):
            reply (CreateTweetRequestReply | Unset):
            for_super_followers_only (bool | Unset):
    """

    text: str | Unset = UNSET
    media: CreateTweetRequestMedia | Unset = UNSET
    poll: CreateTweetRequestPoll | Unset = UNSET
    geo: CreateTweetRequestGeo | Unset = UNSET
    quote_tweet_id: str | Unset = UNSET
    direct_message_deep_link: str | Unset = UNSET
    reply_settings: ReplySettings | Unset = UNSET
    reply: CreateTweetRequestReply | Unset = UNSET
    for_super_followers_only: bool | Unset = UNSET

    def __init__(
        self,
        text: str | Unset = UNSET,
        media: CreateTweetRequestMedia | Unset = UNSET,
        poll: CreateTweetRequestPoll | Unset = UNSET,
        geo: CreateTweetRequestGeo | Unset = UNSET,
        quote_tweet_id: str | Unset = UNSET,
        direct_message_deep_link: str | Unset = UNSET,
        reply_settings: ReplySettings | Unset = UNSET,
        reply: CreateTweetRequestReply | Unset = UNSET,
        for_super_followers_only: bool | Unset = UNSET,
    ) -> None:
        self.text = text
        self.media = media
        self.poll = poll
        self.geo = geo
        self.quote_tweet_id = quote_tweet_id
        self.direct_message_deep_link = direct_message_deep_link
        self.reply_settings = reply_settings
        self.reply = reply
        self.for_super_followers_only = for_super_followers_only

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, media={self.media!r}, poll={self.poll!r}, geo={self.geo!r}, quote_tweet_id={self.quote_tweet_id!r}, direct_message_deep_link={self.direct_message_deep_link!r}, reply_settings={self.reply_settings!r}, reply={self.reply!r}, for_super_followers_only={self.for_super_followers_only!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.media == other.media
            and self.poll == other.poll
            and self.geo == other.geo
            and self.quote_tweet_id == other.quote_tweet_id
            and self.direct_message_deep_link == other.direct_message_deep_link
            and self.reply_settings == other.reply_settings
            and self.reply == other.reply
            and self.for_super_followers_only == other.for_super_followers_only
            and True
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        quote_tweet_id = self.quote_tweet_id

        direct_message_deep_link = self.direct_message_deep_link

        reply_settings: str | Unset = UNSET
        if not isinstance(self.reply_settings, Unset):
            reply_settings = self.reply_settings.value

        reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply, Unset):
            reply = self.reply.to_dict()

        for_super_followers_only = self.for_super_followers_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if media is not UNSET:
            field_dict["media"] = media
        if poll is not UNSET:
            field_dict["poll"] = poll
        if geo is not UNSET:
            field_dict["geo"] = geo
        if quote_tweet_id is not UNSET:
            field_dict["quote_tweet_id"] = quote_tweet_id
        if direct_message_deep_link is not UNSET:
            field_dict["direct_message_deep_link"] = direct_message_deep_link
        if reply_settings is not UNSET:
            field_dict["reply_settings"] = reply_settings
        if reply is not UNSET:
            field_dict["reply"] = reply
        if for_super_followers_only is not UNSET:
            field_dict["for_super_followers_only"] = for_super_followers_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d.get("text", UNSET)

        _media = d.get("media", UNSET)
        media: CreateTweetRequestMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = CreateTweetRequestMedia.from_dict(_media)

        _poll = d.get("poll", UNSET)
        poll: CreateTweetRequestPoll | Unset
        if isinstance(_poll, Unset):
            poll = UNSET
        else:
            poll = CreateTweetRequestPoll.from_dict(_poll)

        _geo = d.get("geo", UNSET)
        geo: CreateTweetRequestGeo | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = CreateTweetRequestGeo.from_dict(_geo)

        quote_tweet_id = d.get("quote_tweet_id", UNSET)

        direct_message_deep_link = d.get("direct_message_deep_link", UNSET)

        _reply_settings = d.get("reply_settings", UNSET)
        reply_settings: ReplySettings | Unset
        if isinstance(_reply_settings, Unset):
            reply_settings = UNSET
        else:
            reply_settings = ReplySettings(_reply_settings)

        _reply = d.get("reply", UNSET)
        reply: CreateTweetRequestReply | Unset
        if isinstance(_reply, Unset):
            reply = UNSET
        else:
            reply = CreateTweetRequestReply.from_dict(_reply)

        for_super_followers_only = d.get("for_super_followers_only", UNSET)

        if cls.__init__ is CreateTweetRequest.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.media = media
            _made.poll = poll
            _made.geo = geo
            _made.quote_tweet_id = quote_tweet_id
            _made.direct_message_deep_link = direct_message_deep_link
            _made.reply_settings = reply_settings
            _made.reply = reply
            _made.for_super_followers_only = for_super_followers_only
            create_tweet_request = _made
        else:
            create_tweet_request = cls(
                text=text,
                media=media,
                poll=poll,
                geo=geo,
                quote_tweet_id=quote_tweet_id,
                direct_message_deep_link=direct_message_deep_link,
                reply_settings=reply_settings,
                reply=reply,
                for_super_followers_only=for_super_followers_only,
            )

        return create_tweet_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_tweet_request_geo import CreateTweetRequestGeo  # noqa: E402
from ..models.create_tweet_request_media import CreateTweetRequestMedia  # noqa: E402
from ..models.create_tweet_request_poll import CreateTweetRequestPoll  # noqa: E402
from ..models.create_tweet_request_reply import CreateTweetRequestReply  # noqa: E402
