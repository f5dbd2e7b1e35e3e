from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TweetPublicMetrics")
_DECLARED_KEYS = frozenset(
    (
        "retweet_count",
        "reply_count",
        "like_count",
        "quote_count",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TweetPublicMetrics:
    """
    Attributes:
        retweet_count (int):
        reply_count (int):
        like_count (int):
        quote_count (int):
    """

    retweet_count: int
    reply_count: int
    like_count: int
    quote_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, retweet_count: int, reply_count: int, like_count: int, quote_count: int) -> None:
        self.retweet_count = retweet_count
        self.reply_count = reply_count
        self.like_count = like_count
        self.quote_count = quote_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(retweet_count={self.retweet_count!r}, reply_count={self.reply_count!r}, like_count={self.like_count!r}, quote_count={self.quote_count!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.retweet_count == other.retweet_count
            and self.reply_count == other.reply_count
            and self.like_count == other.like_count
            and self.quote_count == other.quote_count
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        retweet_count = self.retweet_count

        reply_count = self.reply_count

        like_count = self.like_count

        quote_count = self.quote_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retweet_count": retweet_count,
                "reply_count": reply_count,
                "like_count": like_count,
                "quote_count": quote_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        retweet_count = d["retweet_count"]

        reply_count = d["reply_count"]

        like_count = d["like_count"]

        quote_count = d["quote_count"]

        if cls.__init__ is TweetPublicMetrics.__init__:
            _made = _new_instance(cls)
            _made.retweet_count = retweet_count
            _made.reply_count = reply_count
            _made.like_count = like_count
            _made.quote_count = quote_count
            tweet_public_metrics = _made
        else:
            tweet_public_metrics = cls(
                retweet_count=retweet_count,
                reply_count=reply_count,
                like_count=like_count,
                quote_count=quote_count,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        tweet_public_metrics.additional_properties = d
        return tweet_public_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "retweet_count":
            if isinstance(self.retweet_count, Unset):
                raise KeyError(key)
            return self.retweet_count
        if key == "reply_count":
            if isinstance(self.reply_count, Unset):
                raise KeyError(key)
            return self.reply_count
        if key == "like_count":
            if isinstance(self.like_count, Unset):
                raise KeyError(key)
            return self.like_count
        if key == "quote_count":
            if isinstance(self.quote_count, Unset):
                raise KeyError(key)
            return self.quote_count
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "retweet_count":
            self.retweet_count = value
            return
        if key == "reply_count":
            self.reply_count = value
            return
        if key == "like_count":
            self.like_count = value
            return
        if key == "quote_count":
            self.quote_count = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "retweet_count":
            return not isinstance(self.retweet_count, Unset)
        if key == "reply_count":
            return not isinstance(self.reply_count, Unset)
        if key == "like_count":
            return not isinstance(self.like_count, Unset)
        if key == "quote_count":
            return not isinstance(self.quote_count, Unset)
        return key in self.additional_properties
