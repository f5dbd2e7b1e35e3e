from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoCancelRent")
_DECLARED_KEYS = frozenset(
    (
        "rentId",
        "phoneNumber",
        "countryIso",
        "creditReturned",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoCancelRent:
    """
    Attributes:
        rent_id (str):
        phone_number (str):
        country_iso (str):
        credit_returned (float):
    """

    rent_id: str
    phone_number: str
    country_iso: str
    credit_returned: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, rent_id: str, phone_number: str, country_iso: str, credit_returned: float) -> None:
        self.rent_id = rent_id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.credit_returned = credit_returned
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(rent_id={self.rent_id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, credit_returned={self.credit_returned!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rent_id == other.rent_id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.credit_returned == other.credit_returned
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        rent_id = self.rent_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        credit_returned = self.credit_returned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rentId": rent_id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "creditReturned": credit_returned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rent_id = d["rentId"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        credit_returned = d["creditReturned"]

        if cls.__init__ is InfoCancelRent.__init__:
            _made = _new_instance(cls)
            _made.rent_id = rent_id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.credit_returned = credit_returned
            info_cancel_rent = _made
        else:
            info_cancel_rent = cls(
                rent_id=rent_id,
                phone_number=phone_number,
                country_iso=country_iso,
                credit_returned=credit_returned,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_cancel_rent.additional_properties = d
        return info_cancel_rent

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "rentId":
            if isinstance(self.rent_id, Unset):
                raise KeyError(key)
            return self.rent_id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "creditReturned":
            if isinstance(self.credit_returned, Unset):
                raise KeyError(key)
            return self.credit_returned
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "rentId":
            self.rent_id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "creditReturned":
            self.credit_returned = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "rentId":
            return not isinstance(self.rent_id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "creditReturned":
            return not isinstance(self.credit_returned, Unset)
        return key in self.additional_properties
