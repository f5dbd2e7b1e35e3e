from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ServiceError")
_DECLARED_KEYS = frozenset(
    (
        "status_code",
        "reason",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ServiceError:
    """The contacts, groups, metrics and account services' error body.

    Attributes:
        status_code (int):
        reason (str):
    """

    status_code: int
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, status_code: int, reason: str) -> None:
        self.status_code = status_code
        self.reason = reason
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(status_code={self.status_code!r}, reason={self.reason!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status_code == other.status_code
            and self.reason == other.reason
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status_code = d["status_code"]

        reason = d["reason"]

        if cls.__init__ is ServiceError.__init__:
            _made = _new_instance(cls)
            _made.status_code = status_code
            _made.reason = reason
            service_error = _made
        else:
            service_error = cls(
                status_code=status_code,
                reason=reason,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        service_error.additional_properties = d
        return service_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "status_code":
            if isinstance(self.status_code, Unset):
                raise KeyError(key)
            return self.status_code
        if key == "reason":
            if isinstance(self.reason, Unset):
                raise KeyError(key)
            return self.reason
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "status_code":
            self.status_code = value
            return
        if key == "reason":
            self.reason = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "status_code":
            return not isinstance(self.status_code, Unset)
        if key == "reason":
            return not isinstance(self.reason, Unset)
        return key in self.additional_properties
