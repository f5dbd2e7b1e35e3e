from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateDmEventRequestEventMessageCreateTarget")


@_attrs_define
class CreateDmEventRequestEventMessageCreateTarget:
    """
    Attributes:
        recipient_id (str): A 64-bit id as a decimal string.
    """

    recipient_id: str

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

        create_dm_event_request_event_message_create_target = cls(
            recipient_id=recipient_id,
        )

        return create_dm_event_request_event_message_create_target
