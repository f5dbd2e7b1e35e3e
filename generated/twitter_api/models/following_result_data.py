from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="FollowingResultData")
_DECLARED_KEYS = frozenset(
    (
        "following",
        "pending_follow",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class FollowingResultData:
    """
    Attributes:
        following (bool):
        pending_follow (bool | Unset):
    """

    following: bool
    pending_follow: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, following: bool, pending_follow: bool | Unset = UNSET) -> None:
        self.following = following
        self.pending_follow = pending_follow
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(following={self.following!r}, pending_follow={self.pending_follow!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.following == other.following
            and self.pending_follow == other.pending_follow
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        following = self.following

        pending_follow = self.pending_follow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "following": following,
            }
        )
        if pending_follow is not UNSET:
            field_dict["pending_follow"] = pending_follow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        following = d["following"]

        pending_follow = d.get("pending_follow", UNSET)

        if cls.__init__ is FollowingResultData.__init__:
            _made = _new_instance(cls)
            _made.following = following
            _made.pending_follow = pending_follow
            following_result_data = _made
        else:
            following_result_data = cls(
                following=following,
                pending_follow=pending_follow,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("pending_follow" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        following_result_data.additional_properties = d
        return following_result_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "following":
            if isinstance(self.following, Unset):
                raise KeyError(key)
            return self.following
        if key == "pending_follow":
            if isinstance(self.pending_follow, Unset):
                raise KeyError(key)
            return self.pending_follow
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "following":
            self.following = value
            return
        if key == "pending_follow":
            self.pending_follow = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "following":
            return not isinstance(self.following, Unset)
        if key == "pending_follow":
            return not isinstance(self.pending_follow, Unset)
        return key in self.additional_properties
