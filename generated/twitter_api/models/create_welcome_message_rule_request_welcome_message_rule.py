from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateWelcomeMessageRuleRequestWelcomeMessageRule")


@_attrs_define
class CreateWelcomeMessageRuleRequestWelcomeMessageRule:
    """
    Attributes:
        welcome_message_id (str): A 64-bit id as a decimal string.
    """

    welcome_message_id: str

    def to_dict(self) -> dict[str, Any]:
        welcome_message_id = self.welcome_message_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "welcome_message_id": welcome_message_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        welcome_message_id = d["welcome_message_id"]

        create_welcome_message_rule_request_welcome_message_rule = cls(
            welcome_message_id=welcome_message_id,
        )

        return create_welcome_message_rule_request_welcome_message_rule
