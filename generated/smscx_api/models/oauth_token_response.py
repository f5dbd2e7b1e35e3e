from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="OauthTokenResponse")
_DECLARED_KEYS = frozenset(
    (
        "access_token",
        "expires_in",
        "scope",
        "token_type",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OauthTokenResponse:
    """
    Attributes:
        access_token (str):
        expires_in (int):
        scope (str):
        token_type (str | Unset): One of: `Bearer`. Default: 'Bearer'.
    """

    access_token: str = _attrs_field(repr=False)
    expires_in: int
    scope: str
    token_type: str | Unset = "Bearer"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, access_token: str, expires_in: int, scope: str, token_type: str | Unset = "Bearer") -> None:
        self.access_token = access_token
        self.expires_in = expires_in
        self.scope = scope
        self.token_type = token_type
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(expires_in={self.expires_in!r}, scope={self.scope!r}, token_type={self.token_type!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.access_token == other.access_token
            and self.expires_in == other.expires_in
            and self.scope == other.scope
            and self.token_type == other.token_type
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        scope = self.scope

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "scope": scope,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["access_token"]

        expires_in = d["expires_in"]

        scope = d["scope"]

        token_type = d.get("token_type", UNSET)

        if cls.__init__ is OauthTokenResponse.__init__:
            _made = _new_instance(cls)
            _made.access_token = access_token
            _made.expires_in = expires_in
            _made.scope = scope
            _made.token_type = token_type
            oauth_token_response = _made
        else:
            oauth_token_response = cls(
                access_token=access_token,
                expires_in=expires_in,
                scope=scope,
                token_type=token_type,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 + ("token_type" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        oauth_token_response.additional_properties = d
        return oauth_token_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "access_token":
            if isinstance(self.access_token, Unset):
                raise KeyError(key)
            return self.access_token
        if key == "expires_in":
            if isinstance(self.expires_in, Unset):
                raise KeyError(key)
            return self.expires_in
        if key == "scope":
            if isinstance(self.scope, Unset):
                raise KeyError(key)
            return self.scope
        if key == "token_type":
            if isinstance(self.token_type, Unset):
                raise KeyError(key)
            return self.token_type
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "access_token":
            self.access_token = value
            return
        if key == "expires_in":
            self.expires_in = value
            return
        if key == "scope":
            self.scope = value
            return
        if key == "token_type":
            self.token_type = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "access_token":
            return not isinstance(self.access_token, Unset)
        if key == "expires_in":
            return not isinstance(self.expires_in, Unset)
        if key == "scope":
            return not isinstance(self.scope, Unset)
        if key == "token_type":
            return not isinstance(self.token_type, Unset)
        return key in self.additional_properties
