from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="InfoGroupsAddContactsResponse")
_DECLARED_KEYS = frozenset(
    (
        "totalCost",
        "totalValid",
        "totalInvalid",
        "totalDuplicates",
        "totalPhoneNumbers",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoGroupsAddContactsResponse:
    """
    Attributes:
        total_cost (float):
        total_valid (int):
        total_invalid (int):
        total_duplicates (int):
        total_phone_numbers (int):
        invalid (list[str]):
    """

    total_cost: float
    total_valid: int
    total_invalid: int
    total_duplicates: int
    total_phone_numbers: int
    invalid: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_cost: float,
        total_valid: int,
        total_invalid: int,
        total_duplicates: int,
        total_phone_numbers: int,
        invalid: list[str],
    ) -> None:
        self.total_cost = total_cost
        self.total_valid = total_valid
        self.total_invalid = total_invalid
        self.total_duplicates = total_duplicates
        self.total_phone_numbers = total_phone_numbers
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_cost={self.total_cost!r}, total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, total_duplicates={self.total_duplicates!r}, total_phone_numbers={self.total_phone_numbers!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_cost == other.total_cost
            and self.total_valid == other.total_valid
            and self.total_invalid == other.total_invalid
            and self.total_duplicates == other.total_duplicates
            and self.total_phone_numbers == other.total_phone_numbers
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_duplicates = self.total_duplicates

        total_phone_numbers = self.total_phone_numbers

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCost": total_cost,
                "totalValid": total_valid,
                "totalInvalid": total_invalid,
                "totalDuplicates": total_duplicates,
                "totalPhoneNumbers": total_phone_numbers,
                "invalid": invalid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_cost = d["totalCost"]

        total_valid = d["totalValid"]

        total_invalid = d["totalInvalid"]

        total_duplicates = d["totalDuplicates"]

        total_phone_numbers = d["totalPhoneNumbers"]

        invalid = cast(list[str], d["invalid"])

        if cls.__init__ is InfoGroupsAddContactsResponse.__init__:
            _made = _new_instance(cls)
            _made.total_cost = total_cost
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.total_duplicates = total_duplicates
            _made.total_phone_numbers = total_phone_numbers
            _made.invalid = invalid
            info_groups_add_contacts_response = _made
        else:
            info_groups_add_contacts_response = cls(
                total_cost=total_cost,
                total_valid=total_valid,
                total_invalid=total_invalid,
                total_duplicates=total_duplicates,
                total_phone_numbers=total_phone_numbers,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_groups_add_contacts_response.additional_properties = d
        return info_groups_add_contacts_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "totalCost":
            if isinstance(self.total_cost, Unset):
                raise KeyError(key)
            return self.total_cost
        if key == "totalValid":
            if isinstance(self.total_valid, Unset):
                raise KeyError(key)
            return self.total_valid
        if key == "totalInvalid":
            if isinstance(self.total_invalid, Unset):
                raise KeyError(key)
            return self.total_invalid
        if key == "totalDuplicates":
            if isinstance(self.total_duplicates, Unset):
                raise KeyError(key)
            return self.total_duplicates
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "totalCost":
            self.total_cost = value
            return
        if key == "totalValid":
            self.total_valid = value
            return
        if key == "totalInvalid":
            self.total_invalid = value
            return
        if key == "totalDuplicates":
            self.total_duplicates = value
            return
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "invalid":
            self.invalid = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "totalCost":
            return not isinstance(self.total_cost, Unset)
        if key == "totalValid":
            return not isinstance(self.total_valid, Unset)
        if key == "totalInvalid":
            return not isinstance(self.total_invalid, Unset)
        if key == "totalDuplicates":
            return not isinstance(self.total_duplicates, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties
