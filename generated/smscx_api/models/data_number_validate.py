from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataNumberValidate")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumber",
        "countryIso",
        "networkOperator",
        "timezone",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataNumberValidate:
    """
    Attributes:
        phone_number (str):
        country_iso (str):
        network_operator (str):
        timezone (str):
    """

    phone_number: str
    country_iso: str
    network_operator: str
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, phone_number: str, country_iso: str, network_operator: str, timezone: str) -> None:
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.network_operator = network_operator
        self.timezone = timezone
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, network_operator={self.network_operator!r}, timezone={self.timezone!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.network_operator == other.network_operator
            and self.timezone == other.timezone
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_iso = self.country_iso

        network_operator = self.network_operator

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "networkOperator": network_operator,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        network_operator = d["networkOperator"]

        timezone = d["timezone"]

        if cls.__init__ is DataNumberValidate.__init__:
            _made = _new_instance(cls)
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.network_operator = network_operator
            _made.timezone = timezone
            data_number_validate = _made
        else:
            data_number_validate = cls(
                phone_number=phone_number,
                country_iso=country_iso,
                network_operator=network_operator,
                timezone=timezone,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_number_validate.additional_properties = d
        return data_number_validate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "networkOperator":
            if isinstance(self.network_operator, Unset):
                raise KeyError(key)
            return self.network_operator
        if key == "timezone":
            if isinstance(self.timezone, Unset):
                raise KeyError(key)
            return self.timezone
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "networkOperator":
            self.network_operator = value
            return
        if key == "timezone":
            self.timezone = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "networkOperator":
            return not isinstance(self.network_operator, Unset)
        if key == "timezone":
            return not isinstance(self.timezone, Unset)
        return key in self.additional_properties
