from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataConversations")
_DECLARED_KEYS = frozenset(
    (
        "conversationId",
        "phoneNumber",
        "countryIso",
        "firstName",
        "lastName",
        "unreadMessages",
        "lastReply",
        "lastUpdate",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataConversations:
    """
    Attributes:
        conversation_id (str):
        phone_number (str):
        country_iso (str):
        first_name (None | str):
        last_name (str):
        unread_messages (int):
        last_reply (str):
        last_update (str):
    """

    conversation_id: str
    phone_number: str
    country_iso: str
    first_name: None | str
    last_name: str
    unread_messages: int
    last_reply: str
    last_update: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        conversation_id: str,
        phone_number: str,
        country_iso: str,
        first_name: None | str,
        last_name: str,
        unread_messages: int,
        last_reply: str,
        last_update: str,
    ) -> None:
        self.conversation_id = conversation_id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.first_name = first_name
        self.last_name = last_name
        self.unread_messages = unread_messages
        self.last_reply = last_reply
        self.last_update = last_update
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(conversation_id={self.conversation_id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, unread_messages={self.unread_messages!r}, last_reply={self.last_reply!r}, last_update={self.last_update!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.conversation_id == other.conversation_id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.first_name == other.first_name
            and self.last_name == other.last_name
            and self.unread_messages == other.unread_messages
            and self.last_reply == other.last_reply
            and self.last_update == other.last_update
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        first_name: None | str
        first_name = self.first_name

        last_name = self.last_name

        unread_messages = self.unread_messages

        last_reply = self.last_reply

        last_update = self.last_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversationId": conversation_id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "firstName": first_name,
                "lastName": last_name,
                "unreadMessages": unread_messages,
                "lastReply": last_reply,
                "lastUpdate": last_update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        conversation_id = d["conversationId"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        first_name = d["firstName"]

        last_name = d["lastName"]

        unread_messages = d["unreadMessages"]

        last_reply = d["lastReply"]

        last_update = d["lastUpdate"]

        if cls.__init__ is DataConversations.__init__:
            _made = _new_instance(cls)
            _made.conversation_id = conversation_id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.first_name = first_name
            _made.last_name = last_name
            _made.unread_messages = unread_messages
            _made.last_reply = last_reply
            _made.last_update = last_update
            data_conversations = _made
        else:
            data_conversations = cls(
                conversation_id=conversation_id,
                phone_number=phone_number,
                country_iso=country_iso,
                first_name=first_name,
                last_name=last_name,
                unread_messages=unread_messages,
                last_reply=last_reply,
                last_update=last_update,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_conversations.additional_properties = d
        return data_conversations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "conversationId":
            if isinstance(self.conversation_id, Unset):
                raise KeyError(key)
            return self.conversation_id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "firstName":
            if isinstance(self.first_name, Unset):
                raise KeyError(key)
            return self.first_name
        if key == "lastName":
            if isinstance(self.last_name, Unset):
                raise KeyError(key)
            return self.last_name
        if key == "unreadMessages":
            if isinstance(self.unread_messages, Unset):
                raise KeyError(key)
            return self.unread_messages
        if key == "lastReply":
            if isinstance(self.last_reply, Unset):
                raise KeyError(key)
            return self.last_reply
        if key == "lastUpdate":
            if isinstance(self.last_update, Unset):
                raise KeyError(key)
            return self.last_update
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "conversationId":
            self.conversation_id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "firstName":
            self.first_name = value
            return
        if key == "lastName":
            self.last_name = value
            return
        if key == "unreadMessages":
            self.unread_messages = value
            return
        if key == "lastReply":
            self.last_reply = value
            return
        if key == "lastUpdate":
            self.last_update = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "conversationId":
            return not isinstance(self.conversation_id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "firstName":
            return not isinstance(self.first_name, Unset)
        if key == "lastName":
            return not isinstance(self.last_name, Unset)
        if key == "unreadMessages":
            return not isinstance(self.unread_messages, Unset)
        if key == "lastReply":
            return not isinstance(self.last_reply, Unset)
        if key == "lastUpdate":
            return not isinstance(self.last_update, Unset)
        return key in self.additional_properties
