from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoReportCampaign")
_DECLARED_KEYS = frozenset(
    (
        "campaignId",
        "campaignName",
        "totalPhoneNumbers",
        "totalCost",
        "totalParts",
        "channel",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoReportCampaign:
    """
    Attributes:
        campaign_id (str):
        campaign_name (str):
        total_phone_numbers (int):
        total_cost (float):
        total_parts (int):
        channel (str):
    """

    campaign_id: str
    campaign_name: str
    total_phone_numbers: int
    total_cost: float
    total_parts: int
    channel: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        campaign_id: str,
        campaign_name: str,
        total_phone_numbers: int,
        total_cost: float,
        total_parts: int,
        channel: str,
    ) -> None:
        self.campaign_id = campaign_id
        self.campaign_name = campaign_name
        self.total_phone_numbers = total_phone_numbers
        self.total_cost = total_cost
        self.total_parts = total_parts
        self.channel = channel
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(campaign_id={self.campaign_id!r}, campaign_name={self.campaign_name!r}, total_phone_numbers={self.total_phone_numbers!r}, total_cost={self.total_cost!r}, total_parts={self.total_parts!r}, channel={self.channel!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.campaign_id == other.campaign_id
            and self.campaign_name == other.campaign_name
            and self.total_phone_numbers == other.total_phone_numbers
            and self.total_cost == other.total_cost
            and self.total_parts == other.total_parts
            and self.channel == other.channel
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_parts = self.total_parts

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "campaignName": campaign_name,
                "totalPhoneNumbers": total_phone_numbers,
                "totalCost": total_cost,
                "totalParts": total_parts,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        campaign_id = d["campaignId"]

        campaign_name = d["campaignName"]

        total_phone_numbers = d["totalPhoneNumbers"]

        total_cost = d["totalCost"]

        total_parts = d["totalParts"]

        channel = d["channel"]

        if cls.__init__ is InfoReportCampaign.__init__:
            _made = _new_instance(cls)
            _made.campaign_id = campaign_id
            _made.campaign_name = campaign_name
            _made.total_phone_numbers = total_phone_numbers
            _made.total_cost = total_cost
            _made.total_parts = total_parts
            _made.channel = channel
            info_report_campaign = _made
        else:
            info_report_campaign = cls(
                campaign_id=campaign_id,
                campaign_name=campaign_name,
                total_phone_numbers=total_phone_numbers,
                total_cost=total_cost,
                total_parts=total_parts,
                channel=channel,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_report_campaign.additional_properties = d
        return info_report_campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            if isinstance(self.campaign_id, Unset):
                raise KeyError(key)
            return self.campaign_id
        if key == "campaignName":
            if isinstance(self.campaign_name, Unset):
                raise KeyError(key)
            return self.campaign_name
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        if key == "totalCost":
            if isinstance(self.total_cost, Unset):
                raise KeyError(key)
            return self.total_cost
        if key == "totalParts":
            if isinstance(self.total_parts, Unset):
                raise KeyError(key)
            return self.total_parts
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            self.campaign_id = value
            return
        if key == "campaignName":
            self.campaign_name = value
            return
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalCost":
            self.total_cost = value
            return
        if key == "totalParts":
            self.total_parts = value
            return
        if key == "channel":
            self.channel = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "campaignName":
            return not isinstance(self.campaign_name, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalCost":
            return not isinstance(self.total_cost, Unset)
        if key == "totalParts":
            return not isinstance(self.total_parts, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        return key in self.additional_properties
