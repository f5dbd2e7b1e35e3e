from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CreateTweetRequestGeo")


@_attrs_define
class CreateTweetRequestGeo:
    """
    Attributes:
        place_id (str):
    """

    place_id: str

    def __init__(self, place_id: str) -> None:
        self.place_id = place_id

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(place_id={self.place_id!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place_id == other.place_id and True

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

        if cls.__init__ is CreateTweetRequestGeo.__init__:
            _made = _new_instance(cls)
            _made.place_id = place_id
            create_tweet_request_geo = _made
        else:
            create_tweet_request_geo = cls(
                place_id=place_id,
            )

        return create_tweet_request_geo
