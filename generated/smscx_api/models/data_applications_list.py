from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataApplicationsList")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "applicationId",
        "applicationSecret",
        "applicationName",
        "scopes",
        "tokenExpiration",
        "createdAt",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataApplicationsList:
    """
    Attributes:
        id (int):
        application_id (str):
        application_secret (str):
        application_name (str):
        scopes (str):
        token_expiration (str):
        created_at (str):
    """

    id: int
    application_id: str
    application_secret: str
    application_name: str
    scopes: str
    token_expiration: str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        application_id: str,
        application_secret: str,
        application_name: str,
        scopes: str,
        token_expiration: str,
        created_at: str,
    ) -> None:
        self.id = id
        self.application_id = application_id
        self.application_secret = application_secret
        self.application_name = application_name
        self.scopes = scopes
        self.token_expiration = token_expiration
        self.created_at = created_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, application_id={self.application_id!r}, application_secret={self.application_secret!r}, application_name={self.application_name!r}, scopes={self.scopes!r}, token_expiration={self.token_expiration!r}, created_at={self.created_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.application_id == other.application_id
            and self.application_secret == other.application_secret
            and self.application_name == other.application_name
            and self.scopes == other.scopes
            and self.token_expiration == other.token_expiration
            and self.created_at == other.created_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        application_secret = self.application_secret

        application_name = self.application_name

        scopes = self.scopes

        token_expiration = self.token_expiration

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "applicationId": application_id,
                "applicationSecret": application_secret,
                "applicationName": application_name,
                "scopes": scopes,
                "tokenExpiration": token_expiration,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        application_id = d["applicationId"]

        application_secret = d["applicationSecret"]

        application_name = d["applicationName"]

        scopes = d["scopes"]

        token_expiration = d["tokenExpiration"]

        created_at = d["createdAt"]

        if cls.__init__ is DataApplicationsList.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.application_id = application_id
            _made.application_secret = application_secret
            _made.application_name = application_name
            _made.scopes = scopes
            _made.token_expiration = token_expiration
            _made.created_at = created_at
            data_applications_list = _made
        else:
            data_applications_list = cls(
                id=id,
                application_id=application_id,
                application_secret=application_secret,
                application_name=application_name,
                scopes=scopes,
                token_expiration=token_expiration,
                created_at=created_at,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_applications_list.additional_properties = d
        return data_applications_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "applicationId":
            if isinstance(self.application_id, Unset):
                raise KeyError(key)
            return self.application_id
        if key == "applicationSecret":
            if isinstance(self.application_secret, Unset):
                raise KeyError(key)
            return self.application_secret
        if key == "applicationName":
            if isinstance(self.application_name, Unset):
                raise KeyError(key)
            return self.application_name
        if key == "scopes":
            if isinstance(self.scopes, Unset):
                raise KeyError(key)
            return self.scopes
        if key == "tokenExpiration":
            if isinstance(self.token_expiration, Unset):
                raise KeyError(key)
            return self.token_expiration
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "applicationId":
            self.application_id = value
            return
        if key == "applicationSecret":
            self.application_secret = value
            return
        if key == "applicationName":
            self.application_name = value
            return
        if key == "scopes":
            self.scopes = value
            return
        if key == "tokenExpiration":
            self.token_expiration = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "applicationId":
            return not isinstance(self.application_id, Unset)
        if key == "applicationSecret":
            return not isinstance(self.application_secret, Unset)
        if key == "applicationName":
            return not isinstance(self.application_name, Unset)
        if key == "scopes":
            return not isinstance(self.scopes, Unset)
        if key == "tokenExpiration":
            return not isinstance(self.token_expiration, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        return key in self.additional_properties
