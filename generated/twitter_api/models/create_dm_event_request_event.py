from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


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

    def __init__(
        self, type_: CreateDmEventRequestEventType, message_create: CreateDmEventRequestEventMessageCreate
    ) -> None:
        self.type_ = type_
        self.message_create = message_create

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, message_create={self.message_create!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.type_ == other.type_ and self.message_create == other.message_create and True

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

        if cls.__init__ is CreateDmEventRequestEvent.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.message_create = message_create
            create_dm_event_request_event = _made
        else:
            create_dm_event_request_event = cls(
                type_=type_,
                message_create=message_create,
            )

        return create_dm_event_request_event


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_dm_event_request_event_message_create import CreateDmEventRequestEventMessageCreate  # noqa: E402
