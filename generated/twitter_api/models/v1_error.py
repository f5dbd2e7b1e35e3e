from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="V1Error")
_DECLARED_KEYS = frozenset(
    (
        "code",
        "message",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1Error:
    """
    Attributes:
        code (int):
        message (str):
    """

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, code: int, message: str) -> None:
        self.code = code
        self.message = message
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(code={self.code!r}, message={self.message!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code == other.code
            and self.message == other.message
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        message = d["message"]

        if cls.__init__ is V1Error.__init__:
            _made = _new_instance(cls)
            _made.code = code
            _made.message = message
            v1_error = _made
        else:
            v1_error = cls(
                code=code,
                message=message,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_error.additional_properties = d
        return v1_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "code":
            self.code = value
            return
        if key == "message":
            self.message = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "code":
            return not isinstance(self.code, Unset)
        if key == "message":
            return not isinstance(self.message, Unset)
        return key in self.additional_properties
