from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="MetricPoint")
_DECLARED_KEYS = frozenset(
    (
        "x",
        "y",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class MetricPoint:
    """
    Attributes:
        x (int): The bucket's start, milliseconds since the epoch.
        y (float | None):
    """

    x: int
    y: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, x: int, y: float | None) -> None:
        self.x = x
        self.y = y
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(x={self.x!r}, y={self.y!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.x == other.x and self.y == other.y and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y: float | None
        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        x = d["x"]

        y = d["y"]

        if cls.__init__ is MetricPoint.__init__:
            _made = _new_instance(cls)
            _made.x = x
            _made.y = y
            metric_point = _made
        else:
            metric_point = cls(
                x=x,
                y=y,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        metric_point.additional_properties = d
        return metric_point

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "x":
            if isinstance(self.x, Unset):
                raise KeyError(key)
            return self.x
        if key == "y":
            if isinstance(self.y, Unset):
                raise KeyError(key)
            return self.y
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "x":
            self.x = value
            return
        if key == "y":
            self.y = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "x":
            return not isinstance(self.x, Unset)
        if key == "y":
            return not isinstance(self.y, Unset)
        return key in self.additional_properties
