from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.new_otp_request_pin_type import NewOtpRequestPinType

T = TypeVar("T", bound="NewOtpRequest")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumber",
        "countryIso",
        "from",
        "template",
        "trackId",
        "ttl",
        "maxAttempts",
        "pinType",
        "pinLength",
        "otpCallbackUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class NewOtpRequest:
    """
    Attributes:
        phone_number (str):
        country_iso (str | Unset):
        from_ (str | Unset):
        template (str | Unset):
        track_id (str | Unset):
        ttl (int | Unset):
        max_attempts (int | Unset):
        pin_type (NewOtpRequestPinType | Unset):
        pin_length (int | Unset):
        otp_callback_url (str | Unset):
    """

    phone_number: str
    country_iso: str | Unset = UNSET
    from_: str | Unset = UNSET
    template: str | Unset = UNSET
    track_id: str | Unset = UNSET
    ttl: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    pin_type: NewOtpRequestPinType | Unset = UNSET
    pin_length: int | Unset = UNSET
    otp_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        phone_number: str,
        country_iso: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        template: str | Unset = UNSET,
        track_id: str | Unset = UNSET,
        ttl: int | Unset = UNSET,
        max_attempts: int | Unset = UNSET,
        pin_type: NewOtpRequestPinType | Unset = UNSET,
        pin_length: int | Unset = UNSET,
        otp_callback_url: str | Unset = UNSET,
    ) -> None:
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.from_ = from_
        self.template = template
        self.track_id = track_id
        self.ttl = ttl
        self.max_attempts = max_attempts
        self.pin_type = pin_type
        self.pin_length = pin_length
        self.otp_callback_url = otp_callback_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, from_={self.from_!r}, template={self.template!r}, track_id={self.track_id!r}, ttl={self.ttl!r}, max_attempts={self.max_attempts!r}, pin_type={self.pin_type!r}, pin_length={self.pin_length!r}, otp_callback_url={self.otp_callback_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.from_ == other.from_
            and self.template == other.template
            and self.track_id == other.track_id
            and self.ttl == other.ttl
            and self.max_attempts == other.max_attempts
            and self.pin_type == other.pin_type
            and self.pin_length == other.pin_length
            and self.otp_callback_url == other.otp_callback_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_iso = self.country_iso

        from_ = self.from_

        template = self.template

        track_id = self.track_id

        ttl = self.ttl

        max_attempts = self.max_attempts

        pin_type: str | Unset = UNSET
        if not isinstance(self.pin_type, Unset):
            pin_type = self.pin_type.value

        pin_length = self.pin_length

        otp_callback_url = self.otp_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if from_ is not UNSET:
            field_dict["from"] = from_
        if template is not UNSET:
            field_dict["template"] = template
        if track_id is not UNSET:
            field_dict["trackId"] = track_id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if pin_type is not UNSET:
            field_dict["pinType"] = pin_type
        if pin_length is not UNSET:
            field_dict["pinLength"] = pin_length
        if otp_callback_url is not UNSET:
            field_dict["otpCallbackUrl"] = otp_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d["phoneNumber"]

        country_iso = d.get("countryIso", UNSET)

        from_ = d.get("from", UNSET)

        template = d.get("template", UNSET)

        track_id = d.get("trackId", UNSET)

        ttl = d.get("ttl", UNSET)

        max_attempts = d.get("maxAttempts", UNSET)

        _pin_type = d.get("pinType", UNSET)
        pin_type: NewOtpRequestPinType | Unset
        if isinstance(_pin_type, Unset):
            pin_type = UNSET
        else:
            pin_type = NewOtpRequestPinType(_pin_type)

        pin_length = d.get("pinLength", UNSET)

        otp_callback_url = d.get("otpCallbackUrl", UNSET)

        if cls.__init__ is NewOtpRequest.__init__:
            _made = _new_instance(cls)
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.from_ = from_
            _made.template = template
            _made.track_id = track_id
            _made.ttl = ttl
            _made.max_attempts = max_attempts
            _made.pin_type = pin_type
            _made.pin_length = pin_length
            _made.otp_callback_url = otp_callback_url
            new_otp_request = _made
        else:
            new_otp_request = cls(
                phone_number=phone_number,
                country_iso=country_iso,
                from_=from_,
                template=template,
                track_id=track_id,
                ttl=ttl,
                max_attempts=max_attempts,
                pin_type=pin_type,
                pin_length=pin_length,
                otp_callback_url=otp_callback_url,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        new_otp_request.additional_properties = d
        return new_otp_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "template":
            if isinstance(self.template, Unset):
                raise KeyError(key)
            return self.template
        if key == "trackId":
            if isinstance(self.track_id, Unset):
                raise KeyError(key)
            return self.track_id
        if key == "ttl":
            if isinstance(self.ttl, Unset):
                raise KeyError(key)
            return self.ttl
        if key == "maxAttempts":
            if isinstance(self.max_attempts, Unset):
                raise KeyError(key)
            return self.max_attempts
        if key == "pinType":
            if isinstance(self.pin_type, Unset):
                raise KeyError(key)
            return self.pin_type
        if key == "pinLength":
            if isinstance(self.pin_length, Unset):
                raise KeyError(key)
            return self.pin_length
        if key == "otpCallbackUrl":
            if isinstance(self.otp_callback_url, Unset):
                raise KeyError(key)
            return self.otp_callback_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "template":
            self.template = value
            return
        if key == "trackId":
            self.track_id = value
            return
        if key == "ttl":
            self.ttl = value
            return
        if key == "maxAttempts":
            self.max_attempts = value
            return
        if key == "pinType":
            self.pin_type = value
            return
        if key == "pinLength":
            self.pin_length = value
            return
        if key == "otpCallbackUrl":
            self.otp_callback_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "template":
            return not isinstance(self.template, Unset)
        if key == "trackId":
            return not isinstance(self.track_id, Unset)
        if key == "ttl":
            return not isinstance(self.ttl, Unset)
        if key == "maxAttempts":
            return not isinstance(self.max_attempts, Unset)
        if key == "pinType":
            return not isinstance(self.pin_type, Unset)
        if key == "pinLength":
            return not isinstance(self.pin_length, Unset)
        if key == "otpCallbackUrl":
            return not isinstance(self.otp_callback_url, Unset)
        return key in self.additional_properties
