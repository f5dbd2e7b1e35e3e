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
    from ..models.v1_place_attributes import V1PlaceAttributes
    from ..models.v1_place_bounding_box import V1PlaceBoundingBox
    from ..models.v1_place_contained_within_item import V1PlaceContainedWithinItem


T = TypeVar("T", bound="V1Place")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "full_name",
        "place_type",
        "country",
        "country_code",
        "url",
        "centroid",
        "bounding_box",
        "contained_within",
        "attributes",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1Place:
    """
    Attributes:
        id (str):
        name (str):
        full_name (str):
        place_type (str):
        country (str):
        country_code (str):
        url (str | Unset):
        centroid (list[float] | Unset):
        bounding_box (V1PlaceBoundingBox | Unset):
        contained_within (list[V1PlaceContainedWithinItem] | Unset):
        attributes (V1PlaceAttributes | Unset):
    """

    id: str
    name: str
    full_name: str
    place_type: str
    country: str
    country_code: str
    url: str | Unset = UNSET
    centroid: list[float] | Unset = UNSET
    bounding_box: V1PlaceBoundingBox | Unset = UNSET
    contained_within: list[V1PlaceContainedWithinItem] | Unset = UNSET
    attributes: V1PlaceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        name: str,
        full_name: str,
        place_type: str,
        country: str,
        country_code: str,
        url: str | Unset = UNSET,
        centroid: list[float] | Unset = UNSET,
        bounding_box: V1PlaceBoundingBox | Unset = UNSET,
        contained_within: list[V1PlaceContainedWithinItem] | Unset = UNSET,
        attributes: V1PlaceAttributes | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.full_name = full_name
        self.place_type = place_type
        self.country = country
        self.country_code = country_code
        self.url = url
        self.centroid = centroid
        self.bounding_box = bounding_box
        self.contained_within = contained_within
        self.attributes = attributes
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, full_name={self.full_name!r}, place_type={self.place_type!r}, country={self.country!r}, country_code={self.country_code!r}, url={self.url!r}, centroid={self.centroid!r}, bounding_box={self.bounding_box!r}, contained_within={self.contained_within!r}, attributes={self.attributes!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.full_name == other.full_name
            and self.place_type == other.place_type
            and self.country == other.country
            and self.country_code == other.country_code
            and self.url == other.url
            and self.centroid == other.centroid
            and self.bounding_box == other.bounding_box
            and self.contained_within == other.contained_within
            and self.attributes == other.attributes
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        full_name = self.full_name

        place_type = self.place_type

        country = self.country

        country_code = self.country_code

        url = self.url

        centroid: list[float] | Unset = UNSET
        if not isinstance(self.centroid, Unset):
            centroid = self.centroid

        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
            bounding_box = self.bounding_box.to_dict()

        contained_within: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contained_within, Unset):
            contained_within = []
            for contained_within_item_data in self.contained_within:
                contained_within_item = contained_within_item_data.to_dict()
                contained_within.append(contained_within_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "full_name": full_name,
                "place_type": place_type,
                "country": country,
                "country_code": country_code,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if centroid is not UNSET:
            field_dict["centroid"] = centroid
        if bounding_box is not UNSET:
            field_dict["bounding_box"] = bounding_box
        if contained_within is not UNSET:
            field_dict["contained_within"] = contained_within
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        full_name = d["full_name"]

        place_type = d["place_type"]

        country = d["country"]

        country_code = d["country_code"]

        url = d.get("url", UNSET)

        centroid = cast(list[float], d.get("centroid", UNSET))

        _bounding_box = d.get("bounding_box", UNSET)
        bounding_box: V1PlaceBoundingBox | Unset
        if isinstance(_bounding_box, Unset):
            bounding_box = UNSET
        else:
            bounding_box = V1PlaceBoundingBox.from_dict(_bounding_box)

        _contained_within = d.get("contained_within", UNSET)
        contained_within: list[V1PlaceContainedWithinItem] | Unset = UNSET
        if _contained_within is not UNSET:
            contained_within = []
            for contained_within_item_data in _contained_within:
                contained_within_item = V1PlaceContainedWithinItem.from_dict(contained_within_item_data)

                contained_within.append(contained_within_item)

        _attributes = d.get("attributes", UNSET)
        attributes: V1PlaceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = V1PlaceAttributes.from_dict(_attributes)

        if cls.__init__ is V1Place.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.full_name = full_name
            _made.place_type = place_type
            _made.country = country
            _made.country_code = country_code
            _made.url = url
            _made.centroid = centroid
            _made.bounding_box = bounding_box
            _made.contained_within = contained_within
            _made.attributes = attributes
            v1_place = _made
        else:
            v1_place = cls(
                id=id,
                name=name,
                full_name=full_name,
                place_type=place_type,
                country=country,
                country_code=country_code,
                url=url,
                centroid=centroid,
                bounding_box=bounding_box,
                contained_within=contained_within,
                attributes=attributes,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_place.additional_properties = d
        return v1_place

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "full_name":
            if isinstance(self.full_name, Unset):
                raise KeyError(key)
            return self.full_name
        if key == "place_type":
            if isinstance(self.place_type, Unset):
                raise KeyError(key)
            return self.place_type
        if key == "country":
            if isinstance(self.country, Unset):
                raise KeyError(key)
            return self.country
        if key == "country_code":
            if isinstance(self.country_code, Unset):
                raise KeyError(key)
            return self.country_code
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "centroid":
            if isinstance(self.centroid, Unset):
                raise KeyError(key)
            return self.centroid
        if key == "bounding_box":
            if isinstance(self.bounding_box, Unset):
                raise KeyError(key)
            return self.bounding_box
        if key == "contained_within":
            if isinstance(self.contained_within, Unset):
                raise KeyError(key)
            return self.contained_within
        if key == "attributes":
            if isinstance(self.attributes, Unset):
                raise KeyError(key)
            return self.attributes
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "full_name":
            self.full_name = value
            return
        if key == "place_type":
            self.place_type = value
            return
        if key == "country":
            self.country = value
            return
        if key == "country_code":
            self.country_code = value
            return
        if key == "url":
            self.url = value
            return
        if key == "centroid":
            self.centroid = value
            return
        if key == "bounding_box":
            self.bounding_box = value
            return
        if key == "contained_within":
            self.contained_within = value
            return
        if key == "attributes":
            self.attributes = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "full_name":
            return not isinstance(self.full_name, Unset)
        if key == "place_type":
            return not isinstance(self.place_type, Unset)
        if key == "country":
            return not isinstance(self.country, Unset)
        if key == "country_code":
            return not isinstance(self.country_code, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "centroid":
            return not isinstance(self.centroid, Unset)
        if key == "bounding_box":
            return not isinstance(self.bounding_box, Unset)
        if key == "contained_within":
            return not isinstance(self.contained_within, Unset)
        if key == "attributes":
            return not isinstance(self.attributes, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.v1_place_attributes import V1PlaceAttributes  # noqa: E402
from ..models.v1_place_bounding_box import V1PlaceBoundingBox  # noqa: E402
from ..models.v1_place_contained_within_item import V1PlaceContainedWithinItem  # noqa: E402
