from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ProcessingInfoError")
_DECLARED_KEYS = frozenset(
    (
        "code",
        "name",
        "message",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ProcessingInfoError:
    """
    Attributes:
        code (int):
        name (str):
        message (str):
    """

    code: int
    name: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, code: int, name: str, message: str) -> None:
        self.code = code
        self.name = name
        self.message = message
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(code={self.code!r}, name={self.name!r}, message={self.message!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code == other.code
            and self.name == other.name
            and self.message == other.message
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        name = d["name"]

        message = d["message"]

        if cls.__init__ is ProcessingInfoError.__init__:
            _made = _new_instance(cls)
            _made.code = code
            _made.name = name
            _made.message = message
            processing_info_error = _made
        else:
            processing_info_error = cls(
                code=code,
                name=name,
                message=message,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        processing_info_error.additional_properties = d
        return processing_info_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
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
        if key == "name":
            self.name = value
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
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "message":
            return not isinstance(self.message, Unset)
        return key in self.additional_properties
