from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="Error")
_DECLARED_KEYS = frozenset(
    (
        "message",
        "details",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Error:
    """
    Attributes:
        message (str):
        details (list[str] | Unset):
    """

    message: str
    details: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, message: str, details: list[str] | Unset = UNSET) -> None:
        self.message = message
        self.details = details
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(message={self.message!r}, details={self.details!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message == other.message
            and self.details == other.details
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]

        details = cast(list[str], d.get("details", UNSET))

        if cls.__init__ is Error.__init__:
            _made = _new_instance(cls)
            _made.message = message
            _made.details = details
            error = _made
        else:
            error = cls(
                message=message,
                details=details,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("details" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        if key == "details":
            if isinstance(self.details, Unset):
                raise KeyError(key)
            return self.details
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "message":
            self.message = value
            return
        if key == "details":
            self.details = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "message":
            return not isinstance(self.message, Unset)
        if key == "details":
            return not isinstance(self.details, Unset)
        return key in self.additional_properties
