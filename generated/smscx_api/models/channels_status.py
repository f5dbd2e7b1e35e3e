from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ChannelsStatus")
_DECLARED_KEYS = frozenset(
    (
        "sms",
        "viber",
        "whatsapp",
        "multichannel",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ChannelsStatus:
    """
    Attributes:
        sms (bool):
        viber (bool):
        whatsapp (bool):
        multichannel (bool):
    """

    sms: bool
    viber: bool
    whatsapp: bool
    multichannel: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, sms: bool, viber: bool, whatsapp: bool, multichannel: bool) -> None:
        self.sms = sms
        self.viber = viber
        self.whatsapp = whatsapp
        self.multichannel = multichannel
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(sms={self.sms!r}, viber={self.viber!r}, whatsapp={self.whatsapp!r}, multichannel={self.multichannel!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sms == other.sms
            and self.viber == other.viber
            and self.whatsapp == other.whatsapp
            and self.multichannel == other.multichannel
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        sms = self.sms

        viber = self.viber

        whatsapp = self.whatsapp

        multichannel = self.multichannel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms": sms,
                "viber": viber,
                "whatsapp": whatsapp,
                "multichannel": multichannel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sms = d["sms"]

        viber = d["viber"]

        whatsapp = d["whatsapp"]

        multichannel = d["multichannel"]

        if cls.__init__ is ChannelsStatus.__init__:
            _made = _new_instance(cls)
            _made.sms = sms
            _made.viber = viber
            _made.whatsapp = whatsapp
            _made.multichannel = multichannel
            channels_status = _made
        else:
            channels_status = cls(
                sms=sms,
                viber=viber,
                whatsapp=whatsapp,
                multichannel=multichannel,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        channels_status.additional_properties = d
        return channels_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "sms":
            if isinstance(self.sms, Unset):
                raise KeyError(key)
            return self.sms
        if key == "viber":
            if isinstance(self.viber, Unset):
                raise KeyError(key)
            return self.viber
        if key == "whatsapp":
            if isinstance(self.whatsapp, Unset):
                raise KeyError(key)
            return self.whatsapp
        if key == "multichannel":
            if isinstance(self.multichannel, Unset):
                raise KeyError(key)
            return self.multichannel
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "sms":
            self.sms = value
            return
        if key == "viber":
            self.viber = value
            return
        if key == "whatsapp":
            self.whatsapp = value
            return
        if key == "multichannel":
            self.multichannel = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "sms":
            return not isinstance(self.sms, Unset)
        if key == "viber":
            return not isinstance(self.viber, Unset)
        if key == "whatsapp":
            return not isinstance(self.whatsapp, Unset)
        if key == "multichannel":
            return not isinstance(self.multichannel, Unset)
        return key in self.additional_properties
