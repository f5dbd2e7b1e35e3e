from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InvalidateTokenResult")
_DECLARED_KEYS = frozenset(("access_token",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InvalidateTokenResult:
    """
    Attributes:
        access_token (str):
    """

    access_token: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, access_token: str) -> None:
        self.access_token = access_token
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.access_token == other.access_token and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["access_token"]

        if cls.__init__ is InvalidateTokenResult.__init__:
            _made = _new_instance(cls)
            _made.access_token = access_token
            invalidate_token_result = _made
        else:
            invalidate_token_result = cls(
                access_token=access_token,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        invalidate_token_result.additional_properties = d
        return invalidate_token_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "access_token":
            if isinstance(self.access_token, Unset):
                raise KeyError(key)
            return self.access_token
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "access_token":
            self.access_token = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "access_token":
            return not isinstance(self.access_token, Unset)
        return key in self.additional_properties
