from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CreateCustomProfileRequestCustomProfileAvatarMedia")


@_attrs_define
class CreateCustomProfileRequestCustomProfileAvatarMedia:
    """
    Attributes:
        id (int | str): The uploaded media id; Twitter documents a string, PyTweet sends a number.
    """

    id: int | str

    def __init__(self, id: int | str) -> None:
        self.id = id

    def __repr__(self) -> str:
        return guarded_repr(self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r})")

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.id == other.id and True

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        if cls.__init__ is CreateCustomProfileRequestCustomProfileAvatarMedia.__init__:
            _made = _new_instance(cls)
            _made.id = id
            create_custom_profile_request_custom_profile_avatar_media = _made
        else:
            create_custom_profile_request_custom_profile_avatar_media = cls(
                id=id,
            )

        return create_custom_profile_request_custom_profile_avatar_media
