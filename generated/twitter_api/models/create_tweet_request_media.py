from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTweetRequestMedia")


@_attrs_define
class CreateTweetRequestMedia:
    """
    Attributes:
        media_ids (list[str]):
        tagged_user_ids (list[str] | Unset):
    """

    media_ids: list[str]
    tagged_user_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_ids = self.media_ids

        tagged_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.tagged_user_ids, Unset):
            tagged_user_ids = self.tagged_user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_ids": media_ids,
            }
        )
        if tagged_user_ids is not UNSET:
            field_dict["tagged_user_ids"] = tagged_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media_ids = cast(list[str], d["media_ids"])

        tagged_user_ids = cast(list[str], d.get("tagged_user_ids", UNSET))

        create_tweet_request_media = cls(
            media_ids=media_ids,
            tagged_user_ids=tagged_user_ids,
        )

        return create_tweet_request_media
