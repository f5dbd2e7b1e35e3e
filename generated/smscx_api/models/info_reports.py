from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoReports")
_DECLARED_KEYS = frozenset(
    (
        "totalPhoneNumbers",
        "totalCost",
        "totalParts",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoReports:
    """
    Attributes:
        total_phone_numbers (int):
        total_cost (float):
        total_parts (int):
    """

    total_phone_numbers: int
    total_cost: float
    total_parts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, total_phone_numbers: int, total_cost: float, total_parts: int) -> None:
        self.total_phone_numbers = total_phone_numbers
        self.total_cost = total_cost
        self.total_parts = total_parts
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_phone_numbers={self.total_phone_numbers!r}, total_cost={self.total_cost!r}, total_parts={self.total_parts!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_phone_numbers == other.total_phone_numbers
            and self.total_cost == other.total_cost
            and self.total_parts == other.total_parts
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_parts = self.total_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPhoneNumbers": total_phone_numbers,
                "totalCost": total_cost,
                "totalParts": total_parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_phone_numbers = d["totalPhoneNumbers"]

        total_cost = d["totalCost"]

        total_parts = d["totalParts"]

        if cls.__init__ is InfoReports.__init__:
            _made = _new_instance(cls)
            _made.total_phone_numbers = total_phone_numbers
            _made.total_cost = total_cost
            _made.total_parts = total_parts
            info_reports = _made
        else:
            info_reports = cls(
                total_phone_numbers=total_phone_numbers,
                total_cost=total_cost,
                total_parts=total_parts,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_reports.additional_properties = d
        return info_reports

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        if key == "totalCost":
            if isinstance(self.total_cost, Unset):
                raise KeyError(key)
            return self.total_cost
        if key == "totalParts":
            if isinstance(self.total_parts, Unset):
                raise KeyError(key)
            return self.total_parts
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalCost":
            self.total_cost = value
            return
        if key == "totalParts":
            self.total_parts = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalCost":
            return not isinstance(self.total_cost, Unset)
        if key == "totalParts":
            return not isinstance(self.total_parts, Unset)
        return key in self.additional_properties
