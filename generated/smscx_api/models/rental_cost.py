from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="RentalCost")
_DECLARED_KEYS = frozenset(
    (
        "1",
        "7",
        "30",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RentalCost:
    """
    Attributes:
        field_1 (float):
        field_7 (float):
        field_30 (float):
    """

    field_1: float
    field_7: float
    field_30: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, field_1: float, field_7: float, field_30: float) -> None:
        self.field_1 = field_1
        self.field_7 = field_7
        self.field_30 = field_30
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(field_1={self.field_1!r}, field_7={self.field_7!r}, field_30={self.field_30!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.field_1 == other.field_1
            and self.field_7 == other.field_7
            and self.field_30 == other.field_30
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        field_1 = self.field_1

        field_7 = self.field_7

        field_30 = self.field_30

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "1": field_1,
                "7": field_7,
                "30": field_30,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_1 = d["1"]

        field_7 = d["7"]

        field_30 = d["30"]

        if cls.__init__ is RentalCost.__init__:
            _made = _new_instance(cls)
            _made.field_1 = field_1
            _made.field_7 = field_7
            _made.field_30 = field_30
            rental_cost = _made
        else:
            rental_cost = cls(
                field_1=field_1,
                field_7=field_7,
                field_30=field_30,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        rental_cost.additional_properties = d
        return rental_cost

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "1":
            if isinstance(self.field_1, Unset):
                raise KeyError(key)
            return self.field_1
        if key == "7":
            if isinstance(self.field_7, Unset):
                raise KeyError(key)
            return self.field_7
        if key == "30":
            if isinstance(self.field_30, Unset):
                raise KeyError(key)
            return self.field_30
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "1":
            self.field_1 = value
            return
        if key == "7":
            self.field_7 = value
            return
        if key == "30":
            self.field_30 = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "1":
            return not isinstance(self.field_1, Unset)
        if key == "7":
            return not isinstance(self.field_7, Unset)
        if key == "30":
            return not isinstance(self.field_30, Unset)
        return key in self.additional_properties
