from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.tweet_geo_coordinates import TweetGeoCoordinates


T = TypeVar("T", bound="TweetGeo")
_DECLARED_KEYS = frozenset(
    (
        "place_id",
        "coordinates",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TweetGeo:
    """
    Attributes:
        place_id (str | Unset):
        coordinates (TweetGeoCoordinates | Unset):
    """

    place_id: str | Unset = UNSET
    coordinates: TweetGeoCoordinates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, place_id: str | Unset = UNSET, coordinates: TweetGeoCoordinates | Unset = UNSET) -> None:
        self.place_id = place_id
        self.coordinates = coordinates
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(place_id={self.place_id!r}, coordinates={self.coordinates!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.place_id == other.place_id
            and self.coordinates == other.coordinates
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        place_id = self.place_id

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if place_id is not UNSET:
            field_dict["place_id"] = place_id
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        place_id = d.get("place_id", UNSET)

        _coordinates = d.get("coordinates", UNSET)
        coordinates: TweetGeoCoordinates | Unset
        if isinstance(_coordinates, Unset):
            coordinates = UNSET
        else:
            coordinates = TweetGeoCoordinates.from_dict(_coordinates)

        if cls.__init__ is TweetGeo.__init__:
            _made = _new_instance(cls)
            _made.place_id = place_id
            _made.coordinates = coordinates
            tweet_geo = _made
        else:
            tweet_geo = cls(
                place_id=place_id,
                coordinates=coordinates,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("place_id" in d) + ("coordinates" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        tweet_geo.additional_properties = d
        return tweet_geo

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "place_id":
            if isinstance(self.place_id, Unset):
                raise KeyError(key)
            return self.place_id
        if key == "coordinates":
            if isinstance(self.coordinates, Unset):
                raise KeyError(key)
            return self.coordinates
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "place_id":
            self.place_id = value
            return
        if key == "coordinates":
            self.coordinates = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "place_id":
            return not isinstance(self.place_id, Unset)
        if key == "coordinates":
            return not isinstance(self.coordinates, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.tweet_geo_coordinates import TweetGeoCoordinates  # noqa: E402
