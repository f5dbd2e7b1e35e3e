from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_dm_event_request_event_type import CreateDmEventRequestEventType

if TYPE_CHECKING:
    from ..models.create_dm_event_request_event_message_create import CreateDmEventRequestEventMessageCreate


T = TypeVar("T", bound="CreateDmEventRequestEvent")


@_attrs_define
class CreateDmEventRequestEvent:
    """
    Attributes:
        type_ (CreateDmEventRequestEventType):
        message_create (CreateDmEventRequestEventMessageCreate):
    """

    type_: CreateDmEventRequestEventType
    message_create: CreateDmEventRequestEventMessageCreate

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message_create = self.message_create.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message_create": message_create,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = CreateDmEventRequestEventType(d["type"])

        message_create = CreateDmEventRequestEventMessageCreate.from_dict(d["message_create"])

        create_dm_event_request_event = cls(
            type_=type_,
            message_create=message_create,
        )

        return create_dm_event_request_event


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_dm_event_request_event_message_create import CreateDmEventRequestEventMessageCreate  # noqa: E402
