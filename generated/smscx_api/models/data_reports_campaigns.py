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
    from ..models.group import Group
    from ..models.status import Status


T = TypeVar("T", bound="DataReportsCampaigns")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "from",
        "groups",
        "totalPhoneNumers",
        "parts",
        "cost",
        "text",
        "source",
        "channel",
        "datetimeAdded",
        "datetimeScheduled",
        "status",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataReportsCampaigns:
    """
    Attributes:
        id (str):
        name (str):
        from_ (str):
        groups (list[Group]):
        total_phone_numers (int):
        parts (int):
        cost (float):
        text (str):
        source (str): One of: `api`, `webapp`, `smpp`, `plugin`, `alerts`, `excel`.
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        datetime_added (datetime.datetime):
        datetime_scheduled (datetime.datetime | None):
        status (Status | Unset):
    """

    id: str
    name: str
    from_: str
    groups: list[Group]
    total_phone_numers: int
    parts: int
    cost: float
    text: str
    source: str
    channel: str
    datetime_added: datetime.datetime
    datetime_scheduled: datetime.datetime | None
    status: Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        name: str,
        from_: str,
        groups: list[Group],
        total_phone_numers: int,
        parts: int,
        cost: float,
        text: str,
        source: str,
        channel: str,
        datetime_added: datetime.datetime,
        datetime_scheduled: datetime.datetime | None,
        status: Status | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.from_ = from_
        self.groups = groups
        self.total_phone_numers = total_phone_numers
        self.parts = parts
        self.cost = cost
        self.text = text
        self.source = source
        self.channel = channel
        self.datetime_added = datetime_added
        self.datetime_scheduled = datetime_scheduled
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, from_={self.from_!r}, groups={self.groups!r}, total_phone_numers={self.total_phone_numers!r}, parts={self.parts!r}, cost={self.cost!r}, text={self.text!r}, source={self.source!r}, channel={self.channel!r}, datetime_added={self.datetime_added!r}, datetime_scheduled={self.datetime_scheduled!r}, status={self.status!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.from_ == other.from_
            and self.groups == other.groups
            and self.total_phone_numers == other.total_phone_numers
            and self.parts == other.parts
            and self.cost == other.cost
            and self.text == other.text
            and self.source == other.source
            and self.channel == other.channel
            and self.datetime_added == other.datetime_added
            and self.datetime_scheduled == other.datetime_scheduled
            and self.status == other.status
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        from_ = self.from_

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        total_phone_numers = self.total_phone_numers

        parts = self.parts

        cost = self.cost

        text = self.text

        source = self.source

        channel = self.channel

        datetime_added = self.datetime_added.isoformat()

        datetime_scheduled: None | str
        if isinstance(self.datetime_scheduled, datetime.datetime):
            datetime_scheduled = self.datetime_scheduled.isoformat()
        else:
            datetime_scheduled = self.datetime_scheduled

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "from": from_,
                "groups": groups,
                "totalPhoneNumers": total_phone_numers,
                "parts": parts,
                "cost": cost,
                "text": text,
                "source": source,
                "channel": channel,
                "datetimeAdded": datetime_added,
                "datetimeScheduled": datetime_scheduled,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        from_ = d["from"]

        groups = []
        _groups = d["groups"]
        for groups_item_data in _groups:
            groups_item = Group.from_dict(groups_item_data)

            groups.append(groups_item)

        total_phone_numers = d["totalPhoneNumers"]

        parts = d["parts"]

        cost = d["cost"]

        text = d["text"]

        source = d["source"]

        channel = d["channel"]

        datetime_added = datetime.datetime.fromisoformat(d["datetimeAdded"])

        def _parse_datetime_scheduled(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                datetime_scheduled_type_0 = datetime.datetime.fromisoformat(data)

                return datetime_scheduled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        datetime_scheduled = _parse_datetime_scheduled(d["datetimeScheduled"])

        _status = d.get("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_dict(_status)

        if cls.__init__ is DataReportsCampaigns.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.from_ = from_
            _made.groups = groups
            _made.total_phone_numers = total_phone_numers
            _made.parts = parts
            _made.cost = cost
            _made.text = text
            _made.source = source
            _made.channel = channel
            _made.datetime_added = datetime_added
            _made.datetime_scheduled = datetime_scheduled
            _made.status = status
            data_reports_campaigns = _made
        else:
            data_reports_campaigns = cls(
                id=id,
                name=name,
                from_=from_,
                groups=groups,
                total_phone_numers=total_phone_numers,
                parts=parts,
                cost=cost,
                text=text,
                source=source,
                channel=channel,
                datetime_added=datetime_added,
                datetime_scheduled=datetime_scheduled,
                status=status,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 12 + ("status" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_reports_campaigns.additional_properties = d
        return data_reports_campaigns

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "groups":
            if isinstance(self.groups, Unset):
                raise KeyError(key)
            return self.groups
        if key == "totalPhoneNumers":
            if isinstance(self.total_phone_numers, Unset):
                raise KeyError(key)
            return self.total_phone_numers
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "source":
            if isinstance(self.source, Unset):
                raise KeyError(key)
            return self.source
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "datetimeAdded":
            if isinstance(self.datetime_added, Unset):
                raise KeyError(key)
            return self.datetime_added
        if key == "datetimeScheduled":
            if isinstance(self.datetime_scheduled, Unset):
                raise KeyError(key)
            return self.datetime_scheduled
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "groups":
            self.groups = value
            return
        if key == "totalPhoneNumers":
            self.total_phone_numers = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "text":
            self.text = value
            return
        if key == "source":
            self.source = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "datetimeAdded":
            self.datetime_added = value
            return
        if key == "datetimeScheduled":
            self.datetime_scheduled = value
            return
        if key == "status":
            self.status = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "groups":
            return not isinstance(self.groups, Unset)
        if key == "totalPhoneNumers":
            return not isinstance(self.total_phone_numers, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "source":
            return not isinstance(self.source, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "datetimeAdded":
            return not isinstance(self.datetime_added, Unset)
        if key == "datetimeScheduled":
            return not isinstance(self.datetime_scheduled, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.group import Group  # noqa: E402
from ..models.status import Status  # noqa: E402
