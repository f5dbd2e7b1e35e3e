from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

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

    def __init__(self, media_ids: list[str], tagged_user_ids: list[str] | Unset = UNSET) -> None:
        self.media_ids = media_ids
        self.tagged_user_ids = tagged_user_ids

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(media_ids={self.media_ids!r}, tagged_user_ids={self.tagged_user_ids!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.media_ids == other.media_ids and self.tagged_user_ids == other.tagged_user_ids and True

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

        if cls.__init__ is CreateTweetRequestMedia.__init__:
            _made = _new_instance(cls)
            _made.media_ids = media_ids
            _made.tagged_user_ids = tagged_user_ids
            create_tweet_request_media = _made
        else:
            create_tweet_request_media = cls(
                media_ids=media_ids,
                tagged_user_ids=tagged_user_ids,
            )

        return create_tweet_request_media
