from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.data_conversation_rich_media import DataConversationRichMedia


T = TypeVar("T", bound="DataConversation")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "type",
        "text",
        "richMedia",
        "status",
        "cost",
        "channel",
        "datetime",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataConversation:
    """
    Attributes:
        msg_id (str):
        type_ (str): One of: `sent`, `received`.
        text (str):
        rich_media (DataConversationRichMedia):
        status (str): One of: `DELIVERED`, `SENT`, `FAILED`, `SCHEDULED`.
        cost (float):
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        datetime_ (str):
    """

    msg_id: str
    type_: str
    text: str
    rich_media: DataConversationRichMedia
    status: str
    cost: float
    channel: str
    datetime_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        msg_id: str,
        type_: str,
        text: str,
        rich_media: DataConversationRichMedia,
        status: str,
        cost: float,
        channel: str,
        datetime_: str,
    ) -> None:
        self.msg_id = msg_id
        self.type_ = type_
        self.text = text
        self.rich_media = rich_media
        self.status = status
        self.cost = cost
        self.channel = channel
        self.datetime_ = datetime_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, type_={self.type_!r}, text={self.text!r}, rich_media={self.rich_media!r}, status={self.status!r}, cost={self.cost!r}, channel={self.channel!r}, datetime_={self.datetime_!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id == other.msg_id
            and self.type_ == other.type_
            and self.text == other.text
            and self.rich_media == other.rich_media
            and self.status == other.status
            and self.cost == other.cost
            and self.channel == other.channel
            and self.datetime_ == other.datetime_
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        type_ = self.type_

        text = self.text

        rich_media = self.rich_media.to_dict()

        status = self.status

        cost = self.cost

        channel = self.channel

        datetime_ = self.datetime_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "type": type_,
                "text": text,
                "richMedia": rich_media,
                "status": status,
                "cost": cost,
                "channel": channel,
                "datetime": datetime_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        msg_id = d["msgId"]

        type_ = d["type"]

        text = d["text"]

        rich_media = DataConversationRichMedia.from_dict(d["richMedia"])

        status = d["status"]

        cost = d["cost"]

        channel = d["channel"]

        datetime_ = d["datetime"]

        if cls.__init__ is DataConversation.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.type_ = type_
            _made.text = text
            _made.rich_media = rich_media
            _made.status = status
            _made.cost = cost
            _made.channel = channel
            _made.datetime_ = datetime_
            data_conversation = _made
        else:
            data_conversation = cls(
                msg_id=msg_id,
                type_=type_,
                text=text,
                rich_media=rich_media,
                status=status,
                cost=cost,
                channel=channel,
                datetime_=datetime_,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_conversation.additional_properties = d
        return data_conversation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "richMedia":
            if isinstance(self.rich_media, Unset):
                raise KeyError(key)
            return self.rich_media
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            self.msg_id = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "text":
            self.text = value
            return
        if key == "richMedia":
            self.rich_media = value
            return
        if key == "status":
            self.status = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "richMedia":
            return not isinstance(self.rich_media, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.data_conversation_rich_media import DataConversationRichMedia  # noqa: E402
