from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoGroupsContactDeleted")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "phoneNumber",
        "countryIso",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoGroupsContactDeleted:
    """
    Attributes:
        id (str):
        phone_number (str):
        country_iso (str):
    """

    id: str
    phone_number: str
    country_iso: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: str, phone_number: str, country_iso: str) -> None:
        self.id = id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        if cls.__init__ is InfoGroupsContactDeleted.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            info_groups_contact_deleted = _made
        else:
            info_groups_contact_deleted = cls(
                id=id,
                phone_number=phone_number,
                country_iso=country_iso,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_groups_contact_deleted.additional_properties = d
        return info_groups_contact_deleted

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        return key in self.additional_properties
