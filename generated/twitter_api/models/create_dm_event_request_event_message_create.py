from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_dm_event_request_event_message_create_target import (
        CreateDmEventRequestEventMessageCreateTarget,
    )
    from ..models.message_data_request import MessageDataRequest


T = TypeVar("T", bound="CreateDmEventRequestEventMessageCreate")


@_attrs_define
class CreateDmEventRequestEventMessageCreate:
    """
    Attributes:
        target (CreateDmEventRequestEventMessageCreateTarget):
        message_data (MessageDataRequest):
    """

    target: CreateDmEventRequestEventMessageCreateTarget
    message_data: MessageDataRequest

    def __init__(self, target: CreateDmEventRequestEventMessageCreateTarget, message_data: MessageDataRequest) -> None:
        self.target = target
        self.message_data = message_data

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(target={self.target!r}, message_data={self.message_data!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.target == other.target and self.message_data == other.message_data and True

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        message_data = self.message_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
                "message_data": message_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        target = CreateDmEventRequestEventMessageCreateTarget.from_dict(d["target"])

        message_data = MessageDataRequest.from_dict(d["message_data"])

        if cls.__init__ is CreateDmEventRequestEventMessageCreate.__init__:
            _made = _new_instance(cls)
            _made.target = target
            _made.message_data = message_data
            create_dm_event_request_event_message_create = _made
        else:
            create_dm_event_request_event_message_create = cls(
                target=target,
                message_data=message_data,
            )

        return create_dm_event_request_event_message_create


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_dm_event_request_event_message_create_target import CreateDmEventRequestEventMessageCreateTarget  # noqa: E402
from ..models.message_data_request import MessageDataRequest  # noqa: E402
