from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CreateWelcomeMessageRuleRequestWelcomeMessageRule")


@_attrs_define
class CreateWelcomeMessageRuleRequestWelcomeMessageRule:
    """
    Attributes:
        welcome_message_id (str): A 64-bit id as a decimal string.
    """

    welcome_message_id: str

    def __init__(self, welcome_message_id: str) -> None:
        self.welcome_message_id = welcome_message_id

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(welcome_message_id={self.welcome_message_id!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.welcome_message_id == other.welcome_message_id and True

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

        if cls.__init__ is CreateWelcomeMessageRuleRequestWelcomeMessageRule.__init__:
            _made = _new_instance(cls)
            _made.welcome_message_id = welcome_message_id
            create_welcome_message_rule_request_welcome_message_rule = _made
        else:
            create_welcome_message_rule_request_welcome_message_rule = cls(
                welcome_message_id=welcome_message_id,
            )

        return create_welcome_message_rule_request_welcome_message_rule
