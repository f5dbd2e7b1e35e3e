from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="QuietHours")
_DECLARED_KEYS = frozenset(
    (
        "start",
        "stop",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class QuietHours:
    """
    Attributes:
        start (str):
        stop (str):
    """

    start: str
    stop: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, start: str, stop: str) -> None:
        self.start = start
        self.stop = stop
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(start={self.start!r}, stop={self.stop!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start == other.start
            and self.stop == other.stop
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        stop = self.stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "stop": stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        stop = d["stop"]

        if cls.__init__ is QuietHours.__init__:
            _made = _new_instance(cls)
            _made.start = start
            _made.stop = stop
            quiet_hours = _made
        else:
            quiet_hours = cls(
                start=start,
                stop=stop,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        quiet_hours.additional_properties = d
        return quiet_hours

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "start":
            if isinstance(self.start, Unset):
                raise KeyError(key)
            return self.start
        if key == "stop":
            if isinstance(self.stop, Unset):
                raise KeyError(key)
            return self.stop
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "start":
            self.start = value
            return
        if key == "stop":
            self.stop = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "start":
            return not isinstance(self.start, Unset)
        if key == "stop":
            return not isinstance(self.stop, Unset)
        return key in self.additional_properties
