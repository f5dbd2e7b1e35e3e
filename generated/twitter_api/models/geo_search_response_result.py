from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.v1_place import V1Place


T = TypeVar("T", bound="GeoSearchResponseResult")
_DECLARED_KEYS = frozenset(("places",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class GeoSearchResponseResult:
    """
    Attributes:
        places (list[V1Place]):
    """

    places: list[V1Place]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, places: list[V1Place]) -> None:
        self.places = places
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(places={self.places!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.places == other.places and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        places = []
        for places_item_data in self.places:
            places_item = places_item_data.to_dict()
            places.append(places_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "places": places,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        places = []
        _places = d["places"]
        for places_item_data in _places:
            places_item = V1Place.from_dict(places_item_data)

            places.append(places_item)

        if cls.__init__ is GeoSearchResponseResult.__init__:
            _made = _new_instance(cls)
            _made.places = places
            geo_search_response_result = _made
        else:
            geo_search_response_result = cls(
                places=places,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        geo_search_response_result.additional_properties = d
        return geo_search_response_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "places":
            if isinstance(self.places, Unset):
                raise KeyError(key)
            return self.places
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "places":
            self.places = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "places":
            return not isinstance(self.places, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.v1_place import V1Place  # noqa: E402
