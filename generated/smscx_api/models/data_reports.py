from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime
from typing import cast

if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataReports")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "status",
        "statusCode",
        "errorCode",
        "inQuietHours",
        "createdAt",
        "updatedAt",
        "cost",
        "to",
        "countryIso",
        "from",
        "source",
        "channel",
        "text",
        "textAnalysis",
        "scheduledAt",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataReports:
    """
    Attributes:
        msg_id (str):
        status (str): One of: `ACCEPTED`, `SENT`, `DELIVERED`, `FAILED`, `SCHEDULED`, `REJECTED`, `NO COVERAGE`.
        status_code (int):
        error_code (int | None):
        in_quiet_hours (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | None):
        cost (float):
        to (str):
        country_iso (str):
        from_ (str):
        source (str): One of: `api`, `webapp`, `smpp`, `plugin`, `alerts`, `excel`.
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        text (str):
        text_analysis (TextAnalysis):
        scheduled_at (datetime.datetime | None | Unset):
    """

    msg_id: str
    status: str
    status_code: int
    error_code: int | None
    in_quiet_hours: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    cost: float
    to: str
    country_iso: str
    from_: str
    source: str
    channel: str
    text: str
    text_analysis: TextAnalysis
    scheduled_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        msg_id: str,
        status: str,
        status_code: int,
        error_code: int | None,
        in_quiet_hours: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime | None,
        cost: float,
        to: str,
        country_iso: str,
        from_: str,
        source: str,
        channel: str,
        text: str,
        text_analysis: TextAnalysis,
        scheduled_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.msg_id = msg_id
        self.status = status
        self.status_code = status_code
        self.error_code = error_code
        self.in_quiet_hours = in_quiet_hours
        self.created_at = created_at
        self.updated_at = updated_at
        self.cost = cost
        self.to = to
        self.country_iso = country_iso
        self.from_ = from_
        self.source = source
        self.channel = channel
        self.text = text
        self.text_analysis = text_analysis
        self.scheduled_at = scheduled_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, status={self.status!r}, status_code={self.status_code!r}, error_code={self.error_code!r}, in_quiet_hours={self.in_quiet_hours!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r}, cost={self.cost!r}, to={self.to!r}, country_iso={self.country_iso!r}, from_={self.from_!r}, source={self.source!r}, channel={self.channel!r}, text={self.text!r}, text_analysis={self.text_analysis!r}, scheduled_at={self.scheduled_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
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
            and self.in_quiet_hours == other.in_quiet_hours
            and self.created_at == other.created_at
            and self.updated_at == other.updated_at
            and self.cost == other.cost
            and self.to == other.to
            and self.country_iso == other.country_iso
            and self.from_ == other.from_
            and self.source == other.source
            and self.channel == other.channel
            and self.text == other.text
            and self.text_analysis == other.text_analysis
            and self.scheduled_at == other.scheduled_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        status = self.status

        status_code = self.status_code

        error_code: int | None
        error_code = self.error_code

        in_quiet_hours = self.in_quiet_hours

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        source = self.source

        channel = self.channel

        text = self.text

        text_analysis = self.text_analysis.to_dict()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "status": status,
                "statusCode": status_code,
                "errorCode": error_code,
                "inQuietHours": in_quiet_hours,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "cost": cost,
                "to": to,
                "countryIso": country_iso,
                "from": from_,
                "source": source,
                "channel": channel,
                "text": text,
                "textAnalysis": text_analysis,
            }
        )
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

        in_quiet_hours = d["inQuietHours"]

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d["updatedAt"])

        cost = d["cost"]

        to = d["to"]

        country_iso = d["countryIso"]

        from_ = d["from"]

        source = d["source"]

        channel = d["channel"]

        text = d["text"]

        text_analysis = TextAnalysis.from_dict(d["textAnalysis"])

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.get("scheduledAt", UNSET))

        if cls.__init__ is DataReports.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.status = status
            _made.status_code = status_code
            _made.error_code = error_code
            _made.in_quiet_hours = in_quiet_hours
            _made.created_at = created_at
            _made.updated_at = updated_at
            _made.cost = cost
            _made.to = to
            _made.country_iso = country_iso
            _made.from_ = from_
            _made.source = source
            _made.channel = channel
            _made.text = text
            _made.text_analysis = text_analysis
            _made.scheduled_at = scheduled_at
            data_reports = _made
        else:
            data_reports = cls(
                msg_id=msg_id,
                status=status,
                status_code=status_code,
                error_code=error_code,
                in_quiet_hours=in_quiet_hours,
                created_at=created_at,
                updated_at=updated_at,
                cost=cost,
                to=to,
                country_iso=country_iso,
                from_=from_,
                source=source,
                channel=channel,
                text=text,
                text_analysis=text_analysis,
                scheduled_at=scheduled_at,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 15 + ("scheduledAt" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_reports.additional_properties = d
        return data_reports

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
        if key == "inQuietHours":
            if isinstance(self.in_quiet_hours, Unset):
                raise KeyError(key)
            return self.in_quiet_hours
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "updatedAt":
            if isinstance(self.updated_at, Unset):
                raise KeyError(key)
            return self.updated_at
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
        if key == "source":
            if isinstance(self.source, Unset):
                raise KeyError(key)
            return self.source
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "textAnalysis":
            if isinstance(self.text_analysis, Unset):
                raise KeyError(key)
            return self.text_analysis
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
        if key == "inQuietHours":
            self.in_quiet_hours = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        if key == "updatedAt":
            self.updated_at = value
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
        if key == "source":
            self.source = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "text":
            self.text = value
            return
        if key == "textAnalysis":
            self.text_analysis = value
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
        if key == "inQuietHours":
            return not isinstance(self.in_quiet_hours, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        if key == "updatedAt":
            return not isinstance(self.updated_at, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "to":
            return not isinstance(self.to, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "source":
            return not isinstance(self.source, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "textAnalysis":
            return not isinstance(self.text_analysis, Unset)
        if key == "scheduledAt":
            return not isinstance(self.scheduled_at, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.text_analysis import TextAnalysis  # noqa: E402
