from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.cta import Cta
    from ..models.media_attachment import MediaAttachment
    from ..models.quick_reply import QuickReply


T = TypeVar("T", bound="MessageDataRequest")


@_attrs_define
class MessageDataRequest:
    """
    Attributes:
        text (str):
        attachment (MediaAttachment | Unset):
        custom_profile_id (str | Unset): A 64-bit id as a decimal string.
        quick_reply (QuickReply | Unset):
        ctas (list[Cta] | Unset):
    """

    text: str
    attachment: MediaAttachment | Unset = UNSET
    custom_profile_id: str | Unset = UNSET
    quick_reply: QuickReply | Unset = UNSET
    ctas: list[Cta] | Unset = UNSET

    def __init__(
        self,
        text: str,
        attachment: MediaAttachment | Unset = UNSET,
        custom_profile_id: str | Unset = UNSET,
        quick_reply: QuickReply | Unset = UNSET,
        ctas: list[Cta] | Unset = UNSET,
    ) -> None:
        self.text = text
        self.attachment = attachment
        self.custom_profile_id = custom_profile_id
        self.quick_reply = quick_reply
        self.ctas = ctas

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, attachment={self.attachment!r}, custom_profile_id={self.custom_profile_id!r}, quick_reply={self.quick_reply!r}, ctas={self.ctas!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.attachment == other.attachment
            and self.custom_profile_id == other.custom_profile_id
            and self.quick_reply == other.quick_reply
            and self.ctas == other.ctas
            and True
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        custom_profile_id = self.custom_profile_id

        quick_reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_reply, Unset):
            quick_reply = self.quick_reply.to_dict()

        ctas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ctas, Unset):
            ctas = []
            for ctas_item_data in self.ctas:
                ctas_item = ctas_item_data.to_dict()
                ctas.append(ctas_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if custom_profile_id is not UNSET:
            field_dict["custom_profile_id"] = custom_profile_id
        if quick_reply is not UNSET:
            field_dict["quick_reply"] = quick_reply
        if ctas is not UNSET:
            field_dict["ctas"] = ctas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        _attachment = d.get("attachment", UNSET)
        attachment: MediaAttachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = MediaAttachment.from_dict(_attachment)

        custom_profile_id = d.get("custom_profile_id", UNSET)

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

        if cls.__init__ is MessageDataRequest.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.attachment = attachment
            _made.custom_profile_id = custom_profile_id
            _made.quick_reply = quick_reply
            _made.ctas = ctas
            message_data_request = _made
        else:
            message_data_request = cls(
                text=text,
                attachment=attachment,
                custom_profile_id=custom_profile_id,
                quick_reply=quick_reply,
                ctas=ctas,
            )

        return message_data_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.cta import Cta  # noqa: E402
from ..models.media_attachment import MediaAttachment  # noqa: E402
from ..models.quick_reply import QuickReply  # noqa: E402
