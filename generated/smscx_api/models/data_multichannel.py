from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="DataMultichannel")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "status",
        "statusCode",
        "errorCode",
        "createdAt",
        "inQuietHours",
        "cost",
        "to",
        "countryIso",
        "from",
        "text",
        "parts",
        "channel",
        "trackData",
        "scheduledAt",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataMultichannel:
    """
    Attributes:
        msg_id (str):
        status (str): One of: `ACCEPTED`, `SCHEDULED`, `REJECTED`, `NO COVERAGE`.
        status_code (int):
        error_code (int | None):
        created_at (datetime.datetime):
        in_quiet_hours (bool):
        cost (float):
        to (str):
        country_iso (str):
        from_ (str):
        text (str):
        parts (int):
        channel (str): One of: `viber`, `whatsapp`, `sms`.
        track_data (str | Unset):
        scheduled_at (datetime.datetime | Unset):
    """

    msg_id: str
    status: str
    status_code: int
    error_code: int | None
    created_at: datetime.datetime
    in_quiet_hours: bool
    cost: float
    to: str
    country_iso: str
    from_: str
    text: str
    parts: int
    channel: str
    track_data: str | Unset = UNSET
    scheduled_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        msg_id: str,
        status: str,
        status_code: int,
        error_code: int | None,
        created_at: datetime.datetime,
        in_quiet_hours: bool,
        cost: float,
        to: str,
        country_iso: str,
        from_: str,
        text: str,
        parts: int,
        channel: str,
        track_data: str | Unset = UNSET,
        scheduled_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.msg_id = msg_id
        self.status = status
        self.status_code = status_code
        self.error_code = error_code
        self.created_at = created_at
        self.in_quiet_hours = in_quiet_hours
        self.cost = cost
        self.to = to
        self.country_iso = country_iso
        self.from_ = from_
        self.text = text
        self.parts = parts
        self.channel = channel
        self.track_data = track_data
        self.scheduled_at = scheduled_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, status={self.status!r}, status_code={self.status_code!r}, error_code={self.error_code!r}, created_at={self.created_at!r}, in_quiet_hours={self.in_quiet_hours!r}, cost={self.cost!r}, to={self.to!r}, country_iso={self.country_iso!r}, from_={self.from_!r}, text={self.text!r}, parts={self.parts!r}, channel={self.channel!r}, track_data={self.track_data!r}, scheduled_at={self.scheduled_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id == other.msg_id
            and self.status == other.status
            and self.status_code == other.status_code
            and self.error_code == other.error_code
            and self.created_at == other.created_at
            and self.in_quiet_hours == other.in_quiet_hours
            and self.cost == other.cost
            and self.to == other.to
            and self.country_iso == other.country_iso
            and self.from_ == other.from_
            and self.text == other.text
            and self.parts == other.parts
            and self.channel == other.channel
            and self.track_data == other.track_data
            and self.scheduled_at == other.scheduled_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        status = self.status

        status_code = self.status_code

        error_code: int | None
        error_code = self.error_code

        created_at = self.created_at.isoformat()

        in_quiet_hours = self.in_quiet_hours

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        parts = self.parts

        channel = self.channel

        track_data = self.track_data

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "status": status,
                "statusCode": status_code,
                "errorCode": error_code,
                "createdAt": created_at,
                "inQuietHours": in_quiet_hours,
                "cost": cost,
                "to": to,
                "countryIso": country_iso,
                "from": from_,
                "text": text,
                "parts": parts,
                "channel": channel,
            }
        )
        if track_data is not UNSET:
            field_dict["trackData"] = track_data
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        msg_id = d["msgId"]

        status = d["status"]

        status_code = d["statusCode"]

        error_code = d["errorCode"]

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        in_quiet_hours = d["inQuietHours"]

        cost = d["cost"]

        to = d["to"]

        country_iso = d["countryIso"]

        from_ = d["from"]

        text = d["text"]

        parts = d["parts"]

        channel = d["channel"]

        track_data = d.get("trackData", UNSET)

        _scheduled_at = d.get("scheduledAt", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        if cls.__init__ is DataMultichannel.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.status = status
            _made.status_code = status_code
            _made.error_code = error_code
            _made.created_at = created_at
            _made.in_quiet_hours = in_quiet_hours
            _made.cost = cost
            _made.to = to
            _made.country_iso = country_iso
            _made.from_ = from_
            _made.text = text
            _made.parts = parts
            _made.channel = channel
            _made.track_data = track_data
            _made.scheduled_at = scheduled_at
            data_multichannel = _made
        else:
            data_multichannel = cls(
                msg_id=msg_id,
                status=status,
                status_code=status_code,
                error_code=error_code,
                created_at=created_at,
                in_quiet_hours=in_quiet_hours,
                cost=cost,
                to=to,
                country_iso=country_iso,
                from_=from_,
                text=text,
                parts=parts,
                channel=channel,
                track_data=track_data,
                scheduled_at=scheduled_at,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 13 + ("trackData" in d) + ("scheduledAt" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        data_multichannel.additional_properties = d
        return data_multichannel

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "statusCode":
            if isinstance(self.status_code, Unset):
                raise KeyError(key)
            return self.status_code
        if key == "errorCode":
            if isinstance(self.error_code, Unset):
                raise KeyError(key)
            return self.error_code
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "inQuietHours":
            if isinstance(self.in_quiet_hours, Unset):
                raise KeyError(key)
            return self.in_quiet_hours
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "to":
            if isinstance(self.to, Unset):
                raise KeyError(key)
            return self.to
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "trackData":
            if isinstance(self.track_data, Unset):
                raise KeyError(key)
            return self.track_data
        if key == "scheduledAt":
            if isinstance(self.scheduled_at, Unset):
                raise KeyError(key)
            return self.scheduled_at
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            self.msg_id = value
            return
        if key == "status":
            self.status = value
            return
        if key == "statusCode":
            self.status_code = value
            return
        if key == "errorCode":
            self.error_code = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        if key == "inQuietHours":
            self.in_quiet_hours = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "to":
            self.to = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "text":
            self.text = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "trackData":
            self.track_data = value
            return
        if key == "scheduledAt":
            self.scheduled_at = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "statusCode":
            return not isinstance(self.status_code, Unset)
        if key == "errorCode":
            return not isinstance(self.error_code, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        if key == "inQuietHours":
            return not isinstance(self.in_quiet_hours, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "to":
            return not isinstance(self.to, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "trackData":
            return not isinstance(self.track_data, Unset)
        if key == "scheduledAt":
            return not isinstance(self.scheduled_at, Unset)
        return key in self.additional_properties
