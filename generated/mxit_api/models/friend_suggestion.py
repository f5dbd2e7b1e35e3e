from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="FriendSuggestion")
_DECLARED_KEYS = frozenset(
    (
        "UserId",
        "DisplayName",
        "NumberOfMutualFriends",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class FriendSuggestion:
    """
    Attributes:
        user_id (str):
        display_name (str | Unset):
        number_of_mutual_friends (int | Unset):
    """

    user_id: str
    display_name: str | Unset = UNSET
    number_of_mutual_friends: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, user_id: str, display_name: str | Unset = UNSET, number_of_mutual_friends: int | Unset = UNSET
    ) -> None:
        self.user_id = user_id
        self.display_name = display_name
        self.number_of_mutual_friends = number_of_mutual_friends
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(user_id={self.user_id!r}, display_name={self.display_name!r}, number_of_mutual_friends={self.number_of_mutual_friends!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user_id == other.user_id
            and self.display_name == other.display_name
            and self.number_of_mutual_friends == other.number_of_mutual_friends
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        display_name = self.display_name

        number_of_mutual_friends = self.number_of_mutual_friends

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
            }
        )
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if number_of_mutual_friends is not UNSET:
            field_dict["NumberOfMutualFriends"] = number_of_mutual_friends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["UserId"]

        display_name = d.get("DisplayName", UNSET)

        number_of_mutual_friends = d.get("NumberOfMutualFriends", UNSET)

        if cls.__init__ is FriendSuggestion.__init__:
            _made = _new_instance(cls)
            _made.user_id = user_id
            _made.display_name = display_name
            _made.number_of_mutual_friends = number_of_mutual_friends
            friend_suggestion = _made
        else:
            friend_suggestion = cls(
                user_id=user_id,
                display_name=display_name,
                number_of_mutual_friends=number_of_mutual_friends,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("DisplayName" in d) + ("NumberOfMutualFriends" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        friend_suggestion.additional_properties = d
        return friend_suggestion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "UserId":
            if isinstance(self.user_id, Unset):
                raise KeyError(key)
            return self.user_id
        if key == "DisplayName":
            if isinstance(self.display_name, Unset):
                raise KeyError(key)
            return self.display_name
        if key == "NumberOfMutualFriends":
            if isinstance(self.number_of_mutual_friends, Unset):
                raise KeyError(key)
            return self.number_of_mutual_friends
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "UserId":
            self.user_id = value
            return
        if key == "DisplayName":
            self.display_name = value
            return
        if key == "NumberOfMutualFriends":
            self.number_of_mutual_friends = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "UserId":
            return not isinstance(self.user_id, Unset)
        if key == "DisplayName":
            return not isinstance(self.display_name, Unset)
        if key == "NumberOfMutualFriends":
            return not isinstance(self.number_of_mutual_friends, Unset)
        return key in self.additional_properties
