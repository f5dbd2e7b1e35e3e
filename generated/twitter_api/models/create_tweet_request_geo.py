from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateTweetRequestGeo")


@_attrs_define
class CreateTweetRequestGeo:
    """
    Attributes:
        place_id (str):
    """

    place_id: str

    def to_dict(self) -> dict[str, Any]:
        place_id = self.place_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "place_id": place_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        place_id = d["place_id"]

        create_tweet_request_geo = cls(
            place_id=place_id,
        )

        return create_tweet_request_geo
