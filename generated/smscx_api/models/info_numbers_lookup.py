from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.phone_numbers_by_country import PhoneNumbersByCountry


T = TypeVar("T", bound="InfoNumbersLookup")
_DECLARED_KEYS = frozenset(
    (
        "lookupBulkId",
        "totalPhoneNumbers",
        "totalValid",
        "totalInvalid",
        "totalCost",
        "phoneNumbersByCountry",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoNumbersLookup:
    """
    Attributes:
        lookup_bulk_id (str):
        total_phone_numbers (int):
        total_valid (int):
        total_invalid (int):
        total_cost (float):
        phone_numbers_by_country (PhoneNumbersByCountry): Number of phone numbers per destination country: ISO 3166-1
            alpha-2 code -> count.
        invalid (list[str]):
    """

    lookup_bulk_id: str
    total_phone_numbers: int
    total_valid: int
    total_invalid: int
    total_cost: float
    phone_numbers_by_country: PhoneNumbersByCountry
    invalid: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        lookup_bulk_id: str,
        total_phone_numbers: int,
        total_valid: int,
        total_invalid: int,
        total_cost: float,
        phone_numbers_by_country: PhoneNumbersByCountry,
        invalid: list[str],
    ) -> None:
        self.lookup_bulk_id = lookup_bulk_id
        self.total_phone_numbers = total_phone_numbers
        self.total_valid = total_valid
        self.total_invalid = total_invalid
        self.total_cost = total_cost
        self.phone_numbers_by_country = phone_numbers_by_country
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(lookup_bulk_id={self.lookup_bulk_id!r}, total_phone_numbers={self.total_phone_numbers!r}, total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, total_cost={self.total_cost!r}, phone_numbers_by_country={self.phone_numbers_by_country!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.lookup_bulk_id == other.lookup_bulk_id
            and self.total_phone_numbers == other.total_phone_numbers
            and self.total_valid == other.total_valid
            and self.total_invalid == other.total_invalid
            and self.total_cost == other.total_cost
            and self.phone_numbers_by_country == other.phone_numbers_by_country
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        lookup_bulk_id = self.lookup_bulk_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_cost = self.total_cost

        phone_numbers_by_country = self.phone_numbers_by_country.to_dict()

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lookupBulkId": lookup_bulk_id,
                "totalPhoneNumbers": total_phone_numbers,
                "totalValid": total_valid,
                "totalInvalid": total_invalid,
                "totalCost": total_cost,
                "phoneNumbersByCountry": phone_numbers_by_country,
                "invalid": invalid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        lookup_bulk_id = d["lookupBulkId"]

        total_phone_numbers = d["totalPhoneNumbers"]

        total_valid = d["totalValid"]

        total_invalid = d["totalInvalid"]

        total_cost = d["totalCost"]

        phone_numbers_by_country = PhoneNumbersByCountry.from_dict(d["phoneNumbersByCountry"])

        invalid = cast(list[str], d["invalid"])

        if cls.__init__ is InfoNumbersLookup.__init__:
            _made = _new_instance(cls)
            _made.lookup_bulk_id = lookup_bulk_id
            _made.total_phone_numbers = total_phone_numbers
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.total_cost = total_cost
            _made.phone_numbers_by_country = phone_numbers_by_country
            _made.invalid = invalid
            info_numbers_lookup = _made
        else:
            info_numbers_lookup = cls(
                lookup_bulk_id=lookup_bulk_id,
                total_phone_numbers=total_phone_numbers,
                total_valid=total_valid,
                total_invalid=total_invalid,
                total_cost=total_cost,
                phone_numbers_by_country=phone_numbers_by_country,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_numbers_lookup.additional_properties = d
        return info_numbers_lookup

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "lookupBulkId":
            if isinstance(self.lookup_bulk_id, Unset):
                raise KeyError(key)
            return self.lookup_bulk_id
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        if key == "totalValid":
            if isinstance(self.total_valid, Unset):
                raise KeyError(key)
            return self.total_valid
        if key == "totalInvalid":
            if isinstance(self.total_invalid, Unset):
                raise KeyError(key)
            return self.total_invalid
        if key == "totalCost":
            if isinstance(self.total_cost, Unset):
                raise KeyError(key)
            return self.total_cost
        if key == "phoneNumbersByCountry":
            if isinstance(self.phone_numbers_by_country, Unset):
                raise KeyError(key)
            return self.phone_numbers_by_country
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "lookupBulkId":
            self.lookup_bulk_id = value
            return
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalValid":
            self.total_valid = value
            return
        if key == "totalInvalid":
            self.total_invalid = value
            return
        if key == "totalCost":
            self.total_cost = value
            return
        if key == "phoneNumbersByCountry":
            self.phone_numbers_by_country = value
            return
        if key == "invalid":
            self.invalid = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "lookupBulkId":
            return not isinstance(self.lookup_bulk_id, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalValid":
            return not isinstance(self.total_valid, Unset)
        if key == "totalInvalid":
            return not isinstance(self.total_invalid, Unset)
        if key == "totalCost":
            return not isinstance(self.total_cost, Unset)
        if key == "phoneNumbersByCountry":
            return not isinstance(self.phone_numbers_by_country, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.phone_numbers_by_country import PhoneNumbersByCountry  # noqa: E402
