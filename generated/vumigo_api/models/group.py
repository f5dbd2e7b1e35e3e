from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Group")
_DECLARED_KEYS = frozenset(
    (
        "key",
        "name",
        "$VERSION",
        "user_account",
        "created_at",
        "query",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Group:
    """
    Attributes:
        key (str):
        name (str):
        version (int | None | Unset):
        user_account (str | Unset):
        created_at (str | Unset):
        query (None | str | Unset): A smart group's query (`<field>:<value>`); null for a static group.
    """

    key: str
    name: str
    version: int | None | Unset = UNSET
    user_account: str | Unset = UNSET
    created_at: str | Unset = UNSET
    query: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        key: str,
        name: str,
        version: int | None | Unset = UNSET,
        user_account: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        query: None | str | Unset = UNSET,
    ) -> None:
        self.key = key
        self.name = name
        self.version = version
        self.user_account = user_account
        self.created_at = created_at
        self.query = query
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(key={self.key!r}, name={self.name!r}, version={self.version!r}, user_account={self.user_account!r}, created_at={self.created_at!r}, query={self.query!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.key == other.key
            and self.name == other.name
            and self.version == other.version
            and self.user_account == other.user_account
            and self.created_at == other.created_at
            and self.query == other.query
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        user_account = self.user_account

        created_at = self.created_at

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if version is not UNSET:
            field_dict["$VERSION"] = version
        if user_account is not UNSET:
            field_dict["user_account"] = user_account
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        version = d.get("$VERSION", UNSET)

        user_account = d.get("user_account", UNSET)

        created_at = d.get("created_at", UNSET)

        query = d.get("query", UNSET)

        if cls.__init__ is Group.__init__:
            _made = _new_instance(cls)
            _made.key = key
            _made.name = name
            _made.version = version
            _made.user_account = user_account
            _made.created_at = created_at
            _made.query = query
            group = _made
        else:
            group = cls(
                key=key,
                name=name,
                version=version,
                user_account=user_account,
                created_at=created_at,
                query=query,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        group.additional_properties = d
        return group

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "key":
            if isinstance(self.key, Unset):
                raise KeyError(key)
            return self.key
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "$VERSION":
            if isinstance(self.version, Unset):
                raise KeyError(key)
            return self.version
        if key == "user_account":
            if isinstance(self.user_account, Unset):
                raise KeyError(key)
            return self.user_account
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "query":
            if isinstance(self.query, Unset):
                raise KeyError(key)
            return self.query
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "key":
            self.key = value
            return
        if key == "name":
            self.name = value
            return
        if key == "$VERSION":
            self.version = value
            return
        if key == "user_account":
            self.user_account = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "query":
            self.query = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "key":
            return not isinstance(self.key, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "$VERSION":
            return not isinstance(self.version, Unset)
        if key == "user_account":
            return not isinstance(self.user_account, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "query":
            return not isinstance(self.query, Unset)
        return key in self.additional_properties
