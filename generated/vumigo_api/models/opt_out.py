from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="OptOut")
_DECLARED_KEYS = frozenset(
    (
        "created_at",
        "message",
        "user_account",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OptOut:
    """
    Attributes:
        created_at (str):
        message (None | str): The key of the message that opted the address out, if any.
        user_account (str):
    """

    created_at: str
    message: None | str
    user_account: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, created_at: str, message: None | str, user_account: str) -> None:
        self.created_at = created_at
        self.message = message
        self.user_account = user_account
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(created_at={self.created_at!r}, message={self.message!r}, user_account={self.user_account!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.created_at == other.created_at
            and self.message == other.message
            and self.user_account == other.user_account
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        message: None | str
        message = self.message

        user_account = self.user_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "message": message,
                "user_account": user_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = d["created_at"]

        message = d["message"]

        user_account = d["user_account"]

        if cls.__init__ is OptOut.__init__:
            _made = _new_instance(cls)
            _made.created_at = created_at
            _made.message = message
            _made.user_account = user_account
            opt_out = _made
        else:
            opt_out = cls(
                created_at=created_at,
                message=message,
                user_account=user_account,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        opt_out.additional_properties = d
        return opt_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        if key == "user_account":
            if isinstance(self.user_account, Unset):
                raise KeyError(key)
            return self.user_account
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "created_at":
            self.created_at = value
            return
        if key == "message":
            self.message = value
            return
        if key == "user_account":
            self.user_account = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "message":
            return not isinstance(self.message, Unset)
        if key == "user_account":
            return not isinstance(self.user_account, Unset)
        return key in self.additional_properties
