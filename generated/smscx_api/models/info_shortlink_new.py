from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoShortlinkNew")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "originalUrl",
        "shortUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoShortlinkNew:
    """
    Attributes:
        id (str):
        name (str):
        original_url (str):
        short_url (str):
    """

    id: str
    name: str
    original_url: str
    short_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: str, name: str, original_url: str, short_url: str) -> None:
        self.id = id
        self.name = name
        self.original_url = original_url
        self.short_url = short_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, original_url={self.original_url!r}, short_url={self.short_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.original_url == other.original_url
            and self.short_url == other.short_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        original_url = self.original_url

        short_url = self.short_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "originalUrl": original_url,
                "shortUrl": short_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        original_url = d["originalUrl"]

        short_url = d["shortUrl"]

        if cls.__init__ is InfoShortlinkNew.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.original_url = original_url
            _made.short_url = short_url
            info_shortlink_new = _made
        else:
            info_shortlink_new = cls(
                id=id,
                name=name,
                original_url=original_url,
                short_url=short_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_shortlink_new.additional_properties = d
        return info_shortlink_new

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "originalUrl":
            if isinstance(self.original_url, Unset):
                raise KeyError(key)
            return self.original_url
        if key == "shortUrl":
            if isinstance(self.short_url, Unset):
                raise KeyError(key)
            return self.short_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "originalUrl":
            self.original_url = value
            return
        if key == "shortUrl":
            self.short_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "originalUrl":
            return not isinstance(self.original_url, Unset)
        if key == "shortUrl":
            return not isinstance(self.short_url, Unset)
        return key in self.additional_properties
