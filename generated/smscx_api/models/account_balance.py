from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="AccountBalance")
_DECLARED_KEYS = frozenset(
    (
        "balance",
        "currency",
        "billing",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class AccountBalance:
    """
    Attributes:
        balance (float):
        currency (str): One of: `eur`, `usd`.
        billing (str): One of: `prepaid`, `postpaid`.
    """

    balance: float
    currency: str
    billing: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, balance: float, currency: str, billing: str) -> None:
        self.balance = balance
        self.currency = currency
        self.billing = billing
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(balance={self.balance!r}, currency={self.currency!r}, billing={self.billing!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.balance == other.balance
            and self.currency == other.currency
            and self.billing == other.billing
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        currency = self.currency

        billing = self.billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "currency": currency,
                "billing": billing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance = d["balance"]

        currency = d["currency"]

        billing = d["billing"]

        if cls.__init__ is AccountBalance.__init__:
            _made = _new_instance(cls)
            _made.balance = balance
            _made.currency = currency
            _made.billing = billing
            account_balance = _made
        else:
            account_balance = cls(
                balance=balance,
                currency=currency,
                billing=billing,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        account_balance.additional_properties = d
        return account_balance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "balance":
            if isinstance(self.balance, Unset):
                raise KeyError(key)
            return self.balance
        if key == "currency":
            if isinstance(self.currency, Unset):
                raise KeyError(key)
            return self.currency
        if key == "billing":
            if isinstance(self.billing, Unset):
                raise KeyError(key)
            return self.billing
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "balance":
            self.balance = value
            return
        if key == "currency":
            self.currency = value
            return
        if key == "billing":
            self.billing = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "balance":
            return not isinstance(self.balance, Unset)
        if key == "currency":
            return not isinstance(self.currency, Unset)
        if key == "billing":
            return not isinstance(self.billing, Unset)
        return key in self.additional_properties
