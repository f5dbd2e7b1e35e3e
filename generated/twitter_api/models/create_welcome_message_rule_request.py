from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_welcome_message_rule_request_welcome_message_rule import (
        CreateWelcomeMessageRuleRequestWelcomeMessageRule,
    )


T = TypeVar("T", bound="CreateWelcomeMessageRuleRequest")


@_attrs_define
class CreateWelcomeMessageRuleRequest:
    """
    Attributes:
        welcome_message_rule (CreateWelcomeMessageRuleRequestWelcomeMessageRule):
    """

    welcome_message_rule: CreateWelcomeMessageRuleRequestWelcomeMessageRule

    def to_dict(self) -> dict[str, Any]:
        welcome_message_rule = self.welcome_message_rule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "welcome_message_rule": welcome_message_rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        welcome_message_rule = CreateWelcomeMessageRuleRequestWelcomeMessageRule.from_dict(d["welcome_message_rule"])

        create_welcome_message_rule_request = cls(
            welcome_message_rule=welcome_message_rule,
        )

        return create_welcome_message_rule_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_welcome_message_rule_request_welcome_message_rule import (
    CreateWelcomeMessageRuleRequestWelcomeMessageRule,  # noqa: E402
)
