from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.attachments import Attachments
    from ..models.lookup import Lookup
    from ..models.multichannel import Multichannel
    from ..models.optouts import Optouts
    from ..models.otp import Otp
    from ..models.shortlinks import Shortlinks
    from ..models.sms import Sms
    from ..models.viber import Viber
    from ..models.whatsapp import Whatsapp


T = TypeVar("T", bound="Settings")
_DECLARED_KEYS = frozenset(
    (
        "sms",
        "viber",
        "whatsapp",
        "multichannel",
        "shortlinks",
        "attachments",
        "optouts",
        "lookup",
        "otp",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Settings:
    """
    Attributes:
        sms (Sms):
        viber (Viber):
        whatsapp (Whatsapp):
        multichannel (Multichannel):
        shortlinks (Shortlinks):
        attachments (Attachments):
        optouts (Optouts):
        lookup (Lookup):
        otp (Otp):
    """

    sms: Sms
    viber: Viber
    whatsapp: Whatsapp
    multichannel: Multichannel
    shortlinks: Shortlinks
    attachments: Attachments
    optouts: Optouts
    lookup: Lookup
    otp: Otp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        sms: Sms,
        viber: Viber,
        whatsapp: Whatsapp,
        multichannel: Multichannel,
        shortlinks: Shortlinks,
        attachments: Attachments,
        optouts: Optouts,
        lookup: Lookup,
        otp: Otp,
    ) -> None:
        self.sms = sms
        self.viber = viber
        self.whatsapp = whatsapp
        self.multichannel = multichannel
        self.shortlinks = shortlinks
        self.attachments = attachments
        self.optouts = optouts
        self.lookup = lookup
        self.otp = otp
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(sms={self.sms!r}, viber={self.viber!r}, whatsapp={self.whatsapp!r}, multichannel={self.multichannel!r}, shortlinks={self.shortlinks!r}, attachments={self.attachments!r}, optouts={self.optouts!r}, lookup={self.lookup!r}, otp={self.otp!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sms == other.sms
            and self.viber == other.viber
            and self.whatsapp == other.whatsapp
            and self.multichannel == other.multichannel
            and self.shortlinks == other.shortlinks
            and self.attachments == other.attachments
            and self.optouts == other.optouts
            and self.lookup == other.lookup
            and self.otp == other.otp
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        sms = self.sms.to_dict()

        viber = self.viber.to_dict()

        whatsapp = self.whatsapp.to_dict()

        multichannel = self.multichannel.to_dict()

        shortlinks = self.shortlinks.to_dict()

        attachments = self.attachments.to_dict()

        optouts = self.optouts.to_dict()

        lookup = self.lookup.to_dict()

        otp = self.otp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms": sms,
                "viber": viber,
                "whatsapp": whatsapp,
                "multichannel": multichannel,
                "shortlinks": shortlinks,
                "attachments": attachments,
                "optouts": optouts,
                "lookup": lookup,
                "otp": otp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sms = Sms.from_dict(d["sms"])

        viber = Viber.from_dict(d["viber"])

        whatsapp = Whatsapp.from_dict(d["whatsapp"])

        multichannel = Multichannel.from_dict(d["multichannel"])

        shortlinks = Shortlinks.from_dict(d["shortlinks"])

        attachments = Attachments.from_dict(d["attachments"])

        optouts = Optouts.from_dict(d["optouts"])

        lookup = Lookup.from_dict(d["lookup"])

        otp = Otp.from_dict(d["otp"])

        if cls.__init__ is Settings.__init__:
            _made = _new_instance(cls)
            _made.sms = sms
            _made.viber = viber
            _made.whatsapp = whatsapp
            _made.multichannel = multichannel
            _made.shortlinks = shortlinks
            _made.attachments = attachments
            _made.optouts = optouts
            _made.lookup = lookup
            _made.otp = otp
            settings = _made
        else:
            settings = cls(
                sms=sms,
                viber=viber,
                whatsapp=whatsapp,
                multichannel=multichannel,
                shortlinks=shortlinks,
                attachments=attachments,
                optouts=optouts,
                lookup=lookup,
                otp=otp,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        settings.additional_properties = d
        return settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "sms":
            if isinstance(self.sms, Unset):
                raise KeyError(key)
            return self.sms
        if key == "viber":
            if isinstance(self.viber, Unset):
                raise KeyError(key)
            return self.viber
        if key == "whatsapp":
            if isinstance(self.whatsapp, Unset):
                raise KeyError(key)
            return self.whatsapp
        if key == "multichannel":
            if isinstance(self.multichannel, Unset):
                raise KeyError(key)
            return self.multichannel
        if key == "shortlinks":
            if isinstance(self.shortlinks, Unset):
                raise KeyError(key)
            return self.shortlinks
        if key == "attachments":
            if isinstance(self.attachments, Unset):
                raise KeyError(key)
            return self.attachments
        if key == "optouts":
            if isinstance(self.optouts, Unset):
                raise KeyError(key)
            return self.optouts
        if key == "lookup":
            if isinstance(self.lookup, Unset):
                raise KeyError(key)
            return self.lookup
        if key == "otp":
            if isinstance(self.otp, Unset):
                raise KeyError(key)
            return self.otp
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "sms":
            self.sms = value
            return
        if key == "viber":
            self.viber = value
            return
        if key == "whatsapp":
            self.whatsapp = value
            return
        if key == "multichannel":
            self.multichannel = value
            return
        if key == "shortlinks":
            self.shortlinks = value
            return
        if key == "attachments":
            self.attachments = value
            return
        if key == "optouts":
            self.optouts = value
            return
        if key == "lookup":
            self.lookup = value
            return
        if key == "otp":
            self.otp = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "sms":
            return not isinstance(self.sms, Unset)
        if key == "viber":
            return not isinstance(self.viber, Unset)
        if key == "whatsapp":
            return not isinstance(self.whatsapp, Unset)
        if key == "multichannel":
            return not isinstance(self.multichannel, Unset)
        if key == "shortlinks":
            return not isinstance(self.shortlinks, Unset)
        if key == "attachments":
            return not isinstance(self.attachments, Unset)
        if key == "optouts":
            return not isinstance(self.optouts, Unset)
        if key == "lookup":
            return not isinstance(self.lookup, Unset)
        if key == "otp":
            return not isinstance(self.otp, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.attachments import Attachments  # noqa: E402
from ..models.lookup import Lookup  # noqa: E402
from ..models.multichannel import Multichannel  # noqa: E402
from ..models.optouts import Optouts  # noqa: E402
from ..models.otp import Otp  # noqa: E402
from ..models.shortlinks import Shortlinks  # noqa: E402
from ..models.sms import Sms  # noqa: E402
from ..models.viber import Viber  # noqa: E402
from ..models.whatsapp import Whatsapp  # noqa: E402
