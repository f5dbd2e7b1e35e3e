from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TextAnalysis")
_DECLARED_KEYS = frozenset(
    (
        "length",
        "unicode",
        "parts",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TextAnalysis:
    """
    Attributes:
        length (int):
        unicode (bool):
        parts (int):
    """

    length: int
    unicode: bool
    parts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, length: int, unicode: bool, parts: int) -> None:
        self.length = length
        self.unicode = unicode
        self.parts = parts
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(length={self.length!r}, unicode={self.unicode!r}, parts={self.parts!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.length == other.length
            and self.unicode == other.unicode
            and self.parts == other.parts
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        unicode = self.unicode

        parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
                "unicode": unicode,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        length = d["length"]

        unicode = d["unicode"]

        parts = d["parts"]

        if cls.__init__ is TextAnalysis.__init__:
            _made = _new_instance(cls)
            _made.length = length
            _made.unicode = unicode
            _made.parts = parts
            text_analysis = _made
        else:
            text_analysis = cls(
                length=length,
                unicode=unicode,
                parts=parts,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        text_analysis.additional_properties = d
        return text_analysis

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "length":
            if isinstance(self.length, Unset):
                raise KeyError(key)
            return self.length
        if key == "unicode":
            if isinstance(self.unicode, Unset):
                raise KeyError(key)
            return self.unicode
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "length":
            self.length = value
            return
        if key == "unicode":
            self.unicode = value
            return
        if key == "parts":
            self.parts = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "length":
            return not isinstance(self.length, Unset)
        if key == "unicode":
            return not isinstance(self.unicode, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        return key in self.additional_properties
