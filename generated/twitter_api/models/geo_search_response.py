from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.geo_search_response_query import GeoSearchResponseQuery
    from ..models.geo_search_response_result import GeoSearchResponseResult


T = TypeVar("T", bound="GeoSearchResponse")
_DECLARED_KEYS = frozenset(
    (
        "result",
        "query",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class GeoSearchResponse:
    """
    Attributes:
        result (GeoSearchResponseResult):
        query (GeoSearchResponseQuery | Unset):
    """

    result: GeoSearchResponseResult
    query: GeoSearchResponseQuery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, result: GeoSearchResponseResult, query: GeoSearchResponseQuery | Unset = UNSET) -> None:
        self.result = result
        self.query = query
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(result={self.result!r}, query={self.query!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.result == other.result
            and self.query == other.query
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        result = GeoSearchResponseResult.from_dict(d["result"])

        _query = d.get("query", UNSET)
        query: GeoSearchResponseQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = GeoSearchResponseQuery.from_dict(_query)

        if cls.__init__ is GeoSearchResponse.__init__:
            _made = _new_instance(cls)
            _made.result = result
            _made.query = query
            geo_search_response = _made
        else:
            geo_search_response = cls(
                result=result,
                query=query,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("query" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        geo_search_response.additional_properties = d
        return geo_search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "result":
            if isinstance(self.result, Unset):
                raise KeyError(key)
            return self.result
        if key == "query":
            if isinstance(self.query, Unset):
                raise KeyError(key)
            return self.query
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "result":
            self.result = value
            return
        if key == "query":
            self.query = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "result":
            return not isinstance(self.result, Unset)
        if key == "query":
            return not isinstance(self.query, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.geo_search_response_query import GeoSearchResponseQuery  # noqa: E402
from ..models.geo_search_response_result import GeoSearchResponseResult  # noqa: E402
