from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="UserPublicMetrics")
_DECLARED_KEYS = frozenset(
    (
        "followers_count",
        "following_count",
        "tweet_count",
        "listed_count",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class UserPublicMetrics:
    """
    Attributes:
        followers_count (int):
        following_count (int):
        tweet_count (int):
        listed_count (int):
    """

    followers_count: int
    following_count: int
    tweet_count: int
    listed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, followers_count: int, following_count: int, tweet_count: int, listed_count: int) -> None:
        self.followers_count = followers_count
        self.following_count = following_count
        self.tweet_count = tweet_count
        self.listed_count = listed_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(followers_count={self.followers_count!r}, following_count={self.following_count!r}, tweet_count={self.tweet_count!r}, listed_count={self.listed_count!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.followers_count == other.followers_count
            and self.following_count == other.following_count
            and self.tweet_count == other.tweet_count
            and self.listed_count == other.listed_count
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        followers_count = self.followers_count

        following_count = self.following_count

        tweet_count = self.tweet_count

        listed_count = self.listed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "followers_count": followers_count,
                "following_count": following_count,
                "tweet_count": tweet_count,
                "listed_count": listed_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        followers_count = d["followers_count"]

        following_count = d["following_count"]

        tweet_count = d["tweet_count"]

        listed_count = d["listed_count"]

        if cls.__init__ is UserPublicMetrics.__init__:
            _made = _new_instance(cls)
            _made.followers_count = followers_count
            _made.following_count = following_count
            _made.tweet_count = tweet_count
            _made.listed_count = listed_count
            user_public_metrics = _made
        else:
            user_public_metrics = cls(
                followers_count=followers_count,
                following_count=following_count,
                tweet_count=tweet_count,
                listed_count=listed_count,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        user_public_metrics.additional_properties = d
        return user_public_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "followers_count":
            if isinstance(self.followers_count, Unset):
                raise KeyError(key)
            return self.followers_count
        if key == "following_count":
            if isinstance(self.following_count, Unset):
                raise KeyError(key)
            return self.following_count
        if key == "tweet_count":
            if isinstance(self.tweet_count, Unset):
                raise KeyError(key)
            return self.tweet_count
        if key == "listed_count":
            if isinstance(self.listed_count, Unset):
                raise KeyError(key)
            return self.listed_count
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "followers_count":
            self.followers_count = value
            return
        if key == "following_count":
            self.following_count = value
            return
        if key == "tweet_count":
            self.tweet_count = value
            return
        if key == "listed_count":
            self.listed_count = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "followers_count":
            return not isinstance(self.followers_count, Unset)
        if key == "following_count":
            return not isinstance(self.following_count, Unset)
        if key == "tweet_count":
            return not isinstance(self.tweet_count, Unset)
        if key == "listed_count":
            return not isinstance(self.listed_count, Unset)
        return key in self.additional_properties
