from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataTemplatesList")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "channel",
        "text",
        "createdAt",
        "approved",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataTemplatesList:
    """
    Attributes:
        id (int):
        name (str):
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        text (str):
        created_at (str):
        approved (bool):
    """

    id: int
    name: str
    channel: str
    text: str
    created_at: str
    approved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: int, name: str, channel: str, text: str, created_at: str, approved: bool) -> None:
        self.id = id
        self.name = name
        self.channel = channel
        self.text = text
        self.created_at = created_at
        self.approved = approved
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, channel={self.channel!r}, text={self.text!r}, created_at={self.created_at!r}, approved={self.approved!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.channel == other.channel
            and self.text == other.text
            and self.created_at == other.created_at
            and self.approved == other.approved
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        channel = self.channel

        text = self.text

        created_at = self.created_at

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "channel": channel,
                "text": text,
                "createdAt": created_at,
                "approved": approved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        channel = d["channel"]

        text = d["text"]

        created_at = d["createdAt"]

        approved = d["approved"]

        if cls.__init__ is DataTemplatesList.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.channel = channel
            _made.text = text
            _made.created_at = created_at
            _made.approved = approved
            data_templates_list = _made
        else:
            data_templates_list = cls(
                id=id,
                name=name,
                channel=channel,
                text=text,
                created_at=created_at,
                approved=approved,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_templates_list.additional_properties = d
        return data_templates_list

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
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
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
        if key == "channel":
            self.channel = value
            return
        if key == "text":
            self.text = value
            return
        if key == "createdAt":
            self.created_at = value
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
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        if key == "approved":
            return not isinstance(self.approved, Unset)
        return key in self.additional_properties
