from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="RichMedia")
_DECLARED_KEYS = frozenset(
    (
        "imageUrl",
        "buttonCaption",
        "targetUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RichMedia:
    """
    Attributes:
        image_url (None | str):
        button_caption (None | str):
        target_url (None | str):
    """

    image_url: None | str
    button_caption: None | str
    target_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, image_url: None | str, button_caption: None | str, target_url: None | str) -> None:
        self.image_url = image_url
        self.button_caption = button_caption
        self.target_url = target_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(image_url={self.image_url!r}, button_caption={self.button_caption!r}, target_url={self.target_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.image_url == other.image_url
            and self.button_caption == other.button_caption
            and self.target_url == other.target_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        image_url: None | str
        image_url = self.image_url

        button_caption: None | str
        button_caption = self.button_caption

        target_url: None | str
        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "buttonCaption": button_caption,
                "targetUrl": target_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        image_url = d["imageUrl"]

        button_caption = d["buttonCaption"]

        target_url = d["targetUrl"]

        if cls.__init__ is RichMedia.__init__:
            _made = _new_instance(cls)
            _made.image_url = image_url
            _made.button_caption = button_caption
            _made.target_url = target_url
            rich_media = _made
        else:
            rich_media = cls(
                image_url=image_url,
                button_caption=button_caption,
                target_url=target_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        rich_media.additional_properties = d
        return rich_media

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "imageUrl":
            if isinstance(self.image_url, Unset):
                raise KeyError(key)
            return self.image_url
        if key == "buttonCaption":
            if isinstance(self.button_caption, Unset):
                raise KeyError(key)
            return self.button_caption
        if key == "targetUrl":
            if isinstance(self.target_url, Unset):
                raise KeyError(key)
            return self.target_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "imageUrl":
            self.image_url = value
            return
        if key == "buttonCaption":
            self.button_caption = value
            return
        if key == "targetUrl":
            self.target_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "imageUrl":
            return not isinstance(self.image_url, Unset)
        if key == "buttonCaption":
            return not isinstance(self.button_caption, Unset)
        if key == "targetUrl":
            return not isinstance(self.target_url, Unset)
        return key in self.additional_properties
