from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.place_geo import PlaceGeo


T = TypeVar("T", bound="Place")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "full_name",
        "name",
        "country",
        "country_code",
        "place_type",
        "contained_within",
        "geo",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Place:
    """
    Attributes:
        id (str):
        full_name (str):
        name (str | Unset):
        country (str | Unset):
        country_code (str | Unset):
        place_type (str | Unset):
        contained_within (list[str] | Unset):
        geo (PlaceGeo | Unset):
    """

    id: str
    full_name: str
    name: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    place_type: str | Unset = UNSET
    contained_within: list[str] | Unset = UNSET
    geo: PlaceGeo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        full_name: str,
        name: str | Unset = UNSET,
        country: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        place_type: str | Unset = UNSET,
        contained_within: list[str] | Unset = UNSET,
        geo: PlaceGeo | Unset = UNSET,
    ) -> None:
        self.id = id
        self.full_name = full_name
        self.name = name
        self.country = country
        self.country_code = country_code
        self.place_type = place_type
        self.contained_within = contained_within
        self.geo = geo
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, full_name={self.full_name!r}, name={self.name!r}, country={self.country!r}, country_code={self.country_code!r}, place_type={self.place_type!r}, contained_within={self.contained_within!r}, geo={self.geo!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.full_name == other.full_name
            and self.name == other.name
            and self.country == other.country
            and self.country_code == other.country_code
            and self.place_type == other.place_type
            and self.contained_within == other.contained_within
            and self.geo == other.geo
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name = self.full_name

        name = self.name

        country = self.country

        country_code = self.country_code

        place_type = self.place_type

        contained_within: list[str] | Unset = UNSET
        if not isinstance(self.contained_within, Unset):
            contained_within = self.contained_within

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_name": full_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if place_type is not UNSET:
            field_dict["place_type"] = place_type
        if contained_within is not UNSET:
            field_dict["contained_within"] = contained_within
        if geo is not UNSET:
            field_dict["geo"] = geo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        full_name = d["full_name"]

        name = d.get("name", UNSET)

        country = d.get("country", UNSET)

        country_code = d.get("country_code", UNSET)

        place_type = d.get("place_type", UNSET)

        contained_within = cast(list[str], d.get("contained_within", UNSET))

        _geo = d.get("geo", UNSET)
        geo: PlaceGeo | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = PlaceGeo.from_dict(_geo)

        if cls.__init__ is Place.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.full_name = full_name
            _made.name = name
            _made.country = country
            _made.country_code = country_code
            _made.place_type = place_type
            _made.contained_within = contained_within
            _made.geo = geo
            place = _made
        else:
            place = cls(
                id=id,
                full_name=full_name,
                name=name,
                country=country,
                country_code=country_code,
                place_type=place_type,
                contained_within=contained_within,
                geo=geo,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        place.additional_properties = d
        return place

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "full_name":
            if isinstance(self.full_name, Unset):
                raise KeyError(key)
            return self.full_name
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "country":
            if isinstance(self.country, Unset):
                raise KeyError(key)
            return self.country
        if key == "country_code":
            if isinstance(self.country_code, Unset):
                raise KeyError(key)
            return self.country_code
        if key == "place_type":
            if isinstance(self.place_type, Unset):
                raise KeyError(key)
            return self.place_type
        if key == "contained_within":
            if isinstance(self.contained_within, Unset):
                raise KeyError(key)
            return self.contained_within
        if key == "geo":
            if isinstance(self.geo, Unset):
                raise KeyError(key)
            return self.geo
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "full_name":
            self.full_name = value
            return
        if key == "name":
            self.name = value
            return
        if key == "country":
            self.country = value
            return
        if key == "country_code":
            self.country_code = value
            return
        if key == "place_type":
            self.place_type = value
            return
        if key == "contained_within":
            self.contained_within = value
            return
        if key == "geo":
            self.geo = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "full_name":
            return not isinstance(self.full_name, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "country":
            return not isinstance(self.country, Unset)
        if key == "country_code":
            return not isinstance(self.country_code, Unset)
        if key == "place_type":
            return not isinstance(self.place_type, Unset)
        if key == "contained_within":
            return not isinstance(self.contained_within, Unset)
        if key == "geo":
            return not isinstance(self.geo, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.place_geo import PlaceGeo  # noqa: E402
