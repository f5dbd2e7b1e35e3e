from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="UrlImage")
_DECLARED_KEYS = frozenset(
    (
        "url",
        "width",
        "height",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class UrlImage:
    """
    Attributes:
        url (str):
        width (int):
        height (int):
    """

    url: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, url: str, width: int, height: int) -> None:
        self.url = url
        self.width = width
        self.height = height
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(url={self.url!r}, width={self.width!r}, height={self.height!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url == other.url
            and self.width == other.width
            and self.height == other.height
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        width = d["width"]

        height = d["height"]

        if cls.__init__ is UrlImage.__init__:
            _made = _new_instance(cls)
            _made.url = url
            _made.width = width
            _made.height = height
            url_image = _made
        else:
            url_image = cls(
                url=url,
                width=width,
                height=height,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        url_image.additional_properties = d
        return url_image

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "width":
            if isinstance(self.width, Unset):
                raise KeyError(key)
            return self.width
        if key == "height":
            if isinstance(self.height, Unset):
                raise KeyError(key)
            return self.height
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "url":
            self.url = value
            return
        if key == "width":
            self.width = value
            return
        if key == "height":
            self.height = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "width":
            return not isinstance(self.width, Unset)
        if key == "height":
            return not isinstance(self.height, Unset)
        return key in self.additional_properties
