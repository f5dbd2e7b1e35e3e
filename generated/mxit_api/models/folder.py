from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """
    Attributes:
        name (str):
        file_count (int | Unset):
    """

    name: str
    file_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        file_count = self.file_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if file_count is not UNSET:
            field_dict["FileCount"] = file_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        file_count = d.pop("FileCount", UNSET)

        folder = cls(
            name=name,
            file_count=file_count,
        )

        folder.additional_properties = d
        return folder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "Name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "FileCount":
            if isinstance(self.file_count, Unset):
                raise KeyError(key)
            return self.file_count
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "Name":
            return not isinstance(self.name, Unset)
        if key == "FileCount":
            return not isinstance(self.file_count, Unset)
        return key in self.additional_properties
