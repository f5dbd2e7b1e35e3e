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


T = TypeVar("T", bound="InfoOptoutsNew")
_DECLARED_KEYS = frozenset(
    (
        "totalValid",
        "totalInvalid",
        "totalDuplicates",
        "totalPhoneNumbers",
        "phoneNumbersByCountry",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoOptoutsNew:
    """
    Attributes:
        total_valid (int):
        total_invalid (int):
        total_duplicates (int):
        total_phone_numbers (int):
        phone_numbers_by_country (PhoneNumbersByCountry): Number of phone numbers per destination country: ISO 3166-1
            alpha-2 code -> count.
        invalid (list[str]):
    """

    total_valid: int
    total_invalid: int
    total_duplicates: int
    total_phone_numbers: int
    phone_numbers_by_country: PhoneNumbersByCountry
    invalid: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_valid: int,
        total_invalid: int,
        total_duplicates: int,
        total_phone_numbers: int,
        phone_numbers_by_country: PhoneNumbersByCountry,
        invalid: list[str],
    ) -> None:
        self.total_valid = total_valid
        self.total_invalid = total_invalid
        self.total_duplicates = total_duplicates
        self.total_phone_numbers = total_phone_numbers
        self.phone_numbers_by_country = phone_numbers_by_country
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, total_duplicates={self.total_duplicates!r}, total_phone_numbers={self.total_phone_numbers!r}, phone_numbers_by_country={self.phone_numbers_by_country!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_valid == other.total_valid
            and self.total_invalid == other.total_invalid
            and self.total_duplicates == other.total_duplicates
            and self.total_phone_numbers == other.total_phone_numbers
            and self.phone_numbers_by_country == other.phone_numbers_by_country
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_duplicates = self.total_duplicates

        total_phone_numbers = self.total_phone_numbers

        phone_numbers_by_country = self.phone_numbers_by_country.to_dict()

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalValid": total_valid,
                "totalInvalid": total_invalid,
                "totalDuplicates": total_duplicates,
                "totalPhoneNumbers": total_phone_numbers,
                "phoneNumbersByCountry": phone_numbers_by_country,
                "invalid": invalid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_valid = d["totalValid"]

        total_invalid = d["totalInvalid"]

        total_duplicates = d["totalDuplicates"]

        total_phone_numbers = d["totalPhoneNumbers"]

        phone_numbers_by_country = PhoneNumbersByCountry.from_dict(d["phoneNumbersByCountry"])

        invalid = cast(list[str], d["invalid"])

        if cls.__init__ is InfoOptoutsNew.__init__:
            _made = _new_instance(cls)
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.total_duplicates = total_duplicates
            _made.total_phone_numbers = total_phone_numbers
            _made.phone_numbers_by_country = phone_numbers_by_country
            _made.invalid = invalid
            info_optouts_new = _made
        else:
            info_optouts_new = cls(
                total_valid=total_valid,
                total_invalid=total_invalid,
                total_duplicates=total_duplicates,
                total_phone_numbers=total_phone_numbers,
                phone_numbers_by_country=phone_numbers_by_country,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_optouts_new.additional_properties = d
        return info_optouts_new

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
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
        if key == "totalValid":
            return not isinstance(self.total_valid, Unset)
        if key == "totalInvalid":
            return not isinstance(self.total_invalid, Unset)
        if key == "totalDuplicates":
            return not isinstance(self.total_duplicates, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "phoneNumbersByCountry":
            return not isinstance(self.phone_numbers_by_country, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.phone_numbers_by_country import PhoneNumbersByCountry  # noqa: E402
