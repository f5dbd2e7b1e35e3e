from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TagEntity")
_DECLARED_KEYS = frozenset(
    (
        "start",
        "end",
        "tag",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TagEntity:
    """
    Attributes:
        start (int):
        end (int):
        tag (str):
    """

    start: int
    end: int
    tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, start: int, end: int, tag: str) -> None:
        self.start = start
        self.end = end
        self.tag = tag
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(start={self.start!r}, end={self.end!r}, tag={self.tag!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.tag == other.tag
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        end = d["end"]

        tag = d["tag"]

        if cls.__init__ is TagEntity.__init__:
            _made = _new_instance(cls)
            _made.start = start
            _made.end = end
            _made.tag = tag
            tag_entity = _made
        else:
            tag_entity = cls(
                start=start,
                end=end,
                tag=tag,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        tag_entity.additional_properties = d
        return tag_entity

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
        if key == "tag":
            if isinstance(self.tag, Unset):
                raise KeyError(key)
            return self.tag
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "start":
            self.start = value
            return
        if key == "end":
            self.end = value
            return
        if key == "tag":
            self.tag = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "start":
            return not isinstance(self.start, Unset)
        if key == "end":
            return not isinstance(self.end, Unset)
        if key == "tag":
            return not isinstance(self.tag, Unset)
        return key in self.additional_properties
