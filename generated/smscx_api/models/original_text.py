from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="OriginalText")
_DECLARED_KEYS = frozenset(
    (
        "text",
        "length",
        "parts",
        "encoding",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OriginalText:
    """
    Attributes:
        text (str):
        length (int):
        parts (int):
        encoding (str): One of: `GSM-7`, `UCS-2`.
    """

    text: str
    length: int
    parts: int
    encoding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, text: str, length: int, parts: int, encoding: str) -> None:
        self.text = text
        self.length = length
        self.parts = parts
        self.encoding = encoding
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, length={self.length!r}, parts={self.parts!r}, encoding={self.encoding!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.length == other.length
            and self.parts == other.parts
            and self.encoding == other.encoding
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        length = self.length

        parts = self.parts

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "length": length,
                "parts": parts,
                "encoding": encoding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        length = d["length"]

        parts = d["parts"]

        encoding = d["encoding"]

        if cls.__init__ is OriginalText.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.length = length
            _made.parts = parts
            _made.encoding = encoding
            original_text = _made
        else:
            original_text = cls(
                text=text,
                length=length,
                parts=parts,
                encoding=encoding,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        original_text.additional_properties = d
        return original_text

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "length":
            if isinstance(self.length, Unset):
                raise KeyError(key)
            return self.length
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "encoding":
            if isinstance(self.encoding, Unset):
                raise KeyError(key)
            return self.encoding
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "text":
            self.text = value
            return
        if key == "length":
            self.length = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "encoding":
            self.encoding = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "length":
            return not isinstance(self.length, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "encoding":
            return not isinstance(self.encoding, Unset)
        return key in self.additional_properties
