from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Folder")
_DECLARED_KEYS = frozenset(
    (
        "Name",
        "FileCount",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


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

    def __init__(self, name: str, file_count: int | Unset = UNSET) -> None:
        self.name = name
        self.file_count = file_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, file_count={self.file_count!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.file_count == other.file_count
            and self.additional_properties == other.additional_properties
        )

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
        d = src_dict
        name = d["Name"]

        file_count = d.get("FileCount", UNSET)

        if cls.__init__ is Folder.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.file_count = file_count
            folder = _made
        else:
            folder = cls(
                name=name,
                file_count=file_count,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("FileCount" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

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
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "Name":
            self.name = value
            return
        if key == "FileCount":
            self.file_count = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "Name":
            return not isinstance(self.name, Unset)
        if key == "FileCount":
            return not isinstance(self.file_count, Unset)
        return key in self.additional_properties
