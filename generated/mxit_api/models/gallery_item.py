from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="GalleryItem")
_DECLARED_KEYS = frozenset(
    (
        "FileId",
        "FileName",
        "ContentType",
        "Size",
        "PreventShare",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class GalleryItem:
    """
    Attributes:
        file_id (str):
        file_name (str):
        content_type (str | Unset):
        size (int | Unset):
        prevent_share (bool | Unset):
    """

    file_id: str
    file_name: str
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    prevent_share: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        file_id: str,
        file_name: str,
        content_type: str | Unset = UNSET,
        size: int | Unset = UNSET,
        prevent_share: bool | Unset = UNSET,
    ) -> None:
        self.file_id = file_id
        self.file_name = file_name
        self.content_type = content_type
        self.size = size
        self.prevent_share = prevent_share
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(file_id={self.file_id!r}, file_name={self.file_name!r}, content_type={self.content_type!r}, size={self.size!r}, prevent_share={self.prevent_share!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.file_id == other.file_id
            and self.file_name == other.file_name
            and self.content_type == other.content_type
            and self.size == other.size
            and self.prevent_share == other.prevent_share
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        content_type = self.content_type

        size = self.size

        prevent_share = self.prevent_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FileId": file_id,
                "FileName": file_name,
            }
        )
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if size is not UNSET:
            field_dict["Size"] = size
        if prevent_share is not UNSET:
            field_dict["PreventShare"] = prevent_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_id = d["FileId"]

        file_name = d["FileName"]

        content_type = d.get("ContentType", UNSET)

        size = d.get("Size", UNSET)

        prevent_share = d.get("PreventShare", UNSET)

        if cls.__init__ is GalleryItem.__init__:
            _made = _new_instance(cls)
            _made.file_id = file_id
            _made.file_name = file_name
            _made.content_type = content_type
            _made.size = size
            _made.prevent_share = prevent_share
            gallery_item = _made
        else:
            gallery_item = cls(
                file_id=file_id,
                file_name=file_name,
                content_type=content_type,
                size=size,
                prevent_share=prevent_share,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 2 + ("ContentType" in d) + ("Size" in d) + ("PreventShare" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        gallery_item.additional_properties = d
        return gallery_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "FileId":
            if isinstance(self.file_id, Unset):
                raise KeyError(key)
            return self.file_id
        if key == "FileName":
            if isinstance(self.file_name, Unset):
                raise KeyError(key)
            return self.file_name
        if key == "ContentType":
            if isinstance(self.content_type, Unset):
                raise KeyError(key)
            return self.content_type
        if key == "Size":
            if isinstance(self.size, Unset):
                raise KeyError(key)
            return self.size
        if key == "PreventShare":
            if isinstance(self.prevent_share, Unset):
                raise KeyError(key)
            return self.prevent_share
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "FileId":
            self.file_id = value
            return
        if key == "FileName":
            self.file_name = value
            return
        if key == "ContentType":
            self.content_type = value
            return
        if key == "Size":
            self.size = value
            return
        if key == "PreventShare":
            self.prevent_share = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "FileId":
            return not isinstance(self.file_id, Unset)
        if key == "FileName":
            return not isinstance(self.file_name, Unset)
        if key == "ContentType":
            return not isinstance(self.content_type, Unset)
        if key == "Size":
            return not isinstance(self.size, Unset)
        if key == "PreventShare":
            return not isinstance(self.prevent_share, Unset)
        return key in self.additional_properties
