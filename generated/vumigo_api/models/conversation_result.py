from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ConversationResult")
_DECLARED_KEYS = frozenset(
    (
        "success",
        "reason",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ConversationResult:
    """The conversation API's status body (errors have `success` false).

    Attributes:
        success (bool):
        reason (str):
    """

    success: bool
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, success: bool, reason: str) -> None:
        self.success = success
        self.reason = reason
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(success={self.success!r}, reason={self.reason!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.success == other.success
            and self.reason == other.reason
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        success = d["success"]

        reason = d["reason"]

        if cls.__init__ is ConversationResult.__init__:
            _made = _new_instance(cls)
            _made.success = success
            _made.reason = reason
            conversation_result = _made
        else:
            conversation_result = cls(
                success=success,
                reason=reason,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        conversation_result.additional_properties = d
        return conversation_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "success":
            if isinstance(self.success, Unset):
                raise KeyError(key)
            return self.success
        if key == "reason":
            if isinstance(self.reason, Unset):
                raise KeyError(key)
            return self.reason
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "success":
            self.success = value
            return
        if key == "reason":
            self.reason = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "success":
            return not isinstance(self.success, Unset)
        if key == "reason":
            return not isinstance(self.reason, Unset)
        return key in self.additional_properties
