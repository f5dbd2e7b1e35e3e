from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MediaAttachmentMedia")


@_attrs_define
class MediaAttachmentMedia:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
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

        media_attachment_media = cls(
            id=id,
        )

        return media_attachment_media
