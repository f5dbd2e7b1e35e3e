from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="CreditsRemainingResponse")
_DECLARED_KEYS = frozenset(
    (
        "credits",
        "expiry_date",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CreditsRemainingResponse:
    """
    Attributes:
        credits_ (int | Unset):
        expiry_date (datetime.datetime | Unset):
    """

    credits_: int | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, credits_: int | Unset = UNSET, expiry_date: datetime.datetime | Unset = UNSET) -> None:
        self.credits_ = credits_
        self.expiry_date = expiry_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(credits_={self.credits_!r}, expiry_date={self.expiry_date!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.credits_ == other.credits_
            and self.expiry_date == other.expiry_date
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        credits_ = d.get("credits", UNSET)

        _expiry_date = d.get("expiry_date", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        if cls.__init__ is CreditsRemainingResponse.__init__:
            _made = _new_instance(cls)
            _made.credits_ = credits_
            _made.expiry_date = expiry_date
            credits_remaining_response = _made
        else:
            credits_remaining_response = cls(
                credits_=credits_,
                expiry_date=expiry_date,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("credits" in d) + ("expiry_date" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        credits_remaining_response.additional_properties = d
        return credits_remaining_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "credits":
            if isinstance(self.credits_, Unset):
                raise KeyError(key)
            return self.credits_
        if key == "expiry_date":
            if isinstance(self.expiry_date, Unset):
                raise KeyError(key)
            return self.expiry_date
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "credits":
            self.credits_ = value
            return
        if key == "expiry_date":
            self.expiry_date = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "credits":
            return not isinstance(self.credits_, Unset)
        if key == "expiry_date":
            return not isinstance(self.expiry_date, Unset)
        return key in self.additional_properties
