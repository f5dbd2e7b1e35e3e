from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.voice_options import VoiceOptions


T = TypeVar("T", bound="HelperMetadata")
_DECLARED_KEYS = frozenset(("voice",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class HelperMetadata:
    """
    Attributes:
        voice (VoiceOptions | Unset):
    """

    voice: VoiceOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, voice: VoiceOptions | Unset = UNSET) -> None:
        self.voice = voice
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(voice={self.voice!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.voice == other.voice and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _voice = d.get("voice", UNSET)
        voice: VoiceOptions | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = VoiceOptions.from_dict(_voice)

        if cls.__init__ is HelperMetadata.__init__:
            _made = _new_instance(cls)
            _made.voice = voice
            helper_metadata = _made
        else:
            helper_metadata = cls(
                voice=voice,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 0 + ("voice" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        helper_metadata.additional_properties = d
        return helper_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "voice":
            if isinstance(self.voice, Unset):
                raise KeyError(key)
            return self.voice
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "voice":
            self.voice = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "voice":
            return not isinstance(self.voice, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.voice_options import VoiceOptions  # noqa: E402
