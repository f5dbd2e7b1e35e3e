from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CreateDmEventRequestEventMessageCreateTarget")


@_attrs_define
class CreateDmEventRequestEventMessageCreateTarget:
    """
    Attributes:
        recipient_id (str): A 64-bit id as a decimal string.
    """

    recipient_id: str

    def __init__(self, recipient_id: str) -> None:
        self.recipient_id = recipient_id

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(recipient_id={self.recipient_id!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.recipient_id == other.recipient_id and True

    def to_dict(self) -> dict[str, Any]:
        recipient_id = self.recipient_id

        field_dict: dict[str, Any] = {}

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

        if cls.__init__ is CreateDmEventRequestEventMessageCreateTarget.__init__:
            _made = _new_instance(cls)
            _made.recipient_id = recipient_id
            create_dm_event_request_event_message_create_target = _made
        else:
            create_dm_event_request_event_message_create_target = cls(
                recipient_id=recipient_id,
            )

        return create_dm_event_request_event_message_create_target
