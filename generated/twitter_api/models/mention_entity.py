from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="MentionEntity")
_DECLARED_KEYS = frozenset(
    (
        "start",
        "end",
        "username",
        "id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class MentionEntity:
    """
    Attributes:
        start (int):
        end (int):
        username (str):
        id (str | Unset): A 64-bit id as a decimal string.
    """

    start: int
    end: int
    username: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, start: int, end: int, username: str, id: str | Unset = UNSET) -> None:
        self.start = start
        self.end = end
        self.username = username
        self.id = id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(start={self.start!r}, end={self.end!r}, username={self.username!r}, id={self.id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.username == other.username
            and self.id == other.id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        username = self.username

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "username": username,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        end = d["end"]

        username = d["username"]

        id = d.get("id", UNSET)

        if cls.__init__ is MentionEntity.__init__:
            _made = _new_instance(cls)
            _made.start = start
            _made.end = end
            _made.username = username
            _made.id = id
            mention_entity = _made
        else:
            mention_entity = cls(
                start=start,
                end=end,
                username=username,
                id=id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 + ("id" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        mention_entity.additional_properties = d
        return mention_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "start":
            if isinstance(self.start, Unset):
                raise KeyError(key)
            return self.start
        if key == "end":
            if isinstance(self.end, Unset):
                raise KeyError(key)
            return self.end
        if key == "username":
            if isinstance(self.username, Unset):
                raise KeyError(key)
            return self.username
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "start":
            self.start = value
            return
        if key == "end":
            self.end = value
            return
        if key == "username":
            self.username = value
            return
        if key == "id":
            self.id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "start":
            return not isinstance(self.start, Unset)
        if key == "end":
            return not isinstance(self.end, Unset)
        if key == "username":
            return not isinstance(self.username, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        return key in self.additional_properties
