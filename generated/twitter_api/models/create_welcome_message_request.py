from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_welcome_message_request_welcome_message import CreateWelcomeMessageRequestWelcomeMessage


T = TypeVar("T", bound="CreateWelcomeMessageRequest")


@_attrs_define
class CreateWelcomeMessageRequest:
    """
    Attributes:
        welcome_message (CreateWelcomeMessageRequestWelcomeMessage):
    """

    welcome_message: CreateWelcomeMessageRequestWelcomeMessage

    def __init__(self, welcome_message: CreateWelcomeMessageRequestWelcomeMessage) -> None:
        self.welcome_message = welcome_message

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(welcome_message={self.welcome_message!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.welcome_message == other.welcome_message and True

    def to_dict(self) -> dict[str, Any]:
        welcome_message = self.welcome_message.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "welcome_message": welcome_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        welcome_message = CreateWelcomeMessageRequestWelcomeMessage.from_dict(d["welcome_message"])

        if cls.__init__ is CreateWelcomeMessageRequest.__init__:
            _made = _new_instance(cls)
            _made.welcome_message = welcome_message
            create_welcome_message_request = _made
        else:
            create_welcome_message_request = cls(
                welcome_message=welcome_message,
            )

        return create_welcome_message_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_welcome_message_request_welcome_message import CreateWelcomeMessageRequestWelcomeMessage  # noqa: E402
