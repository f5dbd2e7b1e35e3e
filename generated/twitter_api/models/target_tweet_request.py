from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TargetTweetRequest")


@_attrs_define
class TargetTweetRequest:
    """
    Attributes:
        tweet_id (str): A 64-bit id as a decimal string.
    """

    tweet_id: str

    def __init__(self, tweet_id: str) -> None:
        self.tweet_id = tweet_id

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(tweet_id={self.tweet_id!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.tweet_id == other.tweet_id and True

    def to_dict(self) -> dict[str, Any]:
        tweet_id = self.tweet_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tweet_id": tweet_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tweet_id = d["tweet_id"]

        if cls.__init__ is TargetTweetRequest.__init__:
            _made = _new_instance(cls)
            _made.tweet_id = tweet_id
            target_tweet_request = _made
        else:
            target_tweet_request = cls(
                tweet_id=tweet_id,
            )

        return target_tweet_request
