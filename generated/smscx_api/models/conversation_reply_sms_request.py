from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="ConversationReplySmsRequest")


@_attrs_define
class ConversationReplySmsRequest:
    """
    Attributes:
        text (str):
    """

    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        conversation_reply_sms_request = cls(
            text=text,
        )

        conversation_reply_sms_request.additional_properties = d
        return conversation_reply_sms_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        return key in self.additional_properties
