from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CreateGroupBody")
_DECLARED_KEYS = frozenset(
    (
        "name",
        "query",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CreateGroupBody:
    """
    Attributes:
        name (str):
        query (None | str | Unset):
    """

    name: str
    query: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, name: str, query: None | str | Unset = UNSET) -> None:
        self.name = name
        self.query = query
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, query={self.query!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.query == other.query
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        query = d.get("query", UNSET)

        if cls.__init__ is CreateGroupBody.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.query = query
            create_group_body = _made
        else:
            create_group_body = cls(
                name=name,
                query=query,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("query" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        create_group_body.additional_properties = d
        return create_group_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "query":
            if isinstance(self.query, Unset):
                raise KeyError(key)
            return self.query
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "name":
            self.name = value
            return
        if key == "query":
            self.query = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "query":
            return not isinstance(self.query, Unset)
        return key in self.additional_properties
