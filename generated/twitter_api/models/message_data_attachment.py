from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.message_data_attachment_media import MessageDataAttachmentMedia


T = TypeVar("T", bound="MessageDataAttachment")
_DECLARED_KEYS = frozenset(
    (
        "type",
        "media",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class MessageDataAttachment:
    """
    Attributes:
        type_ (str):
        media (MessageDataAttachmentMedia):
    """

    type_: str
    media: MessageDataAttachmentMedia
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type_: str, media: MessageDataAttachmentMedia) -> None:
        self.type_ = type_
        self.media = media
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, media={self.media!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.media == other.media
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        media = MessageDataAttachmentMedia.from_dict(d["media"])

        if cls.__init__ is MessageDataAttachment.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.media = media
            message_data_attachment = _made
        else:
            message_data_attachment = cls(
                type_=type_,
                media=media,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        message_data_attachment.additional_properties = d
        return message_data_attachment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "media":
            if isinstance(self.media, Unset):
                raise KeyError(key)
            return self.media
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "type":
            self.type_ = value
            return
        if key == "media":
            self.media = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "media":
            return not isinstance(self.media, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.message_data_attachment_media import MessageDataAttachmentMedia  # noqa: E402
