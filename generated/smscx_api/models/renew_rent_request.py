from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.renew_rent_request_rent_period import RenewRentRequestRentPeriod

T = TypeVar("T", bound="RenewRentRequest")
_DECLARED_KEYS = frozenset(
    (
        "rentPeriod",
        "autoRenew",
        "callbackUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RenewRentRequest:
    """
    Attributes:
        rent_period (RenewRentRequestRentPeriod | Unset):
        auto_renew (bool | Unset): Server default: `false`.
        callback_url (None | str | Unset):
    """

    rent_period: RenewRentRequestRentPeriod | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        rent_period: RenewRentRequestRentPeriod | Unset = UNSET,
        auto_renew: bool | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
    ) -> None:
        self.rent_period = rent_period
        self.auto_renew = auto_renew
        self.callback_url = callback_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(rent_period={self.rent_period!r}, auto_renew={self.auto_renew!r}, callback_url={self.callback_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rent_period == other.rent_period
            and self.auto_renew == other.auto_renew
            and self.callback_url == other.callback_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        rent_period: int | Unset = UNSET
        if not isinstance(self.rent_period, Unset):
            rent_period = self.rent_period.value

        auto_renew = self.auto_renew

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rent_period is not UNSET:
            field_dict["rentPeriod"] = rent_period
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _rent_period = d.get("rentPeriod", UNSET)
        rent_period: RenewRentRequestRentPeriod | Unset
        if isinstance(_rent_period, Unset):
            rent_period = UNSET
        else:
            rent_period = RenewRentRequestRentPeriod(_rent_period)

        auto_renew = d.get("autoRenew", UNSET)

        callback_url = d.get("callbackUrl", UNSET)

        if cls.__init__ is RenewRentRequest.__init__:
            _made = _new_instance(cls)
            _made.rent_period = rent_period
            _made.auto_renew = auto_renew
            _made.callback_url = callback_url
            renew_rent_request = _made
        else:
            renew_rent_request = cls(
                rent_period=rent_period,
                auto_renew=auto_renew,
                callback_url=callback_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("rentPeriod" in d) + ("autoRenew" in d) + ("callbackUrl" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        renew_rent_request.additional_properties = d
        return renew_rent_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "rentPeriod":
            if isinstance(self.rent_period, Unset):
                raise KeyError(key)
            return self.rent_period
        if key == "autoRenew":
            if isinstance(self.auto_renew, Unset):
                raise KeyError(key)
            return self.auto_renew
        if key == "callbackUrl":
            if isinstance(self.callback_url, Unset):
                raise KeyError(key)
            return self.callback_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "rentPeriod":
            self.rent_period = value
            return
        if key == "autoRenew":
            self.auto_renew = value
            return
        if key == "callbackUrl":
            self.callback_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "rentPeriod":
            return not isinstance(self.rent_period, Unset)
        if key == "autoRenew":
            return not isinstance(self.auto_renew, Unset)
        if key == "callbackUrl":
            return not isinstance(self.callback_url, Unset)
        return key in self.additional_properties
