from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_custom_profile_request_custom_profile_avatar import (
        CreateCustomProfileRequestCustomProfileAvatar,
    )


T = TypeVar("T", bound="CreateCustomProfileRequestCustomProfile")


@_attrs_define
class CreateCustomProfileRequestCustomProfile:
    """
    Attributes:
        name (str):
        avatar (CreateCustomProfileRequestCustomProfileAvatar):
    """

    name: str
    avatar: CreateCustomProfileRequestCustomProfileAvatar

    def __init__(self, name: str, avatar: CreateCustomProfileRequestCustomProfileAvatar) -> None:
        self.name = name
        self.avatar = avatar

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, avatar={self.avatar!r})",
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.avatar == other.avatar and True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        avatar = self.avatar.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "avatar": avatar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        avatar = CreateCustomProfileRequestCustomProfileAvatar.from_dict(d["avatar"])

        if cls.__init__ is CreateCustomProfileRequestCustomProfile.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.avatar = avatar
            create_custom_profile_request_custom_profile = _made
        else:
            create_custom_profile_request_custom_profile = cls(
                name=name,
                avatar=avatar,
            )

        return create_custom_profile_request_custom_profile


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_custom_profile_request_custom_profile_avatar import CreateCustomProfileRequestCustomProfileAvatar  # noqa: E402
