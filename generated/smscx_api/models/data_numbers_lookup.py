from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="DataNumbersLookup")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumber",
        "countryIso",
        "cost",
        "lookupId",
        "datetime",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataNumbersLookup:
    """
    Attributes:
        phone_number (str):
        country_iso (str):
        cost (float):
        lookup_id (str):
        datetime_ (datetime.datetime):
    """

    phone_number: str
    country_iso: str
    cost: float
    lookup_id: str
    datetime_: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, phone_number: str, country_iso: str, cost: float, lookup_id: str, datetime_: datetime.datetime
    ) -> None:
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.cost = cost
        self.lookup_id = lookup_id
        self.datetime_ = datetime_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, cost={self.cost!r}, lookup_id={self.lookup_id!r}, datetime_={self.datetime_!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.cost == other.cost
            and self.lookup_id == other.lookup_id
            and self.datetime_ == other.datetime_
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_iso = self.country_iso

        cost = self.cost

        lookup_id = self.lookup_id

        datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "cost": cost,
                "lookupId": lookup_id,
                "datetime": datetime_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        cost = d["cost"]

        lookup_id = d["lookupId"]

        datetime_ = datetime.datetime.fromisoformat(d["datetime"])

        if cls.__init__ is DataNumbersLookup.__init__:
            _made = _new_instance(cls)
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.cost = cost
            _made.lookup_id = lookup_id
            _made.datetime_ = datetime_
            data_numbers_lookup = _made
        else:
            data_numbers_lookup = cls(
                phone_number=phone_number,
                country_iso=country_iso,
                cost=cost,
                lookup_id=lookup_id,
                datetime_=datetime_,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_numbers_lookup.additional_properties = d
        return data_numbers_lookup

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
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "lookupId":
            if isinstance(self.lookup_id, Unset):
                raise KeyError(key)
            return self.lookup_id
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "lookupId":
            self.lookup_id = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "lookupId":
            return not isinstance(self.lookup_id, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        return key in self.additional_properties
