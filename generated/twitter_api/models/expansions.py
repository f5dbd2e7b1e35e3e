from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.media import Media
    from ..models.place import Place
    from ..models.poll import Poll
    from ..models.tweet import Tweet
    from ..models.user import User


T = TypeVar("T", bound="Expansions")
_DECLARED_KEYS = frozenset(
    (
        "users",
        "tweets",
        "media",
        "polls",
        "places",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Expansions:
    """The objects `expansions` asked for.

    Attributes:
        users (list[User] | Unset):
        tweets (list[Tweet] | Unset):
        media (list[Media] | Unset):
        polls (list[Poll] | Unset):
        places (list[Place] | Unset):
    """

    users: list[User] | Unset = UNSET
    tweets: list[Tweet] | Unset = UNSET
    media: list[Media] | Unset = UNSET
    polls: list[Poll] | Unset = UNSET
    places: list[Place] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        users: list[User] | Unset = UNSET,
        tweets: list[Tweet] | Unset = UNSET,
        media: list[Media] | Unset = UNSET,
        polls: list[Poll] | Unset = UNSET,
        places: list[Place] | Unset = UNSET,
    ) -> None:
        self.users = users
        self.tweets = tweets
        self.media = media
        self.polls = polls
        self.places = places
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(users={self.users!r}, tweets={self.tweets!r}, media={self.media!r}, polls={self.polls!r}, places={self.places!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.users == other.users
            and self.tweets == other.tweets
            and self.media == other.media
            and self.polls == other.polls
            and self.places == other.places
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        tweets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tweets, Unset):
            tweets = []
            for tweets_item_data in self.tweets:
                tweets_item = tweets_item_data.to_dict()
                tweets.append(tweets_item)

        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        polls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.polls, Unset):
            polls = []
            for polls_item_data in self.polls:
                polls_item = polls_item_data.to_dict()
                polls.append(polls_item)

        places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.places, Unset):
            places = []
            for places_item_data in self.places:
                places_item = places_item_data.to_dict()
                places.append(places_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if tweets is not UNSET:
            field_dict["tweets"] = tweets
        if media is not UNSET:
            field_dict["media"] = media
        if polls is not UNSET:
            field_dict["polls"] = polls
        if places is not UNSET:
            field_dict["places"] = places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _users = d.get("users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = User.from_dict(users_item_data)

                users.append(users_item)

        _tweets = d.get("tweets", UNSET)
        tweets: list[Tweet] | Unset = UNSET
        if _tweets is not UNSET:
            tweets = []
            for tweets_item_data in _tweets:
                tweets_item = Tweet.from_dict(tweets_item_data)

                tweets.append(tweets_item)

        _media = d.get("media", UNSET)
        media: list[Media] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = Media.from_dict(media_item_data)

                media.append(media_item)

        _polls = d.get("polls", UNSET)
        polls: list[Poll] | Unset = UNSET
        if _polls is not UNSET:
            polls = []
            for polls_item_data in _polls:
                polls_item = Poll.from_dict(polls_item_data)

                polls.append(polls_item)

        _places = d.get("places", UNSET)
        places: list[Place] | Unset = UNSET
        if _places is not UNSET:
            places = []
            for places_item_data in _places:
                places_item = Place.from_dict(places_item_data)

                places.append(places_item)

        if cls.__init__ is Expansions.__init__:
            _made = _new_instance(cls)
            _made.users = users
            _made.tweets = tweets
            _made.media = media
            _made.polls = polls
            _made.places = places
            expansions = _made
        else:
            expansions = cls(
                users=users,
                tweets=tweets,
                media=media,
                polls=polls,
                places=places,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        expansions.additional_properties = d
        return expansions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "users":
            if isinstance(self.users, Unset):
                raise KeyError(key)
            return self.users
        if key == "tweets":
            if isinstance(self.tweets, Unset):
                raise KeyError(key)
            return self.tweets
        if key == "media":
            if isinstance(self.media, Unset):
                raise KeyError(key)
            return self.media
        if key == "polls":
            if isinstance(self.polls, Unset):
                raise KeyError(key)
            return self.polls
        if key == "places":
            if isinstance(self.places, Unset):
                raise KeyError(key)
            return self.places
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "users":
            self.users = value
            return
        if key == "tweets":
            self.tweets = value
            return
        if key == "media":
            self.media = value
            return
        if key == "polls":
            self.polls = value
            return
        if key == "places":
            self.places = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "users":
            return not isinstance(self.users, Unset)
        if key == "tweets":
            return not isinstance(self.tweets, Unset)
        if key == "media":
            return not isinstance(self.media, Unset)
        if key == "polls":
            return not isinstance(self.polls, Unset)
        if key == "places":
            return not isinstance(self.places, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.media import Media  # noqa: E402
from ..models.place import Place  # noqa: E402
from ..models.poll import Poll  # noqa: E402
from ..models.tweet import Tweet  # noqa: E402
from ..models.user import User  # noqa: E402
