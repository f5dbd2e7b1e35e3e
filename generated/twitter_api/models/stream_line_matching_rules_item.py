from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="StreamLineMatchingRulesItem")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "tag",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class StreamLineMatchingRulesItem:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        tag (str | Unset):
    """

    id: str
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: str, tag: str | Unset = UNSET) -> None:
        self.id = id
        self.tag = tag
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, tag={self.tag!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id and self.tag == other.tag and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tag = d.get("tag", UNSET)

        if cls.__init__ is StreamLineMatchingRulesItem.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.tag = tag
            stream_line_matching_rules_item = _made
        else:
            stream_line_matching_rules_item = cls(
                id=id,
                tag=tag,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("tag" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        stream_line_matching_rules_item.additional_properties = d
        return stream_line_matching_rules_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "tag":
            if isinstance(self.tag, Unset):
                raise KeyError(key)
            return self.tag
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "tag":
            self.tag = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "tag":
            return not isinstance(self.tag, Unset)
        return key in self.additional_properties
