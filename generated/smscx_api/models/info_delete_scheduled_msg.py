from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoDeleteScheduledMsg")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "parts",
        "creditReturned",
        "channel",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoDeleteScheduledMsg:
    """
    Attributes:
        msg_id (str):
        parts (int):
        credit_returned (float):
        channel (str): One of: `sms`, `viber`, `whatsapp`, `multichannel`.
    """

    msg_id: str
    parts: int
    credit_returned: float
    channel: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, msg_id: str, parts: int, credit_returned: float, channel: str) -> None:
        self.msg_id = msg_id
        self.parts = parts
        self.credit_returned = credit_returned
        self.channel = channel
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, parts={self.parts!r}, credit_returned={self.credit_returned!r}, channel={self.channel!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id == other.msg_id
            and self.parts == other.parts
            and self.credit_returned == other.credit_returned
            and self.channel == other.channel
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        parts = self.parts

        credit_returned = self.credit_returned

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "parts": parts,
                "creditReturned": credit_returned,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        msg_id = d["msgId"]

        parts = d["parts"]

        credit_returned = d["creditReturned"]

        channel = d["channel"]

        if cls.__init__ is InfoDeleteScheduledMsg.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.parts = parts
            _made.credit_returned = credit_returned
            _made.channel = channel
            info_delete_scheduled_msg = _made
        else:
            info_delete_scheduled_msg = cls(
                msg_id=msg_id,
                parts=parts,
                credit_returned=credit_returned,
                channel=channel,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_delete_scheduled_msg.additional_properties = d
        return info_delete_scheduled_msg

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "creditReturned":
            if isinstance(self.credit_returned, Unset):
                raise KeyError(key)
            return self.credit_returned
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            self.msg_id = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "creditReturned":
            self.credit_returned = value
            return
        if key == "channel":
            self.channel = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "creditReturned":
            return not isinstance(self.credit_returned, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        return key in self.additional_properties
