from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.welcome_message import WelcomeMessage
    from ..models.welcome_message_response_apps import WelcomeMessageResponseApps


T = TypeVar("T", bound="WelcomeMessageResponse")
_DECLARED_KEYS = frozenset(
    (
        "welcome_message",
        "name",
        "apps",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class WelcomeMessageResponse:
    """
    Attributes:
        welcome_message (WelcomeMessage):
        name (str | Unset): The name given at creation (top level, next to `welcome_message`).
        apps (WelcomeMessageResponseApps | Unset):
    """

    welcome_message: WelcomeMessage
    name: str | Unset = UNSET
    apps: WelcomeMessageResponseApps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        welcome_message: WelcomeMessage,
        name: str | Unset = UNSET,
        apps: WelcomeMessageResponseApps | Unset = UNSET,
    ) -> None:
        self.welcome_message = welcome_message
        self.name = name
        self.apps = apps
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(welcome_message={self.welcome_message!r}, name={self.name!r}, apps={self.apps!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.welcome_message == other.welcome_message
            and self.name == other.name
            and self.apps == other.apps
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        welcome_message = self.welcome_message.to_dict()

        name = self.name

        apps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = self.apps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "welcome_message": welcome_message,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if apps is not UNSET:
            field_dict["apps"] = apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        welcome_message = WelcomeMessage.from_dict(d["welcome_message"])

        name = d.get("name", UNSET)

        _apps = d.get("apps", UNSET)
        apps: WelcomeMessageResponseApps | Unset
        if isinstance(_apps, Unset):
            apps = UNSET
        else:
            apps = WelcomeMessageResponseApps.from_dict(_apps)

        if cls.__init__ is WelcomeMessageResponse.__init__:
            _made = _new_instance(cls)
            _made.welcome_message = welcome_message
            _made.name = name
            _made.apps = apps
            welcome_message_response = _made
        else:
            welcome_message_response = cls(
                welcome_message=welcome_message,
                name=name,
                apps=apps,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("name" in d) + ("apps" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        welcome_message_response.additional_properties = d
        return welcome_message_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "welcome_message":
            if isinstance(self.welcome_message, Unset):
                raise KeyError(key)
            return self.welcome_message
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "apps":
            if isinstance(self.apps, Unset):
                raise KeyError(key)
            return self.apps
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "welcome_message":
            self.welcome_message = value
            return
        if key == "name":
            self.name = value
            return
        if key == "apps":
            self.apps = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "welcome_message":
            return not isinstance(self.welcome_message, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "apps":
            return not isinstance(self.apps, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.welcome_message import WelcomeMessage  # noqa: E402
from ..models.welcome_message_response_apps import WelcomeMessageResponseApps  # noqa: E402
