from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


from ..models.media_attachment_type import MediaAttachmentType

if TYPE_CHECKING:
    from ..models.media_attachment_media import MediaAttachmentMedia


T = TypeVar("T", bound="MediaAttachment")


@_attrs_define
class MediaAttachment:
    """
    Attributes:
        type_ (MediaAttachmentType):
        media (MediaAttachmentMedia):
    """

    type_: MediaAttachmentType
    media: MediaAttachmentMedia

    def __init__(self, type_: MediaAttachmentType, media: MediaAttachmentMedia) -> None:
        self.type_ = type_
        self.media = media

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, media={self.media!r})",
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.type_ == other.type_ and self.media == other.media and True

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        media = self.media.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = MediaAttachmentType(d["type"])

        media = MediaAttachmentMedia.from_dict(d["media"])

        if cls.__init__ is MediaAttachment.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.media = media
            media_attachment = _made
        else:
            media_attachment = cls(
                type_=type_,
                media=media,
            )

        return media_attachment


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.media_attachment_media import MediaAttachmentMedia  # noqa: E402
