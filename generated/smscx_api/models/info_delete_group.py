from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoDeleteGroup")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "totalPhoneNumbers",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoDeleteGroup:
    """
    Attributes:
        id (int):
        name (str):
        total_phone_numbers (int):
    """

    id: int
    name: str
    total_phone_numbers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: int, name: str, total_phone_numbers: int) -> None:
        self.id = id
        self.name = name
        self.total_phone_numbers = total_phone_numbers
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, total_phone_numbers={self.total_phone_numbers!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.total_phone_numbers == other.total_phone_numbers
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        total_phone_numbers = self.total_phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "totalPhoneNumbers": total_phone_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        total_phone_numbers = d["totalPhoneNumbers"]

        if cls.__init__ is InfoDeleteGroup.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.total_phone_numbers = total_phone_numbers
            info_delete_group = _made
        else:
            info_delete_group = cls(
                id=id,
                name=name,
                total_phone_numbers=total_phone_numbers,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_delete_group.additional_properties = d
        return info_delete_group

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        return key in self.additional_properties
