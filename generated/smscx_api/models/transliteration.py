from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.transliteration_alphabet import TransliterationAlphabet

T = TypeVar("T", bound="Transliteration")
_DECLARED_KEYS = frozenset(
    (
        "alphabet",
        "removeEmojis",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Transliteration:
    """
    Attributes:
        alphabet (TransliterationAlphabet):
        remove_emojis (bool | Unset): Server default: `false`.
    """

    alphabet: TransliterationAlphabet
    remove_emojis: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, alphabet: TransliterationAlphabet, remove_emojis: bool | Unset = UNSET) -> None:
        self.alphabet = alphabet
        self.remove_emojis = remove_emojis
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(alphabet={self.alphabet!r}, remove_emojis={self.remove_emojis!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.alphabet == other.alphabet
            and self.remove_emojis == other.remove_emojis
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        alphabet = self.alphabet.value

        remove_emojis = self.remove_emojis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alphabet": alphabet,
            }
        )
        if remove_emojis is not UNSET:
            field_dict["removeEmojis"] = remove_emojis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        alphabet = TransliterationAlphabet(d["alphabet"])

        remove_emojis = d.get("removeEmojis", UNSET)

        if cls.__init__ is Transliteration.__init__:
            _made = _new_instance(cls)
            _made.alphabet = alphabet
            _made.remove_emojis = remove_emojis
            transliteration = _made
        else:
            transliteration = cls(
                alphabet=alphabet,
                remove_emojis=remove_emojis,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("removeEmojis" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        transliteration.additional_properties = d
        return transliteration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "alphabet":
            if isinstance(self.alphabet, Unset):
                raise KeyError(key)
            return self.alphabet
        if key == "removeEmojis":
            if isinstance(self.remove_emojis, Unset):
                raise KeyError(key)
            return self.remove_emojis
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "alphabet":
            self.alphabet = value
            return
        if key == "removeEmojis":
            self.remove_emojis = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "alphabet":
            return not isinstance(self.alphabet, Unset)
        if key == "removeEmojis":
            return not isinstance(self.remove_emojis, Unset)
        return key in self.additional_properties
