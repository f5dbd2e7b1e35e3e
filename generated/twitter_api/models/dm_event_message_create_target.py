from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DmEventMessageCreateTarget")
_DECLARED_KEYS = frozenset(("recipient_id",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DmEventMessageCreateTarget:
    """
    Attributes:
        recipient_id (str): A 64-bit id as a decimal string.
    """

    recipient_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, recipient_id: str) -> None:
        self.recipient_id = recipient_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(recipient_id={self.recipient_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.recipient_id == other.recipient_id and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        recipient_id = self.recipient_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_id": recipient_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        recipient_id = d["recipient_id"]

        if cls.__init__ is DmEventMessageCreateTarget.__init__:
            _made = _new_instance(cls)
            _made.recipient_id = recipient_id
            dm_event_message_create_target = _made
        else:
            dm_event_message_create_target = cls(
                recipient_id=recipient_id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        dm_event_message_create_target.additional_properties = d
        return dm_event_message_create_target

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "recipient_id":
            if isinstance(self.recipient_id, Unset):
                raise KeyError(key)
            return self.recipient_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "recipient_id":
            self.recipient_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "recipient_id":
            return not isinstance(self.recipient_id, Unset)
        return key in self.additional_properties
