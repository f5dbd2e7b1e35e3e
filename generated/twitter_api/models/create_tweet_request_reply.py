from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="CreateTweetRequestReply")


@_attrs_define
class CreateTweetRequestReply:
    """
    Attributes:
        in_reply_to_tweet_id (str | Unset): A 64-bit id as a decimal string.
        exclude_reply_user_ids (list[str] | Unset):
    """

    in_reply_to_tweet_id: str | Unset = UNSET
    exclude_reply_user_ids: list[str] | Unset = UNSET

    def __init__(
        self, in_reply_to_tweet_id: str | Unset = UNSET, exclude_reply_user_ids: list[str] | Unset = UNSET
    ) -> None:
        self.in_reply_to_tweet_id = in_reply_to_tweet_id
        self.exclude_reply_user_ids = exclude_reply_user_ids

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(in_reply_to_tweet_id={self.in_reply_to_tweet_id!r}, exclude_reply_user_ids={self.exclude_reply_user_ids!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.in_reply_to_tweet_id == other.in_reply_to_tweet_id
            and self.exclude_reply_user_ids == other.exclude_reply_user_ids
            and True
        )

    def to_dict(self) -> dict[str, Any]:
        in_reply_to_tweet_id = self.in_reply_to_tweet_id

        exclude_reply_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.exclude_reply_user_ids, Unset):
            exclude_reply_user_ids = self.exclude_reply_user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if in_reply_to_tweet_id is not UNSET:
            field_dict["in_reply_to_tweet_id"] = in_reply_to_tweet_id
        if exclude_reply_user_ids is not UNSET:
            field_dict["exclude_reply_user_ids"] = exclude_reply_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        in_reply_to_tweet_id = d.get("in_reply_to_tweet_id", UNSET)

        exclude_reply_user_ids = cast(list[str], d.get("exclude_reply_user_ids", UNSET))

        if cls.__init__ is CreateTweetRequestReply.__init__:
            _made = _new_instance(cls)
            _made.in_reply_to_tweet_id = in_reply_to_tweet_id
            _made.exclude_reply_user_ids = exclude_reply_user_ids
            create_tweet_request_reply = _made
        else:
            create_tweet_request_reply = cls(
                in_reply_to_tweet_id=in_reply_to_tweet_id,
                exclude_reply_user_ids=exclude_reply_user_ids,
            )

        return create_tweet_request_reply
