from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="RoamingNetwork")
_DECLARED_KEYS = frozenset(
    (
        "countryIso",
        "countryName",
        "mcc",
        "mnc",
        "name",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RoamingNetwork:
    """
    Attributes:
        country_iso (str):
        country_name (str):
        mcc (str):
        mnc (str):
        name (str):
    """

    country_iso: str
    country_name: str
    mcc: str
    mnc: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, country_iso: str, country_name: str, mcc: str, mnc: str, name: str) -> None:
        self.country_iso = country_iso
        self.country_name = country_name
        self.mcc = mcc
        self.mnc = mnc
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(country_iso={self.country_iso!r}, country_name={self.country_name!r}, mcc={self.mcc!r}, mnc={self.mnc!r}, name={self.name!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.country_iso == other.country_iso
            and self.country_name == other.country_name
            and self.mcc == other.mcc
            and self.mnc == other.mnc
            and self.name == other.name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        country_iso = self.country_iso

        country_name = self.country_name

        mcc = self.mcc

        mnc = self.mnc

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryIso": country_iso,
                "countryName": country_name,
                "mcc": mcc,
                "mnc": mnc,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        country_iso = d["countryIso"]

        country_name = d["countryName"]

        mcc = d["mcc"]

        mnc = d["mnc"]

        name = d["name"]

        if cls.__init__ is RoamingNetwork.__init__:
            _made = _new_instance(cls)
            _made.country_iso = country_iso
            _made.country_name = country_name
            _made.mcc = mcc
            _made.mnc = mnc
            _made.name = name
            roaming_network = _made
        else:
            roaming_network = cls(
                country_iso=country_iso,
                country_name=country_name,
                mcc=mcc,
                mnc=mnc,
                name=name,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        roaming_network.additional_properties = d
        return roaming_network

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "countryName":
            if isinstance(self.country_name, Unset):
                raise KeyError(key)
            return self.country_name
        if key == "mcc":
            if isinstance(self.mcc, Unset):
                raise KeyError(key)
            return self.mcc
        if key == "mnc":
            if isinstance(self.mnc, Unset):
                raise KeyError(key)
            return self.mnc
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "countryName":
            self.country_name = value
            return
        if key == "mcc":
            self.mcc = value
            return
        if key == "mnc":
            self.mnc = value
            return
        if key == "name":
            self.name = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "countryName":
            return not isinstance(self.country_name, Unset)
        if key == "mcc":
            return not isinstance(self.mcc, Unset)
        if key == "mnc":
            return not isinstance(self.mnc, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        return key in self.additional_properties
