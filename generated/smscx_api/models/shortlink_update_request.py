from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ShortlinkUpdateRequest")
_DECLARED_KEYS = frozenset(
    (
        "name",
        "url",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ShortlinkUpdateRequest:
    """
    Attributes:
        name (str):
        url (str):
    """

    name: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, url={self.url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.url == other.url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        url = d["url"]

        if cls.__init__ is ShortlinkUpdateRequest.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.url = url
            shortlink_update_request = _made
        else:
            shortlink_update_request = cls(
                name=name,
                url=url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        shortlink_update_request.additional_properties = d
        return shortlink_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "name":
            self.name = value
            return
        if key == "url":
            self.url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        return key in self.additional_properties
