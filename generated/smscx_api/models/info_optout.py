from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoOptout")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "phoneNumber",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoOptout:
    """
    Attributes:
        id (str):
        phone_number (str):
    """

    id: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, id: str, phone_number: str) -> None:
        self.id = id
        self.phone_number = phone_number
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, phone_number={self.phone_number!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.phone_number == other.phone_number
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        phone_number = d["phoneNumber"]

        if cls.__init__ is InfoOptout.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.phone_number = phone_number
            info_optout = _made
        else:
            info_optout = cls(
                id=id,
                phone_number=phone_number,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_optout.additional_properties = d
        return info_optout

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        return key in self.additional_properties
