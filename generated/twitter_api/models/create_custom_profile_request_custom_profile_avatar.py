from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_custom_profile_request_custom_profile_avatar_media import (
        CreateCustomProfileRequestCustomProfileAvatarMedia,
    )


T = TypeVar("T", bound="CreateCustomProfileRequestCustomProfileAvatar")


@_attrs_define
class CreateCustomProfileRequestCustomProfileAvatar:
    """
    Attributes:
        media (CreateCustomProfileRequestCustomProfileAvatarMedia):
    """

    media: CreateCustomProfileRequestCustomProfileAvatarMedia

    def __init__(self, media: CreateCustomProfileRequestCustomProfileAvatarMedia) -> None:
        self.media = media

    def __repr__(self) -> str:
        return guarded_repr(self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(media={self.media!r})")

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.media == other.media and True

    def to_dict(self) -> dict[str, Any]:
        media = self.media.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media = CreateCustomProfileRequestCustomProfileAvatarMedia.from_dict(d["media"])

        if cls.__init__ is CreateCustomProfileRequestCustomProfileAvatar.__init__:
            _made = _new_instance(cls)
            _made.media = media
            create_custom_profile_request_custom_profile_avatar = _made
        else:
            create_custom_profile_request_custom_profile_avatar = cls(
                media=media,
            )

        return create_custom_profile_request_custom_profile_avatar


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_custom_profile_request_custom_profile_avatar_media import (
    CreateCustomProfileRequestCustomProfileAvatarMedia,  # noqa: E402
)
