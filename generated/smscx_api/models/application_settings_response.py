from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.settings import Settings


T = TypeVar("T", bound="ApplicationSettingsResponse")
_DECLARED_KEYS = frozenset(
    (
        "applicationId",
        "name",
        "scopes",
        "tokenExpiration",
        "settings",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ApplicationSettingsResponse:
    """
    Attributes:
        application_id (str):
        name (str):
        scopes (str):
        token_expiration (str):
        settings (Settings):
    """

    application_id: str
    name: str
    scopes: str
    token_expiration: str
    settings: Settings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, application_id: str, name: str, scopes: str, token_expiration: str, settings: Settings) -> None:
        self.application_id = application_id
        self.name = name
        self.scopes = scopes
        self.token_expiration = token_expiration
        self.settings = settings
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(application_id={self.application_id!r}, name={self.name!r}, scopes={self.scopes!r}, token_expiration={self.token_expiration!r}, settings={self.settings!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.application_id == other.application_id
            and self.name == other.name
            and self.scopes == other.scopes
            and self.token_expiration == other.token_expiration
            and self.settings == other.settings
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        name = self.name

        scopes = self.scopes

        token_expiration = self.token_expiration

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "name": name,
                "scopes": scopes,
                "tokenExpiration": token_expiration,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        application_id = d["applicationId"]

        name = d["name"]

        scopes = d["scopes"]

        token_expiration = d["tokenExpiration"]

        settings = Settings.from_dict(d["settings"])

        if cls.__init__ is ApplicationSettingsResponse.__init__:
            _made = _new_instance(cls)
            _made.application_id = application_id
            _made.name = name
            _made.scopes = scopes
            _made.token_expiration = token_expiration
            _made.settings = settings
            application_settings_response = _made
        else:
            application_settings_response = cls(
                application_id=application_id,
                name=name,
                scopes=scopes,
                token_expiration=token_expiration,
                settings=settings,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        application_settings_response.additional_properties = d
        return application_settings_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "applicationId":
            if isinstance(self.application_id, Unset):
                raise KeyError(key)
            return self.application_id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "scopes":
            if isinstance(self.scopes, Unset):
                raise KeyError(key)
            return self.scopes
        if key == "tokenExpiration":
            if isinstance(self.token_expiration, Unset):
                raise KeyError(key)
            return self.token_expiration
        if key == "settings":
            if isinstance(self.settings, Unset):
                raise KeyError(key)
            return self.settings
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "applicationId":
            self.application_id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "scopes":
            self.scopes = value
            return
        if key == "tokenExpiration":
            self.token_expiration = value
            return
        if key == "settings":
            self.settings = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "applicationId":
            return not isinstance(self.application_id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "scopes":
            return not isinstance(self.scopes, Unset)
        if key == "tokenExpiration":
            return not isinstance(self.token_expiration, Unset)
        if key == "settings":
            return not isinstance(self.settings, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.settings import Settings  # noqa: E402
