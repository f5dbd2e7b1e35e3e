from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="V1TagEntity")
_DECLARED_KEYS = frozenset(
    (
        "text",
        "indices",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1TagEntity:
    """
    Attributes:
        text (str):
        indices (list[int]):
    """

    text: str
    indices: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, text: str, indices: list[int]) -> None:
        self.text = text
        self.indices = indices
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, indices={self.indices!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.indices == other.indices
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        indices = self.indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "indices": indices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        indices = cast(list[int], d["indices"])

        if cls.__init__ is V1TagEntity.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.indices = indices
            v1_tag_entity = _made
        else:
            v1_tag_entity = cls(
                text=text,
                indices=indices,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_tag_entity.additional_properties = d
        return v1_tag_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "indices":
            if isinstance(self.indices, Unset):
                raise KeyError(key)
            return self.indices
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "text":
            self.text = value
            return
        if key == "indices":
            self.indices = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "indices":
            return not isinstance(self.indices, Unset)
        return key in self.additional_properties
