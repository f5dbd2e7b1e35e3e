from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Accepted")
_DECLARED_KEYS = frozenset(
    (
        "parts",
        "costParts",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Accepted:
    """
    Attributes:
        parts (int):
        cost_parts (float):
    """

    parts: int
    cost_parts: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, parts: int, cost_parts: float) -> None:
        self.parts = parts
        self.cost_parts = cost_parts
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(parts={self.parts!r}, cost_parts={self.cost_parts!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.parts == other.parts
            and self.cost_parts == other.cost_parts
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        parts = self.parts

        cost_parts = self.cost_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts": parts,
                "costParts": cost_parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        parts = d["parts"]

        cost_parts = d["costParts"]

        if cls.__init__ is Accepted.__init__:
            _made = _new_instance(cls)
            _made.parts = parts
            _made.cost_parts = cost_parts
            accepted = _made
        else:
            accepted = cls(
                parts=parts,
                cost_parts=cost_parts,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        accepted.additional_properties = d
        return accepted

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "costParts":
            if isinstance(self.cost_parts, Unset):
                raise KeyError(key)
            return self.cost_parts
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "parts":
            self.parts = value
            return
        if key == "costParts":
            self.cost_parts = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "costParts":
            return not isinstance(self.cost_parts, Unset)
        return key in self.additional_properties
