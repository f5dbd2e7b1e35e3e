from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="DataReceiveSms")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "from",
        "countryIso",
        "to",
        "text",
        "cost",
        "receivedAt",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataReceiveSms:
    """
    Attributes:
        msg_id (str):
        from_ (str):
        country_iso (str):
        to (str):
        text (str):
        cost (float):
        received_at (datetime.datetime):
    """

    msg_id: str
    from_: str
    country_iso: str
    to: str
    text: str
    cost: float
    received_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, msg_id: str, from_: str, country_iso: str, to: str, text: str, cost: float, received_at: datetime.datetime
    ) -> None:
        self.msg_id = msg_id
        self.from_ = from_
        self.country_iso = country_iso
        self.to = to
        self.text = text
        self.cost = cost
        self.received_at = received_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, from_={self.from_!r}, country_iso={self.country_iso!r}, to={self.to!r}, text={self.text!r}, cost={self.cost!r}, received_at={self.received_at!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id == other.msg_id
            and self.from_ == other.from_
            and self.country_iso == other.country_iso
            and self.to == other.to
            and self.text == other.text
            and self.cost == other.cost
            and self.received_at == other.received_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        from_ = self.from_

        country_iso = self.country_iso

        to = self.to

        text = self.text

        cost = self.cost

        received_at = self.received_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "from": from_,
                "countryIso": country_iso,
                "to": to,
                "text": text,
                "cost": cost,
                "receivedAt": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        msg_id = d["msgId"]

        from_ = d["from"]

        country_iso = d["countryIso"]

        to = d["to"]

        text = d["text"]

        cost = d["cost"]

        received_at = datetime.datetime.fromisoformat(d["receivedAt"])

        if cls.__init__ is DataReceiveSms.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.from_ = from_
            _made.country_iso = country_iso
            _made.to = to
            _made.text = text
            _made.cost = cost
            _made.received_at = received_at
            data_receive_sms = _made
        else:
            data_receive_sms = cls(
                msg_id=msg_id,
                from_=from_,
                country_iso=country_iso,
                to=to,
                text=text,
                cost=cost,
                received_at=received_at,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_receive_sms.additional_properties = d
        return data_receive_sms

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "to":
            if isinstance(self.to, Unset):
                raise KeyError(key)
            return self.to
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "receivedAt":
            if isinstance(self.received_at, Unset):
                raise KeyError(key)
            return self.received_at
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            self.msg_id = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "to":
            self.to = value
            return
        if key == "text":
            self.text = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "receivedAt":
            self.received_at = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "to":
            return not isinstance(self.to, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "receivedAt":
            return not isinstance(self.received_at, Unset)
        return key in self.additional_properties
