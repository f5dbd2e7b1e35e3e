from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ShortlinkNewRequest")
_DECLARED_KEYS = frozenset(
    (
        "url",
        "name",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ShortlinkNewRequest:
    """
    Attributes:
        url (str):
        name (str | Unset):
    """

    url: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, url: str, name: str | Unset = UNSET) -> None:
        self.url = url
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(url={self.url!r}, name={self.name!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url == other.url
            and self.name == other.name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        name = d.get("name", UNSET)

        if cls.__init__ is ShortlinkNewRequest.__init__:
            _made = _new_instance(cls)
            _made.url = url
            _made.name = name
            shortlink_new_request = _made
        else:
            shortlink_new_request = cls(
                url=url,
                name=name,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("name" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        shortlink_new_request.additional_properties = d
        return shortlink_new_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "url":
            self.url = value
            return
        if key == "name":
            self.name = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        return key in self.additional_properties
