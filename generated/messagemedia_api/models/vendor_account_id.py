from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="VendorAccountId")
_DECLARED_KEYS = frozenset(
    (
        "vendor_id",
        "account_id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class VendorAccountId:
    """
    Attributes:
        vendor_id (str | Unset):
        account_id (str | Unset):
    """

    vendor_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, vendor_id: str | Unset = UNSET, account_id: str | Unset = UNSET) -> None:
        self.vendor_id = vendor_id
        self.account_id = account_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(vendor_id={self.vendor_id!r}, account_id={self.account_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.vendor_id == other.vendor_id
            and self.account_id == other.account_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        vendor_id = d.get("vendor_id", UNSET)

        account_id = d.get("account_id", UNSET)

        if cls.__init__ is VendorAccountId.__init__:
            _made = _new_instance(cls)
            _made.vendor_id = vendor_id
            _made.account_id = account_id
            vendor_account_id = _made
        else:
            vendor_account_id = cls(
                vendor_id=vendor_id,
                account_id=account_id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("vendor_id" in d) + ("account_id" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        vendor_account_id.additional_properties = d
        return vendor_account_id

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "vendor_id":
            if isinstance(self.vendor_id, Unset):
                raise KeyError(key)
            return self.vendor_id
        if key == "account_id":
            if isinstance(self.account_id, Unset):
                raise KeyError(key)
            return self.account_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "vendor_id":
            self.vendor_id = value
            return
        if key == "account_id":
            self.account_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "vendor_id":
            return not isinstance(self.vendor_id, Unset)
        if key == "account_id":
            return not isinstance(self.account_id, Unset)
        return key in self.additional_properties
