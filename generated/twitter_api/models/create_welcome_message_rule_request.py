from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


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

    def __init__(self, welcome_message_rule: CreateWelcomeMessageRuleRequestWelcomeMessageRule) -> None:
        self.welcome_message_rule = welcome_message_rule

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(welcome_message_rule={self.welcome_message_rule!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.welcome_message_rule == other.welcome_message_rule and True

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

        if cls.__init__ is CreateWelcomeMessageRuleRequest.__init__:
            _made = _new_instance(cls)
            _made.welcome_message_rule = welcome_message_rule
            create_welcome_message_rule_request = _made
        else:
            create_welcome_message_rule_request = cls(
                welcome_message_rule=welcome_message_rule,
            )

        return create_welcome_message_rule_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_welcome_message_rule_request_welcome_message_rule import (
    CreateWelcomeMessageRuleRequestWelcomeMessageRule,  # noqa: E402
)
