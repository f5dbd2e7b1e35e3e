from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.reply import Reply


T = TypeVar("T", bound="CheckRepliesResponse")
_DECLARED_KEYS = frozenset(("replies",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CheckRepliesResponse:
    """
    Attributes:
        replies (list[Reply]):
    """

    replies: list[Reply]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(replies={self.replies!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.replies == other.replies and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        replies = []
        for replies_item_data in self.replies:
            replies_item = replies_item_data.to_dict()
            replies.append(replies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replies": replies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        replies = []
        _replies = d["replies"]
        for replies_item_data in _replies:
            replies_item = Reply.from_dict(replies_item_data)

            replies.append(replies_item)

        if cls.__init__ is CheckRepliesResponse.__init__:
            _made = _new_instance(cls)
            _made.replies = replies
            check_replies_response = _made
        else:
            check_replies_response = cls(
                replies=replies,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        check_replies_response.additional_properties = d
        return check_replies_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "replies":
            if isinstance(self.replies, Unset):
                raise KeyError(key)
            return self.replies
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "replies":
            self.replies = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "replies":
            return not isinstance(self.replies, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.reply import Reply  # noqa: E402
