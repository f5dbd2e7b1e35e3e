from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="AddContactsToGroupRequest")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumbers",
        "allowInvalid",
        "countryIso",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class AddContactsToGroupRequest:
    """
    Attributes:
        phone_numbers (list[str]):
        allow_invalid (bool | Unset): Server default: `false`.
        country_iso (str | Unset):
    """

    phone_numbers: list[str]
    allow_invalid: bool | Unset = UNSET
    country_iso: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, phone_numbers: list[str], allow_invalid: bool | Unset = UNSET, country_iso: str | Unset = UNSET
    ) -> None:
        self.phone_numbers = phone_numbers
        self.allow_invalid = allow_invalid
        self.country_iso = country_iso
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_numbers={self.phone_numbers!r}, allow_invalid={self.allow_invalid!r}, country_iso={self.country_iso!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_numbers == other.phone_numbers
            and self.allow_invalid == other.allow_invalid
            and self.country_iso == other.country_iso
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = self.phone_numbers

        allow_invalid = self.allow_invalid

        country_iso = self.country_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumbers": phone_numbers,
            }
        )
        if allow_invalid is not UNSET:
            field_dict["allowInvalid"] = allow_invalid
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_numbers = cast(list[str], d["phoneNumbers"])

        allow_invalid = d.get("allowInvalid", UNSET)

        country_iso = d.get("countryIso", UNSET)

        if cls.__init__ is AddContactsToGroupRequest.__init__:
            _made = _new_instance(cls)
            _made.phone_numbers = phone_numbers
            _made.allow_invalid = allow_invalid
            _made.country_iso = country_iso
            add_contacts_to_group_request = _made
        else:
            add_contacts_to_group_request = cls(
                phone_numbers=phone_numbers,
                allow_invalid=allow_invalid,
                country_iso=country_iso,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("allowInvalid" in d) + ("countryIso" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        add_contacts_to_group_request.additional_properties = d
        return add_contacts_to_group_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumbers":
            if isinstance(self.phone_numbers, Unset):
                raise KeyError(key)
            return self.phone_numbers
        if key == "allowInvalid":
            if isinstance(self.allow_invalid, Unset):
                raise KeyError(key)
            return self.allow_invalid
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumbers":
            self.phone_numbers = value
            return
        if key == "allowInvalid":
            self.allow_invalid = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumbers":
            return not isinstance(self.phone_numbers, Unset)
        if key == "allowInvalid":
            return not isinstance(self.allow_invalid, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        return key in self.additional_properties
