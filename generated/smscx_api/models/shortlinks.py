from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Shortlinks")
_DECLARED_KEYS = frozenset(("shortlinksCallback",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Shortlinks:
    """
    Attributes:
        shortlinks_callback (None | str):
    """

    shortlinks_callback: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, shortlinks_callback: None | str) -> None:
        self.shortlinks_callback = shortlinks_callback
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(shortlinks_callback={self.shortlinks_callback!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.shortlinks_callback == other.shortlinks_callback
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        shortlinks_callback: None | str
        shortlinks_callback = self.shortlinks_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortlinksCallback": shortlinks_callback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        shortlinks_callback = d["shortlinksCallback"]

        if cls.__init__ is Shortlinks.__init__:
            _made = _new_instance(cls)
            _made.shortlinks_callback = shortlinks_callback
            shortlinks = _made
        else:
            shortlinks = cls(
                shortlinks_callback=shortlinks_callback,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        shortlinks.additional_properties = d
        return shortlinks

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "shortlinksCallback":
            if isinstance(self.shortlinks_callback, Unset):
                raise KeyError(key)
            return self.shortlinks_callback
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "shortlinksCallback":
            self.shortlinks_callback = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "shortlinksCallback":
            return not isinstance(self.shortlinks_callback, Unset)
        return key in self.additional_properties
