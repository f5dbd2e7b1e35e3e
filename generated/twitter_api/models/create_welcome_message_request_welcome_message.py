from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.message_data_request import MessageDataRequest


T = TypeVar("T", bound="CreateWelcomeMessageRequestWelcomeMessage")


@_attrs_define
class CreateWelcomeMessageRequestWelcomeMessage:
    """
    Attributes:
        message_data (MessageDataRequest):
        name (str | Unset):
    """

    message_data: MessageDataRequest
    name: str | Unset = UNSET

    def __init__(self, message_data: MessageDataRequest, name: str | Unset = UNSET) -> None:
        self.message_data = message_data
        self.name = name

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(message_data={self.message_data!r}, name={self.name!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.message_data == other.message_data and self.name == other.name and True

    def to_dict(self) -> dict[str, Any]:
        message_data = self.message_data.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_data": message_data,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message_data = MessageDataRequest.from_dict(d["message_data"])

        name = d.get("name", UNSET)

        if cls.__init__ is CreateWelcomeMessageRequestWelcomeMessage.__init__:
            _made = _new_instance(cls)
            _made.message_data = message_data
            _made.name = name
            create_welcome_message_request_welcome_message = _made
        else:
            create_welcome_message_request_welcome_message = cls(
                message_data=message_data,
                name=name,
            )

        return create_welcome_message_request_welcome_message


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.message_data_request import MessageDataRequest  # noqa: E402
