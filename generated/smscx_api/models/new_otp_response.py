from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="NewOtpResponse")
_DECLARED_KEYS = frozenset(
    (
        "otpId",
        "trackId",
        "phoneNumber",
        "countryIso",
        "status",
        "cost",
        "parts",
        "maxAttempts",
        "attempts",
        "ttl",
        "otpCallbackUrl",
        "dateCreated",
        "dateExpires",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class NewOtpResponse:
    """
    Attributes:
        otp_id (str):
        track_id (None | str):
        phone_number (str):
        country_iso (str):
        status (str): One of: `PENDING`, `VERIFIED`, `EXPIRED`, `CANCELLED`, `FAILED`.
        cost (float):
        parts (int):
        max_attempts (int):
        attempts (int):
        ttl (int):
        otp_callback_url (None | str):
        date_created (datetime.datetime):
        date_expires (datetime.datetime):
    """

    otp_id: str
    track_id: None | str
    phone_number: str
    country_iso: str
    status: str
    cost: float
    parts: int
    max_attempts: int
    attempts: int
    ttl: int
    otp_callback_url: None | str
    date_created: datetime.datetime
    date_expires: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        otp_id: str,
        track_id: None | str,
        phone_number: str,
        country_iso: str,
        status: str,
        cost: float,
        parts: int,
        max_attempts: int,
        attempts: int,
        ttl: int,
        otp_callback_url: None | str,
        date_created: datetime.datetime,
        date_expires: datetime.datetime,
    ) -> None:
        self.otp_id = otp_id
        self.track_id = track_id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.status = status
        self.cost = cost
        self.parts = parts
        self.max_attempts = max_attempts
        self.attempts = attempts
        self.ttl = ttl
        self.otp_callback_url = otp_callback_url
        self.date_created = date_created
        self.date_expires = date_expires
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(otp_id={self.otp_id!r}, track_id={self.track_id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, status={self.status!r}, cost={self.cost!r}, parts={self.parts!r}, max_attempts={self.max_attempts!r}, attempts={self.attempts!r}, ttl={self.ttl!r}, otp_callback_url={self.otp_callback_url!r}, date_created={self.date_created!r}, date_expires={self.date_expires!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.otp_id == other.otp_id
            and self.track_id == other.track_id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.status == other.status
            and self.cost == other.cost
            and self.parts == other.parts
            and self.max_attempts == other.max_attempts
            and self.attempts == other.attempts
            and self.ttl == other.ttl
            and self.otp_callback_url == other.otp_callback_url
            and self.date_created == other.date_created
            and self.date_expires == other.date_expires
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        otp_id = self.otp_id

        track_id: None | str
        track_id = self.track_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        status = self.status

        cost = self.cost

        parts = self.parts

        max_attempts = self.max_attempts

        attempts = self.attempts

        ttl = self.ttl

        otp_callback_url: None | str
        otp_callback_url = self.otp_callback_url

        date_created = self.date_created.isoformat()

        date_expires = self.date_expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otpId": otp_id,
                "trackId": track_id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "status": status,
                "cost": cost,
                "parts": parts,
                "maxAttempts": max_attempts,
                "attempts": attempts,
                "ttl": ttl,
                "otpCallbackUrl": otp_callback_url,
                "dateCreated": date_created,
                "dateExpires": date_expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        otp_id = d["otpId"]

        track_id = d["trackId"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        status = d["status"]

        cost = d["cost"]

        parts = d["parts"]

        max_attempts = d["maxAttempts"]

        attempts = d["attempts"]

        ttl = d["ttl"]

        otp_callback_url = d["otpCallbackUrl"]

        date_created = datetime.datetime.fromisoformat(d["dateCreated"])

        date_expires = datetime.datetime.fromisoformat(d["dateExpires"])

        if cls.__init__ is NewOtpResponse.__init__:
            _made = _new_instance(cls)
            _made.otp_id = otp_id
            _made.track_id = track_id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.status = status
            _made.cost = cost
            _made.parts = parts
            _made.max_attempts = max_attempts
            _made.attempts = attempts
            _made.ttl = ttl
            _made.otp_callback_url = otp_callback_url
            _made.date_created = date_created
            _made.date_expires = date_expires
            new_otp_response = _made
        else:
            new_otp_response = cls(
                otp_id=otp_id,
                track_id=track_id,
                phone_number=phone_number,
                country_iso=country_iso,
                status=status,
                cost=cost,
                parts=parts,
                max_attempts=max_attempts,
                attempts=attempts,
                ttl=ttl,
                otp_callback_url=otp_callback_url,
                date_created=date_created,
                date_expires=date_expires,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 13 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        new_otp_response.additional_properties = d
        return new_otp_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "otpId":
            if isinstance(self.otp_id, Unset):
                raise KeyError(key)
            return self.otp_id
        if key == "trackId":
            if isinstance(self.track_id, Unset):
                raise KeyError(key)
            return self.track_id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "maxAttempts":
            if isinstance(self.max_attempts, Unset):
                raise KeyError(key)
            return self.max_attempts
        if key == "attempts":
            if isinstance(self.attempts, Unset):
                raise KeyError(key)
            return self.attempts
        if key == "ttl":
            if isinstance(self.ttl, Unset):
                raise KeyError(key)
            return self.ttl
        if key == "otpCallbackUrl":
            if isinstance(self.otp_callback_url, Unset):
                raise KeyError(key)
            return self.otp_callback_url
        if key == "dateCreated":
            if isinstance(self.date_created, Unset):
                raise KeyError(key)
            return self.date_created
        if key == "dateExpires":
            if isinstance(self.date_expires, Unset):
                raise KeyError(key)
            return self.date_expires
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "otpId":
            self.otp_id = value
            return
        if key == "trackId":
            self.track_id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "status":
            self.status = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "maxAttempts":
            self.max_attempts = value
            return
        if key == "attempts":
            self.attempts = value
            return
        if key == "ttl":
            self.ttl = value
            return
        if key == "otpCallbackUrl":
            self.otp_callback_url = value
            return
        if key == "dateCreated":
            self.date_created = value
            return
        if key == "dateExpires":
            self.date_expires = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "otpId":
            return not isinstance(self.otp_id, Unset)
        if key == "trackId":
            return not isinstance(self.track_id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "maxAttempts":
            return not isinstance(self.max_attempts, Unset)
        if key == "attempts":
            return not isinstance(self.attempts, Unset)
        if key == "ttl":
            return not isinstance(self.ttl, Unset)
        if key == "otpCallbackUrl":
            return not isinstance(self.otp_callback_url, Unset)
        if key == "dateCreated":
            return not isinstance(self.date_created, Unset)
        if key == "dateExpires":
            return not isinstance(self.date_expires, Unset)
        return key in self.additional_properties
