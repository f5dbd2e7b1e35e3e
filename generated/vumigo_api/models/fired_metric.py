from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from ..models.aggregator import Aggregator

T = TypeVar("T", bound="FiredMetric")
_DECLARED_KEYS = frozenset(
    (
        "name",
        "value",
        "aggregator",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class FiredMetric:
    """
    Attributes:
        name (str):
        value (float):
        aggregator (Aggregator):
    """

    name: str
    value: float
    aggregator: Aggregator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, name: str, value: float, aggregator: Aggregator) -> None:
        self.name = name
        self.value = value
        self.aggregator = aggregator
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, value={self.value!r}, aggregator={self.aggregator!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.value == other.value
            and self.aggregator == other.aggregator
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        aggregator = self.aggregator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "aggregator": aggregator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        value = d["value"]

        aggregator = Aggregator(d["aggregator"])

        if cls.__init__ is FiredMetric.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.value = value
            _made.aggregator = aggregator
            fired_metric = _made
        else:
            fired_metric = cls(
                name=name,
                value=value,
                aggregator=aggregator,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        fired_metric.additional_properties = d
        return fired_metric

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "value":
            if isinstance(self.value, Unset):
                raise KeyError(key)
            return self.value
        if key == "aggregator":
            if isinstance(self.aggregator, Unset):
                raise KeyError(key)
            return self.aggregator
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "name":
            self.name = value
            return
        if key == "value":
            self.value = value
            return
        if key == "aggregator":
            self.aggregator = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "value":
            return not isinstance(self.value, Unset)
        if key == "aggregator":
            return not isinstance(self.aggregator, Unset)
        return key in self.additional_properties
