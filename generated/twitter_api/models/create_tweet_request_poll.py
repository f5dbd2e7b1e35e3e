from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateTweetRequestPoll")


@_attrs_define
class CreateTweetRequestPoll:
    """
    Attributes:
        options (list[str]):
        duration_minutes (int):
    """

    options: list[str]
    duration_minutes: int

    def to_dict(self) -> dict[str, Any]:
        options = self.options

        duration_minutes = self.duration_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "options": options,
                "duration_minutes": duration_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        options = cast(list[str], d["options"])

        duration_minutes = d["duration_minutes"]

        create_tweet_request_poll = cls(
            options=options,
            duration_minutes=duration_minutes,
        )

        return create_tweet_request_poll
