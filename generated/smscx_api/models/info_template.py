from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoTemplate")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "text",
        "channel",
        "type",
        "approved",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoTemplate:
    """
    Attributes:
        id (int):
        name (str):
        text (str):
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        type_ (str | Unset): One of: `transactional`, `promotional`.
        approved (bool | Unset):
    """

    id: int
    name: str
    text: str
    channel: str
    type_: str | Unset = UNSET
    approved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, id: int, name: str, text: str, channel: str, type_: str | Unset = UNSET, approved: bool | Unset = UNSET
    ) -> None:
        self.id = id
        self.name = name
        self.text = text
        self.channel = channel
        self.type_ = type_
        self.approved = approved
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, text={self.text!r}, channel={self.channel!r}, type_={self.type_!r}, approved={self.approved!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.text == other.text
            and self.channel == other.channel
            and self.type_ == other.type_
            and self.approved == other.approved
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        text = self.text

        channel = self.channel

        type_ = self.type_

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "text": text,
                "channel": channel,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if approved is not UNSET:
            field_dict["approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        text = d["text"]

        channel = d["channel"]

        type_ = d.get("type", UNSET)

        approved = d.get("approved", UNSET)

        if cls.__init__ is InfoTemplate.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.text = text
            _made.channel = channel
            _made.type_ = type_
            _made.approved = approved
            info_template = _made
        else:
            info_template = cls(
                id=id,
                name=name,
                text=text,
                channel=channel,
                type_=type_,
                approved=approved,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 4 + ("type" in d) + ("approved" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        info_template.additional_properties = d
        return info_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "approved":
            if isinstance(self.approved, Unset):
                raise KeyError(key)
            return self.approved
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "text":
            self.text = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "approved":
            self.approved = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "approved":
            return not isinstance(self.approved, Unset)
        return key in self.additional_properties
