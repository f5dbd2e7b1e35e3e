from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="PortedNetwork")
_DECLARED_KEYS = frozenset(
    (
        "name",
        "mnc",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class PortedNetwork:
    """
    Attributes:
        name (str):
        mnc (str):
    """

    name: str
    mnc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, name: str, mnc: str) -> None:
        self.name = name
        self.mnc = mnc
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, mnc={self.mnc!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.mnc == other.mnc
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mnc = self.mnc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mnc": mnc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        mnc = d["mnc"]

        if cls.__init__ is PortedNetwork.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.mnc = mnc
            ported_network = _made
        else:
            ported_network = cls(
                name=name,
                mnc=mnc,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        ported_network.additional_properties = d
        return ported_network

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "mnc":
            if isinstance(self.mnc, Unset):
                raise KeyError(key)
            return self.mnc
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "name":
            self.name = value
            return
        if key == "mnc":
            self.mnc = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "mnc":
            return not isinstance(self.mnc, Unset)
        return key in self.additional_properties
