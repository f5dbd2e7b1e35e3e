from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.new_message import NewMessage


T = TypeVar("T", bound="SendMessagesRequest")
_DECLARED_KEYS = frozenset(("messages",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SendMessagesRequest:
    """
    Attributes:
        messages (list[NewMessage]):
    """

    messages: list[NewMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, messages: list[NewMessage]) -> None:
        self.messages = messages
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(messages={self.messages!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.messages == other.messages and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        messages = []
        _messages = d["messages"]
        for messages_item_data in _messages:
            messages_item = NewMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        if cls.__init__ is SendMessagesRequest.__init__:
            _made = _new_instance(cls)
            _made.messages = messages
            send_messages_request = _made
        else:
            send_messages_request = cls(
                messages=messages,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        send_messages_request.additional_properties = d
        return send_messages_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "messages":
            if isinstance(self.messages, Unset):
                raise KeyError(key)
            return self.messages
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "messages":
            self.messages = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "messages":
            return not isinstance(self.messages, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.new_message import NewMessage  # noqa: E402
