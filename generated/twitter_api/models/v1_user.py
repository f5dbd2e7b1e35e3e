from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="V1User")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "id_str",
        "name",
        "screen_name",
        "protected",
        "verified",
        "followers_count",
        "friends_count",
        "created_at",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1User:
    """
    Attributes:
        id (int):
        id_str (str):
        name (str):
        screen_name (str):
        protected (bool | Unset):
        verified (bool | Unset):
        followers_count (int | Unset):
        friends_count (int | Unset):
        created_at (str | Unset): v1.1 format, e.g. `Wed Oct 10 20:19:24 +0000 2018` (not ISO 8601).
    """

    id: int
    id_str: str
    name: str
    screen_name: str
    protected: bool | Unset = UNSET
    verified: bool | Unset = UNSET
    followers_count: int | Unset = UNSET
    friends_count: int | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        id_str: str,
        name: str,
        screen_name: str,
        protected: bool | Unset = UNSET,
        verified: bool | Unset = UNSET,
        followers_count: int | Unset = UNSET,
        friends_count: int | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.id_str = id_str
        self.name = name
        self.screen_name = screen_name
        self.protected = protected
        self.verified = verified
        self.followers_count = followers_count
        self.friends_count = friends_count
        self.created_at = created_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, id_str={self.id_str!r}, name={self.name!r}, screen_name={self.screen_name!r}, protected={self.protected!r}, verified={self.verified!r}, followers_count={self.followers_count!r}, friends_count={self.friends_count!r}, created_at={self.created_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.id_str == other.id_str
            and self.name == other.name
            and self.screen_name == other.screen_name
            and self.protected == other.protected
            and self.verified == other.verified
            and self.followers_count == other.followers_count
            and self.friends_count == other.friends_count
            and self.created_at == other.created_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        id_str = self.id_str

        name = self.name

        screen_name = self.screen_name

        protected = self.protected

        verified = self.verified

        followers_count = self.followers_count

        friends_count = self.friends_count

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "id_str": id_str,
                "name": name,
                "screen_name": screen_name,
            }
        )
        if protected is not UNSET:
            field_dict["protected"] = protected
        if verified is not UNSET:
            field_dict["verified"] = verified
        if followers_count is not UNSET:
            field_dict["followers_count"] = followers_count
        if friends_count is not UNSET:
            field_dict["friends_count"] = friends_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        id_str = d["id_str"]

        name = d["name"]

        screen_name = d["screen_name"]

        protected = d.get("protected", UNSET)

        verified = d.get("verified", UNSET)

        followers_count = d.get("followers_count", UNSET)

        friends_count = d.get("friends_count", UNSET)

        created_at = d.get("created_at", UNSET)

        if cls.__init__ is V1User.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.id_str = id_str
            _made.name = name
            _made.screen_name = screen_name
            _made.protected = protected
            _made.verified = verified
            _made.followers_count = followers_count
            _made.friends_count = friends_count
            _made.created_at = created_at
            v1_user = _made
        else:
            v1_user = cls(
                id=id,
                id_str=id_str,
                name=name,
                screen_name=screen_name,
                protected=protected,
                verified=verified,
                followers_count=followers_count,
                friends_count=friends_count,
                created_at=created_at,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_user.additional_properties = d
        return v1_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "id_str":
            if isinstance(self.id_str, Unset):
                raise KeyError(key)
            return self.id_str
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "screen_name":
            if isinstance(self.screen_name, Unset):
                raise KeyError(key)
            return self.screen_name
        if key == "protected":
            if isinstance(self.protected, Unset):
                raise KeyError(key)
            return self.protected
        if key == "verified":
            if isinstance(self.verified, Unset):
                raise KeyError(key)
            return self.verified
        if key == "followers_count":
            if isinstance(self.followers_count, Unset):
                raise KeyError(key)
            return self.followers_count
        if key == "friends_count":
            if isinstance(self.friends_count, Unset):
                raise KeyError(key)
            return self.friends_count
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "id_str":
            self.id_str = value
            return
        if key == "name":
            self.name = value
            return
        if key == "screen_name":
            self.screen_name = value
            return
        if key == "protected":
            self.protected = value
            return
        if key == "verified":
            self.verified = value
            return
        if key == "followers_count":
            self.followers_count = value
            return
        if key == "friends_count":
            self.friends_count = value
            return
        if key == "created_at":
            self.created_at = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "id_str":
            return not isinstance(self.id_str, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "screen_name":
            return not isinstance(self.screen_name, Unset)
        if key == "protected":
            return not isinstance(self.protected, Unset)
        if key == "verified":
            return not isinstance(self.verified, Unset)
        if key == "followers_count":
            return not isinstance(self.followers_count, Unset)
        if key == "friends_count":
            return not isinstance(self.friends_count, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        return key in self.additional_properties
