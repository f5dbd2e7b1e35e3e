from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="HideReplyRequest")


@_attrs_define
class HideReplyRequest:
    """
    Attributes:
        hidden (bool):
    """

    hidden: bool

    def __init__(self, hidden: bool) -> None:
        self.hidden = hidden

    def __repr__(self) -> str:
        return guarded_repr(self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(hidden={self.hidden!r})")

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.hidden == other.hidden and True

    def to_dict(self) -> dict[str, Any]:
        hidden = self.hidden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hidden = d["hidden"]

        if cls.__init__ is HideReplyRequest.__init__:
            _made = _new_instance(cls)
            _made.hidden = hidden
            hide_reply_request = _made
        else:
            hide_reply_request = cls(
                hidden=hidden,
            )

        return hide_reply_request
