from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="NumbersLookupRequest")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumbers",
        "countryIso",
        "lookupCallbackUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class NumbersLookupRequest:
    """
    Attributes:
        phone_numbers (list[str]):
        country_iso (str | Unset):
        lookup_callback_url (str | Unset):
    """

    phone_numbers: list[str]
    country_iso: str | Unset = UNSET
    lookup_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, phone_numbers: list[str], country_iso: str | Unset = UNSET, lookup_callback_url: str | Unset = UNSET
    ) -> None:
        self.phone_numbers = phone_numbers
        self.country_iso = country_iso
        self.lookup_callback_url = lookup_callback_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_numbers={self.phone_numbers!r}, country_iso={self.country_iso!r}, lookup_callback_url={self.lookup_callback_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_numbers == other.phone_numbers
            and self.country_iso == other.country_iso
            and self.lookup_callback_url == other.lookup_callback_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = self.phone_numbers

        country_iso = self.country_iso

        lookup_callback_url = self.lookup_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumbers": phone_numbers,
            }
        )
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if lookup_callback_url is not UNSET:
            field_dict["lookupCallbackUrl"] = lookup_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_numbers = cast(list[str], d["phoneNumbers"])

        country_iso = d.get("countryIso", UNSET)

        lookup_callback_url = d.get("lookupCallbackUrl", UNSET)

        if cls.__init__ is NumbersLookupRequest.__init__:
            _made = _new_instance(cls)
            _made.phone_numbers = phone_numbers
            _made.country_iso = country_iso
            _made.lookup_callback_url = lookup_callback_url
            numbers_lookup_request = _made
        else:
            numbers_lookup_request = cls(
                phone_numbers=phone_numbers,
                country_iso=country_iso,
                lookup_callback_url=lookup_callback_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("countryIso" in d) + ("lookupCallbackUrl" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        numbers_lookup_request.additional_properties = d
        return numbers_lookup_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumbers":
            if isinstance(self.phone_numbers, Unset):
                raise KeyError(key)
            return self.phone_numbers
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "lookupCallbackUrl":
            if isinstance(self.lookup_callback_url, Unset):
                raise KeyError(key)
            return self.lookup_callback_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumbers":
            self.phone_numbers = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "lookupCallbackUrl":
            self.lookup_callback_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumbers":
            return not isinstance(self.phone_numbers, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "lookupCallbackUrl":
            return not isinstance(self.lookup_callback_url, Unset)
        return key in self.additional_properties
