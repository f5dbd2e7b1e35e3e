from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from ..models.referenced_tweet_type import ReferencedTweetType

T = TypeVar("T", bound="ReferencedTweet")
_DECLARED_KEYS = frozenset(
    (
        "type",
        "id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ReferencedTweet:
    """
    Attributes:
        type_ (ReferencedTweetType):
        id (str): A 64-bit id as a decimal string.
    """

    type_: ReferencedTweetType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type_: ReferencedTweetType, id: str) -> None:
        self.type_ = type_
        self.id = id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, id={self.id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.id == other.id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ReferencedTweetType(d["type"])

        id = d["id"]

        if cls.__init__ is ReferencedTweet.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.id = id
            referenced_tweet = _made
        else:
            referenced_tweet = cls(
                type_=type_,
                id=id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        referenced_tweet.additional_properties = d
        return referenced_tweet

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "type":
            self.type_ = value
            return
        if key == "id":
            self.id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        return key in self.additional_properties
