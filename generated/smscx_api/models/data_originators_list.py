from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="DataOriginatorsList")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "originator",
        "isDefault",
        "approved",
        "createdAt",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataOriginatorsList:
    """
    Attributes:
        id (int):
        originator (str):
        is_default (bool):
        approved (bool):
        created_at (datetime.datetime):
    """

    id: int
    originator: str
    is_default: bool
    approved: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, id: int, originator: str, is_default: bool, approved: bool, created_at: datetime.datetime
    ) -> None:
        self.id = id
        self.originator = originator
        self.is_default = is_default
        self.approved = approved
        self.created_at = created_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, originator={self.originator!r}, is_default={self.is_default!r}, approved={self.approved!r}, created_at={self.created_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.originator == other.originator
            and self.is_default == other.is_default
            and self.approved == other.approved
            and self.created_at == other.created_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        originator = self.originator

        is_default = self.is_default

        approved = self.approved

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "originator": originator,
                "isDefault": is_default,
                "approved": approved,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        originator = d["originator"]

        is_default = d["isDefault"]

        approved = d["approved"]

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        if cls.__init__ is DataOriginatorsList.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.originator = originator
            _made.is_default = is_default
            _made.approved = approved
            _made.created_at = created_at
            data_originators_list = _made
        else:
            data_originators_list = cls(
                id=id,
                originator=originator,
                is_default=is_default,
                approved=approved,
                created_at=created_at,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_originators_list.additional_properties = d
        return data_originators_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "originator":
            if isinstance(self.originator, Unset):
                raise KeyError(key)
            return self.originator
        if key == "isDefault":
            if isinstance(self.is_default, Unset):
                raise KeyError(key)
            return self.is_default
        if key == "approved":
            if isinstance(self.approved, Unset):
                raise KeyError(key)
            return self.approved
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "originator":
            self.originator = value
            return
        if key == "isDefault":
            self.is_default = value
            return
        if key == "approved":
            self.approved = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "originator":
            return not isinstance(self.originator, Unset)
        if key == "isDefault":
            return not isinstance(self.is_default, Unset)
        if key == "approved":
            return not isinstance(self.approved, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        return key in self.additional_properties
