from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="V1UrlEntity")
_DECLARED_KEYS = frozenset(
    (
        "url",
        "indices",
        "display_url",
        "expanded_url",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1UrlEntity:
    """
    Attributes:
        url (str):
        indices (list[int]):
        display_url (str | Unset):
        expanded_url (str | Unset):
    """

    url: str
    indices: list[int]
    display_url: str | Unset = UNSET
    expanded_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, url: str, indices: list[int], display_url: str | Unset = UNSET, expanded_url: str | Unset = UNSET
    ) -> None:
        self.url = url
        self.indices = indices
        self.display_url = display_url
        self.expanded_url = expanded_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(url={self.url!r}, indices={self.indices!r}, display_url={self.display_url!r}, expanded_url={self.expanded_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url == other.url
            and self.indices == other.indices
            and self.display_url == other.display_url
            and self.expanded_url == other.expanded_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        indices = self.indices

        display_url = self.display_url

        expanded_url = self.expanded_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "indices": indices,
            }
        )
        if display_url is not UNSET:
            field_dict["display_url"] = display_url
        if expanded_url is not UNSET:
            field_dict["expanded_url"] = expanded_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        indices = cast(list[int], d["indices"])

        display_url = d.get("display_url", UNSET)

        expanded_url = d.get("expanded_url", UNSET)

        if cls.__init__ is V1UrlEntity.__init__:
            _made = _new_instance(cls)
            _made.url = url
            _made.indices = indices
            _made.display_url = display_url
            _made.expanded_url = expanded_url
            v1_url_entity = _made
        else:
            v1_url_entity = cls(
                url=url,
                indices=indices,
                display_url=display_url,
                expanded_url=expanded_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 2 + ("display_url" in d) + ("expanded_url" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        v1_url_entity.additional_properties = d
        return v1_url_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "indices":
            if isinstance(self.indices, Unset):
                raise KeyError(key)
            return self.indices
        if key == "display_url":
            if isinstance(self.display_url, Unset):
                raise KeyError(key)
            return self.display_url
        if key == "expanded_url":
            if isinstance(self.expanded_url, Unset):
                raise KeyError(key)
            return self.expanded_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "url":
            self.url = value
            return
        if key == "indices":
            self.indices = value
            return
        if key == "display_url":
            self.display_url = value
            return
        if key == "expanded_url":
            self.expanded_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "indices":
            return not isinstance(self.indices, Unset)
        if key == "display_url":
            return not isinstance(self.display_url, Unset)
        if key == "expanded_url":
            return not isinstance(self.expanded_url, Unset)
        return key in self.additional_properties
