from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="VoiceOptions")
_DECLARED_KEYS = frozenset(
    (
        "speech_url",
        "wait_for",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class VoiceOptions:
    """
    Attributes:
        speech_url (str | Unset): A voice file to play instead of text-to-speech of `content`.
        wait_for (str | Unset): Collect key presses until this character before replying.
    """

    speech_url: str | Unset = UNSET
    wait_for: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, speech_url: str | Unset = UNSET, wait_for: str | Unset = UNSET) -> None:
        self.speech_url = speech_url
        self.wait_for = wait_for
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(speech_url={self.speech_url!r}, wait_for={self.wait_for!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.speech_url == other.speech_url
            and self.wait_for == other.wait_for
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        speech_url = self.speech_url

        wait_for = self.wait_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speech_url is not UNSET:
            field_dict["speech_url"] = speech_url
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        speech_url = d.get("speech_url", UNSET)

        wait_for = d.get("wait_for", UNSET)

        if cls.__init__ is VoiceOptions.__init__:
            _made = _new_instance(cls)
            _made.speech_url = speech_url
            _made.wait_for = wait_for
            voice_options = _made
        else:
            voice_options = cls(
                speech_url=speech_url,
                wait_for=wait_for,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("speech_url" in d) + ("wait_for" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        voice_options.additional_properties = d
        return voice_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "speech_url":
            if isinstance(self.speech_url, Unset):
                raise KeyError(key)
            return self.speech_url
        if key == "wait_for":
            if isinstance(self.wait_for, Unset):
                raise KeyError(key)
            return self.wait_for
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "speech_url":
            self.speech_url = value
            return
        if key == "wait_for":
            self.wait_for = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "speech_url":
            return not isinstance(self.speech_url, Unset)
        if key == "wait_for":
            return not isinstance(self.wait_for, Unset)
        return key in self.additional_properties
