from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="HiddenResultData")
_DECLARED_KEYS = frozenset(("hidden",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class HiddenResultData:
    """
    Attributes:
        hidden (bool):
    """

    hidden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, hidden: bool) -> None:
        self.hidden = hidden
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(hidden={self.hidden!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.hidden == other.hidden and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hidden = d["hidden"]

        if cls.__init__ is HiddenResultData.__init__:
            _made = _new_instance(cls)
            _made.hidden = hidden
            hidden_result_data = _made
        else:
            hidden_result_data = cls(
                hidden=hidden,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        hidden_result_data.additional_properties = d
        return hidden_result_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "hidden":
            if isinstance(self.hidden, Unset):
                raise KeyError(key)
            return self.hidden
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "hidden":
            self.hidden = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "hidden":
            return not isinstance(self.hidden, Unset)
        return key in self.additional_properties
