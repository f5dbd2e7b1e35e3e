from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.oauth_token_request_grant_type import OauthTokenRequestGrantType

T = TypeVar("T", bound="OauthTokenRequest")
_DECLARED_KEYS = frozenset(
    (
        "grant_type",
        "scope",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OauthTokenRequest:
    """
    Attributes:
        grant_type (OauthTokenRequestGrantType):  Default: OauthTokenRequestGrantType.CLIENT_CREDENTIALS.
        scope (str | Unset): Space-delimited, case-sensitive scope names; omitted or empty grants every scope.
    """

    grant_type: OauthTokenRequestGrantType = OauthTokenRequestGrantType.CLIENT_CREDENTIALS
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        grant_type: OauthTokenRequestGrantType = OauthTokenRequestGrantType.CLIENT_CREDENTIALS,
        scope: str | Unset = UNSET,
    ) -> None:
        self.grant_type = grant_type
        self.scope = scope
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(grant_type={self.grant_type!r}, scope={self.scope!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.grant_type == other.grant_type
            and self.scope == other.scope
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        grant_type = OauthTokenRequestGrantType(d["grant_type"])

        scope = d.get("scope", UNSET)

        if cls.__init__ is OauthTokenRequest.__init__:
            _made = _new_instance(cls)
            _made.grant_type = grant_type
            _made.scope = scope
            oauth_token_request = _made
        else:
            oauth_token_request = cls(
                grant_type=grant_type,
                scope=scope,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("scope" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        oauth_token_request.additional_properties = d
        return oauth_token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "grant_type":
            if isinstance(self.grant_type, Unset):
                raise KeyError(key)
            return self.grant_type
        if key == "scope":
            if isinstance(self.scope, Unset):
                raise KeyError(key)
            return self.scope
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "grant_type":
            self.grant_type = value
            return
        if key == "scope":
            self.scope = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "grant_type":
            return not isinstance(self.grant_type, Unset)
        if key == "scope":
            return not isinstance(self.scope, Unset)
        return key in self.additional_properties
