from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TargetTweetRequest")


@_attrs_define
class TargetTweetRequest:
    """
    Attributes:
        tweet_id (str): A 64-bit id as a decimal string.
    """

    tweet_id: str

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

        target_tweet_request = cls(
            tweet_id=tweet_id,
        )

        return target_tweet_request
