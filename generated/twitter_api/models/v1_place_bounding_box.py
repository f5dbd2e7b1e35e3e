from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="V1PlaceBoundingBox")
_DECLARED_KEYS = frozenset(
    (
        "type",
        "coordinates",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1PlaceBoundingBox:
    """
    Attributes:
        type_ (str):
        coordinates (list[list[list[float]]]):
    """

    type_: str
    coordinates: list[list[list[float]]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type_: str, coordinates: list[list[list[float]]]) -> None:
        self.type_ = type_
        self.coordinates = coordinates
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, coordinates={self.coordinates!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.coordinates == other.coordinates
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = []
        for coordinates_item_data in self.coordinates:
            coordinates_item = []
            for coordinates_item_item_data in coordinates_item_data:
                coordinates_item_item = coordinates_item_item_data

                coordinates_item.append(coordinates_item_item)

            coordinates.append(coordinates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coordinates": coordinates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        coordinates = []
        _coordinates = d["coordinates"]
        for coordinates_item_data in _coordinates:
            coordinates_item = []
            _coordinates_item = coordinates_item_data
            for coordinates_item_item_data in _coordinates_item:
                coordinates_item_item = cast(list[float], coordinates_item_item_data)

                coordinates_item.append(coordinates_item_item)

            coordinates.append(coordinates_item)

        if cls.__init__ is V1PlaceBoundingBox.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.coordinates = coordinates
            v1_place_bounding_box = _made
        else:
            v1_place_bounding_box = cls(
                type_=type_,
                coordinates=coordinates,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_place_bounding_box.additional_properties = d
        return v1_place_bounding_box

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "coordinates":
            if isinstance(self.coordinates, Unset):
                raise KeyError(key)
            return self.coordinates
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "type":
            self.type_ = value
            return
        if key == "coordinates":
            self.coordinates = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "coordinates":
            return not isinstance(self.coordinates, Unset)
        return key in self.additional_properties
