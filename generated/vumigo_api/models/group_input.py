from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="GroupInput")


@_attrs_define
class GroupInput:
    """
    Attributes:
        name (str | Unset):
        query (None | str | Unset):
    """

    name: str | Unset = UNSET
    query: None | str | Unset = UNSET

    def __init__(self, name: str | Unset = UNSET, query: None | str | Unset = UNSET) -> None:
        self.name = name
        self.query = query

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, query={self.query!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.query == other.query and True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        query = d.get("query", UNSET)

        if cls.__init__ is GroupInput.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.query = query
            group_input = _made
        else:
            group_input = cls(
                name=name,
                query=query,
            )

        return group_input
