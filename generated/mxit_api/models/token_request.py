from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.token_request_grant_type import TokenRequestGrantType

T = TypeVar("T", bound="TokenRequest")
_DECLARED_KEYS = frozenset(
    (
        "grant_type",
        "scope",
        "code",
        "redirect_uri",
        "refresh_token",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TokenRequest:
    """
    Attributes:
        grant_type (TokenRequestGrantType):
        scope (str | Unset): Space-separated scopes (client_credentials; optional narrowing for refresh_token).
        code (str | Unset):
        redirect_uri (str | Unset):
        refresh_token (str | Unset):
    """

    grant_type: TokenRequestGrantType
    scope: str | Unset = UNSET
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        grant_type: TokenRequestGrantType,
        scope: str | Unset = UNSET,
        code: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
    ) -> None:
        self.grant_type = grant_type
        self.scope = scope
        self.code = code
        self.redirect_uri = redirect_uri
        self.refresh_token = refresh_token
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(grant_type={self.grant_type!r}, scope={self.scope!r}, code={self.code!r}, redirect_uri={self.redirect_uri!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.grant_type == other.grant_type
            and self.scope == other.scope
            and self.code == other.code
            and self.redirect_uri == other.redirect_uri
            and self.refresh_token == other.refresh_token
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        scope = self.scope

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        grant_type = TokenRequestGrantType(d["grant_type"])

        scope = d.get("scope", UNSET)

        code = d.get("code", UNSET)

        redirect_uri = d.get("redirect_uri", UNSET)

        refresh_token = d.get("refresh_token", UNSET)

        if cls.__init__ is TokenRequest.__init__:
            _made = _new_instance(cls)
            _made.grant_type = grant_type
            _made.scope = scope
            _made.code = code
            _made.redirect_uri = redirect_uri
            _made.refresh_token = refresh_token
            token_request = _made
        else:
            token_request = cls(
                grant_type=grant_type,
                scope=scope,
                code=code,
                redirect_uri=redirect_uri,
                refresh_token=refresh_token,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        token_request.additional_properties = d
        return token_request

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
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        if key == "redirect_uri":
            if isinstance(self.redirect_uri, Unset):
                raise KeyError(key)
            return self.redirect_uri
        if key == "refresh_token":
            if isinstance(self.refresh_token, Unset):
                raise KeyError(key)
            return self.refresh_token
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "grant_type":
            self.grant_type = value
            return
        if key == "scope":
            self.scope = value
            return
        if key == "code":
            self.code = value
            return
        if key == "redirect_uri":
            self.redirect_uri = value
            return
        if key == "refresh_token":
            self.refresh_token = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "grant_type":
            return not isinstance(self.grant_type, Unset)
        if key == "scope":
            return not isinstance(self.scope, Unset)
        if key == "code":
            return not isinstance(self.code, Unset)
        if key == "redirect_uri":
            return not isinstance(self.redirect_uri, Unset)
        if key == "refresh_token":
            return not isinstance(self.refresh_token, Unset)
        return key in self.additional_properties
