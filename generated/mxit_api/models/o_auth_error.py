from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="OAuthError")
_DECLARED_KEYS = frozenset(
    (
        "error",
        "error_description",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OAuthError:
    """
    Attributes:
        error (str): invalid_request, invalid_client, invalid_grant, unauthorized_client, unsupported_grant_type or
            invalid_scope.
        error_description (str | Unset):
    """

    error: str
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, error: str, error_description: str | Unset = UNSET) -> None:
        self.error = error
        self.error_description = error_description
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(error={self.error!r}, error_description={self.error_description!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.error == other.error
            and self.error_description == other.error_description
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        error_description = d.get("error_description", UNSET)

        if cls.__init__ is OAuthError.__init__:
            _made = _new_instance(cls)
            _made.error = error
            _made.error_description = error_description
            o_auth_error = _made
        else:
            o_auth_error = cls(
                error=error,
                error_description=error_description,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("error_description" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        o_auth_error.additional_properties = d
        return o_auth_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "error":
            if isinstance(self.error, Unset):
                raise KeyError(key)
            return self.error
        if key == "error_description":
            if isinstance(self.error_description, Unset):
                raise KeyError(key)
            return self.error_description
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "error":
            self.error = value
            return
        if key == "error_description":
            self.error_description = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "error":
            return not isinstance(self.error, Unset)
        if key == "error_description":
            return not isinstance(self.error_description, Unset)
        return key in self.additional_properties
