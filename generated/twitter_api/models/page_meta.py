from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="PageMeta")
_DECLARED_KEYS = frozenset(
    (
        "result_count",
        "next_token",
        "previous_token",
        "newest_id",
        "oldest_id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class PageMeta:
    """
    Attributes:
        result_count (int):
        next_token (str | Unset):
        previous_token (str | Unset):
        newest_id (str | Unset): A 64-bit id as a decimal string.
        oldest_id (str | Unset): A 64-bit id as a decimal string.
    """

    result_count: int
    next_token: str | Unset = UNSET
    previous_token: str | Unset = UNSET
    newest_id: str | Unset = UNSET
    oldest_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        result_count: int,
        next_token: str | Unset = UNSET,
        previous_token: str | Unset = UNSET,
        newest_id: str | Unset = UNSET,
        oldest_id: str | Unset = UNSET,
    ) -> None:
        self.result_count = result_count
        self.next_token = next_token
        self.previous_token = previous_token
        self.newest_id = newest_id
        self.oldest_id = oldest_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(result_count={self.result_count!r}, next_token={self.next_token!r}, previous_token={self.previous_token!r}, newest_id={self.newest_id!r}, oldest_id={self.oldest_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.result_count == other.result_count
            and self.next_token == other.next_token
            and self.previous_token == other.previous_token
            and self.newest_id == other.newest_id
            and self.oldest_id == other.oldest_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        result_count = self.result_count

        next_token = self.next_token

        previous_token = self.previous_token

        newest_id = self.newest_id

        oldest_id = self.oldest_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result_count": result_count,
            }
        )
        if next_token is not UNSET:
            field_dict["next_token"] = next_token
        if previous_token is not UNSET:
            field_dict["previous_token"] = previous_token
        if newest_id is not UNSET:
            field_dict["newest_id"] = newest_id
        if oldest_id is not UNSET:
            field_dict["oldest_id"] = oldest_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        result_count = d["result_count"]

        next_token = d.get("next_token", UNSET)

        previous_token = d.get("previous_token", UNSET)

        newest_id = d.get("newest_id", UNSET)

        oldest_id = d.get("oldest_id", UNSET)

        if cls.__init__ is PageMeta.__init__:
            _made = _new_instance(cls)
            _made.result_count = result_count
            _made.next_token = next_token
            _made.previous_token = previous_token
            _made.newest_id = newest_id
            _made.oldest_id = oldest_id
            page_meta = _made
        else:
            page_meta = cls(
                result_count=result_count,
                next_token=next_token,
                previous_token=previous_token,
                newest_id=newest_id,
                oldest_id=oldest_id,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        page_meta.additional_properties = d
        return page_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "result_count":
            if isinstance(self.result_count, Unset):
                raise KeyError(key)
            return self.result_count
        if key == "next_token":
            if isinstance(self.next_token, Unset):
                raise KeyError(key)
            return self.next_token
        if key == "previous_token":
            if isinstance(self.previous_token, Unset):
                raise KeyError(key)
            return self.previous_token
        if key == "newest_id":
            if isinstance(self.newest_id, Unset):
                raise KeyError(key)
            return self.newest_id
        if key == "oldest_id":
            if isinstance(self.oldest_id, Unset):
                raise KeyError(key)
            return self.oldest_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "result_count":
            self.result_count = value
            return
        if key == "next_token":
            self.next_token = value
            return
        if key == "previous_token":
            self.previous_token = value
            return
        if key == "newest_id":
            self.newest_id = value
            return
        if key == "oldest_id":
            self.oldest_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "result_count":
            return not isinstance(self.result_count, Unset)
        if key == "next_token":
            return not isinstance(self.next_token, Unset)
        if key == "previous_token":
            return not isinstance(self.previous_token, Unset)
        if key == "newest_id":
            return not isinstance(self.newest_id, Unset)
        if key == "oldest_id":
            return not isinstance(self.oldest_id, Unset)
        return key in self.additional_properties
