from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Paging")
_DECLARED_KEYS = frozenset(
    (
        "next",
        "previous",
        "size",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Paging:
    """
    Attributes:
        next_ (None | str):
        previous (None | str):
        size (int | Unset):
    """

    next_: None | str
    previous: None | str
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, next_: None | str, previous: None | str, size: int | Unset = UNSET) -> None:
        self.next_ = next_
        self.previous = previous
        self.size = size
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(next_={self.next_!r}, previous={self.previous!r}, size={self.size!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.next_ == other.next_
            and self.previous == other.previous
            and self.size == other.size
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        next_ = d["next"]

        previous = d["previous"]

        size = d.get("size", UNSET)

        if cls.__init__ is Paging.__init__:
            _made = _new_instance(cls)
            _made.next_ = next_
            _made.previous = previous
            _made.size = size
            paging = _made
        else:
            paging = cls(
                next_=next_,
                previous=previous,
                size=size,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 + ("size" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        paging.additional_properties = d
        return paging

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "next":
            if isinstance(self.next_, Unset):
                raise KeyError(key)
            return self.next_
        if key == "previous":
            if isinstance(self.previous, Unset):
                raise KeyError(key)
            return self.previous
        if key == "size":
            if isinstance(self.size, Unset):
                raise KeyError(key)
            return self.size
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "next":
            self.next_ = value
            return
        if key == "previous":
            self.previous = value
            return
        if key == "size":
            self.size = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "next":
            return not isinstance(self.next_, Unset)
        if key == "previous":
            return not isinstance(self.previous, Unset)
        if key == "size":
            return not isinstance(self.size, Unset)
        return key in self.additional_properties
