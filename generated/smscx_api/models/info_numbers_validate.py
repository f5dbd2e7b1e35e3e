from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.phone_numbers_by_country import PhoneNumbersByCountry


T = TypeVar("T", bound="InfoNumbersValidate")
_DECLARED_KEYS = frozenset(
    (
        "totalPhoneNumbers",
        "totalValid",
        "totalInvalid",
        "phoneNumbersByCountry",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoNumbersValidate:
    """
    Attributes:
        total_phone_numbers (int):
        total_valid (int):
        total_invalid (int):
        phone_numbers_by_country (PhoneNumbersByCountry): Number of phone numbers per destination country: ISO 3166-1
            alpha-2 code -> count.
    """

    total_phone_numbers: int
    total_valid: int
    total_invalid: int
    phone_numbers_by_country: PhoneNumbersByCountry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_phone_numbers: int,
        total_valid: int,
        total_invalid: int,
        phone_numbers_by_country: PhoneNumbersByCountry,
    ) -> None:
        self.total_phone_numbers = total_phone_numbers
        self.total_valid = total_valid
        self.total_invalid = total_invalid
        self.phone_numbers_by_country = phone_numbers_by_country
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_phone_numbers={self.total_phone_numbers!r}, total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, phone_numbers_by_country={self.phone_numbers_by_country!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_phone_numbers == other.total_phone_numbers
            and self.total_valid == other.total_valid
            and self.total_invalid == other.total_invalid
            and self.phone_numbers_by_country == other.phone_numbers_by_country
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        phone_numbers_by_country = self.phone_numbers_by_country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPhoneNumbers": total_phone_numbers,
                "totalValid": total_valid,
                "totalInvalid": total_invalid,
                "phoneNumbersByCountry": phone_numbers_by_country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_phone_numbers = d["totalPhoneNumbers"]

        total_valid = d["totalValid"]

        total_invalid = d["totalInvalid"]

        phone_numbers_by_country = PhoneNumbersByCountry.from_dict(d["phoneNumbersByCountry"])

        if cls.__init__ is InfoNumbersValidate.__init__:
            _made = _new_instance(cls)
            _made.total_phone_numbers = total_phone_numbers
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.phone_numbers_by_country = phone_numbers_by_country
            info_numbers_validate = _made
        else:
            info_numbers_validate = cls(
                total_phone_numbers=total_phone_numbers,
                total_valid=total_valid,
                total_invalid=total_invalid,
                phone_numbers_by_country=phone_numbers_by_country,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_numbers_validate.additional_properties = d
        return info_numbers_validate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
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
        if key == "phoneNumbersByCountry":
            if isinstance(self.phone_numbers_by_country, Unset):
                raise KeyError(key)
            return self.phone_numbers_by_country
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalValid":
            self.total_valid = value
            return
        if key == "totalInvalid":
            self.total_invalid = value
            return
        if key == "phoneNumbersByCountry":
            self.phone_numbers_by_country = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalValid":
            return not isinstance(self.total_valid, Unset)
        if key == "totalInvalid":
            return not isinstance(self.total_invalid, Unset)
        if key == "phoneNumbersByCountry":
            return not isinstance(self.phone_numbers_by_country, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.phone_numbers_by_country import PhoneNumbersByCountry  # noqa: E402
