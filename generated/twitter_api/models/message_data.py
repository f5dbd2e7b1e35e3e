from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.cta import Cta
    from ..models.message_data_attachment import MessageDataAttachment
    from ..models.message_data_quick_reply_response import MessageDataQuickReplyResponse
    from ..models.quick_reply import QuickReply
    from ..models.v1_entities import V1Entities


T = TypeVar("T", bound="MessageData")
_DECLARED_KEYS = frozenset(
    (
        "text",
        "entities",
        "attachment",
        "quick_reply",
        "ctas",
        "quick_reply_response",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class MessageData:
    """
    Attributes:
        text (str):
        entities (V1Entities):
        attachment (MessageDataAttachment | Unset):
        quick_reply (QuickReply | Unset):
        ctas (list[Cta] | Unset):
        quick_reply_response (MessageDataQuickReplyResponse | Unset):
    """

    text: str
    entities: V1Entities
    attachment: MessageDataAttachment | Unset = UNSET
    quick_reply: QuickReply | Unset = UNSET
    ctas: list[Cta] | Unset = UNSET
    quick_reply_response: MessageDataQuickReplyResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        text: str,
        entities: V1Entities,
        attachment: MessageDataAttachment | Unset = UNSET,
        quick_reply: QuickReply | Unset = UNSET,
        ctas: list[Cta] | Unset = UNSET,
        quick_reply_response: MessageDataQuickReplyResponse | Unset = UNSET,
    ) -> None:
        self.text = text
        self.entities = entities
        self.attachment = attachment
        self.quick_reply = quick_reply
        self.ctas = ctas
        self.quick_reply_response = quick_reply_response
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, entities={self.entities!r}, attachment={self.attachment!r}, quick_reply={self.quick_reply!r}, ctas={self.ctas!r}, quick_reply_response={self.quick_reply_response!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.entities == other.entities
            and self.attachment == other.attachment
            and self.quick_reply == other.quick_reply
            and self.ctas == other.ctas
            and self.quick_reply_response == other.quick_reply_response
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        entities = self.entities.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        quick_reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_reply, Unset):
            quick_reply = self.quick_reply.to_dict()

        ctas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ctas, Unset):
            ctas = []
            for ctas_item_data in self.ctas:
                ctas_item = ctas_item_data.to_dict()
                ctas.append(ctas_item)

        quick_reply_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_reply_response, Unset):
            quick_reply_response = self.quick_reply_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "entities": entities,
            }
        )
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if quick_reply is not UNSET:
            field_dict["quick_reply"] = quick_reply
        if ctas is not UNSET:
            field_dict["ctas"] = ctas
        if quick_reply_response is not UNSET:
            field_dict["quick_reply_response"] = quick_reply_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        entities = V1Entities.from_dict(d["entities"])

        _attachment = d.get("attachment", UNSET)
        attachment: MessageDataAttachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = MessageDataAttachment.from_dict(_attachment)

        _quick_reply = d.get("quick_reply", UNSET)
        quick_reply: QuickReply | Unset
        if isinstance(_quick_reply, Unset):
            quick_reply = UNSET
        else:
            quick_reply = QuickReply.from_dict(_quick_reply)

        _ctas = d.get("ctas", UNSET)
        ctas: list[Cta] | Unset = UNSET
        if _ctas is not UNSET:
            ctas = []
            for ctas_item_data in _ctas:
                ctas_item = Cta.from_dict(ctas_item_data)

                ctas.append(ctas_item)

        _quick_reply_response = d.get("quick_reply_response", UNSET)
        quick_reply_response: MessageDataQuickReplyResponse | Unset
        if isinstance(_quick_reply_response, Unset):
            quick_reply_response = UNSET
        else:
            quick_reply_response = MessageDataQuickReplyResponse.from_dict(_quick_reply_response)

        if cls.__init__ is MessageData.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.entities = entities
            _made.attachment = attachment
            _made.quick_reply = quick_reply
            _made.ctas = ctas
            _made.quick_reply_response = quick_reply_response
            message_data = _made
        else:
            message_data = cls(
                text=text,
                entities=entities,
                attachment=attachment,
                quick_reply=quick_reply,
                ctas=ctas,
                quick_reply_response=quick_reply_response,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        message_data.additional_properties = d
        return message_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "entities":
            if isinstance(self.entities, Unset):
                raise KeyError(key)
            return self.entities
        if key == "attachment":
            if isinstance(self.attachment, Unset):
                raise KeyError(key)
            return self.attachment
        if key == "quick_reply":
            if isinstance(self.quick_reply, Unset):
                raise KeyError(key)
            return self.quick_reply
        if key == "ctas":
            if isinstance(self.ctas, Unset):
                raise KeyError(key)
            return self.ctas
        if key == "quick_reply_response":
            if isinstance(self.quick_reply_response, Unset):
                raise KeyError(key)
            return self.quick_reply_response
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "text":
            self.text = value
            return
        if key == "entities":
            self.entities = value
            return
        if key == "attachment":
            self.attachment = value
            return
        if key == "quick_reply":
            self.quick_reply = value
            return
        if key == "ctas":
            self.ctas = value
            return
        if key == "quick_reply_response":
            self.quick_reply_response = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "entities":
            return not isinstance(self.entities, Unset)
        if key == "attachment":
            return not isinstance(self.attachment, Unset)
        if key == "quick_reply":
            return not isinstance(self.quick_reply, Unset)
        if key == "ctas":
            return not isinstance(self.ctas, Unset)
        if key == "quick_reply_response":
            return not isinstance(self.quick_reply_response, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.cta import Cta  # noqa: E402
from ..models.message_data_attachment import MessageDataAttachment  # noqa: E402
from ..models.message_data_quick_reply_response import MessageDataQuickReplyResponse  # noqa: E402
from ..models.quick_reply import QuickReply  # noqa: E402
from ..models.v1_entities import V1Entities  # noqa: E402
