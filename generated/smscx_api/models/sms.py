from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.quiet_hours import QuietHours
    from ..models.transliteration_app_settings import TransliterationAppSettings


T = TypeVar("T", bound="Sms")
_DECLARED_KEYS = frozenset(
    (
        "enforceOriginator",
        "dlrCallback",
        "receiveCallback",
        "quietHours",
        "transliteration",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Sms:
    """
    Attributes:
        enforce_originator (None | str):
        dlr_callback (None | str):
        receive_callback (None | str):
        quiet_hours (QuietHours):
        transliteration (TransliterationAppSettings):
    """

    enforce_originator: None | str
    dlr_callback: None | str
    receive_callback: None | str
    quiet_hours: QuietHours
    transliteration: TransliterationAppSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        enforce_originator: None | str,
        dlr_callback: None | str,
        receive_callback: None | str,
        quiet_hours: QuietHours,
        transliteration: TransliterationAppSettings,
    ) -> None:
        self.enforce_originator = enforce_originator
        self.dlr_callback = dlr_callback
        self.receive_callback = receive_callback
        self.quiet_hours = quiet_hours
        self.transliteration = transliteration
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(enforce_originator={self.enforce_originator!r}, dlr_callback={self.dlr_callback!r}, receive_callback={self.receive_callback!r}, quiet_hours={self.quiet_hours!r}, transliteration={self.transliteration!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.enforce_originator == other.enforce_originator
            and self.dlr_callback == other.dlr_callback
            and self.receive_callback == other.receive_callback
            and self.quiet_hours == other.quiet_hours
            and self.transliteration == other.transliteration
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        enforce_originator: None | str
        enforce_originator = self.enforce_originator

        dlr_callback: None | str
        dlr_callback = self.dlr_callback

        receive_callback: None | str
        receive_callback = self.receive_callback

        quiet_hours = self.quiet_hours.to_dict()

        transliteration = self.transliteration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enforceOriginator": enforce_originator,
                "dlrCallback": dlr_callback,
                "receiveCallback": receive_callback,
                "quietHours": quiet_hours,
                "transliteration": transliteration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enforce_originator = d["enforceOriginator"]

        dlr_callback = d["dlrCallback"]

        receive_callback = d["receiveCallback"]

        quiet_hours = QuietHours.from_dict(d["quietHours"])

        transliteration = TransliterationAppSettings.from_dict(d["transliteration"])

        if cls.__init__ is Sms.__init__:
            _made = _new_instance(cls)
            _made.enforce_originator = enforce_originator
            _made.dlr_callback = dlr_callback
            _made.receive_callback = receive_callback
            _made.quiet_hours = quiet_hours
            _made.transliteration = transliteration
            sms = _made
        else:
            sms = cls(
                enforce_originator=enforce_originator,
                dlr_callback=dlr_callback,
                receive_callback=receive_callback,
                quiet_hours=quiet_hours,
                transliteration=transliteration,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        sms.additional_properties = d
        return sms

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "enforceOriginator":
            if isinstance(self.enforce_originator, Unset):
                raise KeyError(key)
            return self.enforce_originator
        if key == "dlrCallback":
            if isinstance(self.dlr_callback, Unset):
                raise KeyError(key)
            return self.dlr_callback
        if key == "receiveCallback":
            if isinstance(self.receive_callback, Unset):
                raise KeyError(key)
            return self.receive_callback
        if key == "quietHours":
            if isinstance(self.quiet_hours, Unset):
                raise KeyError(key)
            return self.quiet_hours
        if key == "transliteration":
            if isinstance(self.transliteration, Unset):
                raise KeyError(key)
            return self.transliteration
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "enforceOriginator":
            self.enforce_originator = value
            return
        if key == "dlrCallback":
            self.dlr_callback = value
            return
        if key == "receiveCallback":
            self.receive_callback = value
            return
        if key == "quietHours":
            self.quiet_hours = value
            return
        if key == "transliteration":
            self.transliteration = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "enforceOriginator":
            return not isinstance(self.enforce_originator, Unset)
        if key == "dlrCallback":
            return not isinstance(self.dlr_callback, Unset)
        if key == "receiveCallback":
            return not isinstance(self.receive_callback, Unset)
        if key == "quietHours":
            return not isinstance(self.quiet_hours, Unset)
        if key == "transliteration":
            return not isinstance(self.transliteration, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.quiet_hours import QuietHours  # noqa: E402
from ..models.transliteration_app_settings import TransliterationAppSettings  # noqa: E402
