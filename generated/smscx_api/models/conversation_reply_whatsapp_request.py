from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.conversation_reply_whatsapp_request_rich_media import ConversationReplyWhatsappRequestRichMedia


T = TypeVar("T", bound="ConversationReplyWhatsappRequest")
_DECLARED_KEYS = frozenset(
    (
        "text",
        "richMedia",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ConversationReplyWhatsappRequest:
    """
    Attributes:
        text (str):
        rich_media (ConversationReplyWhatsappRequestRichMedia):
    """

    text: str
    rich_media: ConversationReplyWhatsappRequestRichMedia
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, text: str, rich_media: ConversationReplyWhatsappRequestRichMedia) -> None:
        self.text = text
        self.rich_media = rich_media
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, rich_media={self.rich_media!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.rich_media == other.rich_media
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        rich_media = self.rich_media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "richMedia": rich_media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        rich_media = ConversationReplyWhatsappRequestRichMedia.from_dict(d["richMedia"])

        if cls.__init__ is ConversationReplyWhatsappRequest.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.rich_media = rich_media
            conversation_reply_whatsapp_request = _made
        else:
            conversation_reply_whatsapp_request = cls(
                text=text,
                rich_media=rich_media,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        conversation_reply_whatsapp_request.additional_properties = d
        return conversation_reply_whatsapp_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "richMedia":
            if isinstance(self.rich_media, Unset):
                raise KeyError(key)
            return self.rich_media
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "text":
            self.text = value
            return
        if key == "richMedia":
            self.rich_media = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "richMedia":
            return not isinstance(self.rich_media, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.conversation_reply_whatsapp_request_rich_media import ConversationReplyWhatsappRequestRichMedia  # noqa: E402
