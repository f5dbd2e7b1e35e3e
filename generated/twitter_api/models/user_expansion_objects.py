from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.tweet import Tweet


T = TypeVar("T", bound="UserExpansionObjects")
_DECLARED_KEYS = frozenset(("tweets",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class UserExpansionObjects:
    """The objects a user lookup's `expansions` asked for: its only expansion is `pinned_tweet_id`, so only the pinned
    tweets.

        Attributes:
            tweets (list[Tweet] | Unset):
    """

    tweets: list[Tweet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, tweets: list[Tweet] | Unset = UNSET) -> None:
        self.tweets = tweets
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(tweets={self.tweets!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.tweets == other.tweets and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        tweets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tweets, Unset):
            tweets = []
            for tweets_item_data in self.tweets:
                tweets_item = tweets_item_data.to_dict()
                tweets.append(tweets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tweets is not UNSET:
            field_dict["tweets"] = tweets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _tweets = d.get("tweets", UNSET)
        tweets: list[Tweet] | Unset = UNSET
        if _tweets is not UNSET:
            tweets = []
            for tweets_item_data in _tweets:
                tweets_item = Tweet.from_dict(tweets_item_data)

                tweets.append(tweets_item)

        if cls.__init__ is UserExpansionObjects.__init__:
            _made = _new_instance(cls)
            _made.tweets = tweets
            user_expansion_objects = _made
        else:
            user_expansion_objects = cls(
                tweets=tweets,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 0 + ("tweets" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        user_expansion_objects.additional_properties = d
        return user_expansion_objects

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "tweets":
            if isinstance(self.tweets, Unset):
                raise KeyError(key)
            return self.tweets
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "tweets":
            self.tweets = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "tweets":
            return not isinstance(self.tweets, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.tweet import Tweet  # noqa: E402
