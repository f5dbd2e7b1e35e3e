from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_dm_event_request_event import CreateDmEventRequestEvent


T = TypeVar("T", bound="CreateDmEventRequest")


@_attrs_define
class CreateDmEventRequest:
    """
    Attributes:
        event (CreateDmEventRequestEvent):
    """

    event: CreateDmEventRequestEvent

    def __init__(self, event: CreateDmEventRequestEvent) -> None:
        self.event = event

    def __repr__(self) -> str:
        return guarded_repr(self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(event={self.event!r})")

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.event == other.event and True

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event = CreateDmEventRequestEvent.from_dict(d["event"])

        if cls.__init__ is CreateDmEventRequest.__init__:
            _made = _new_instance(cls)
            _made.event = event
            create_dm_event_request = _made
        else:
            create_dm_event_request = cls(
                event=event,
            )

        return create_dm_event_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_dm_event_request_event import CreateDmEventRequestEvent  # noqa: E402
