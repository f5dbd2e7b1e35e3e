from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoDeleteScheduledCampaign")
_DECLARED_KEYS = frozenset(
    (
        "campaignId",
        "totalPhoneNumbers",
        "totalParts",
        "phoneNumbersDeleted",
        "partsDeleted",
        "creditReturned",
        "channel",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoDeleteScheduledCampaign:
    """
    Attributes:
        campaign_id (str):
        total_phone_numbers (int):
        total_parts (int):
        phone_numbers_deleted (int):
        parts_deleted (int):
        credit_returned (float):
        channel (str): One of: `sms`, `viber`, `whatsapp`, `multichannel`.
    """

    campaign_id: str
    total_phone_numbers: int
    total_parts: int
    phone_numbers_deleted: int
    parts_deleted: int
    credit_returned: float
    channel: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        campaign_id: str,
        total_phone_numbers: int,
        total_parts: int,
        phone_numbers_deleted: int,
        parts_deleted: int,
        credit_returned: float,
        channel: str,
    ) -> None:
        self.campaign_id = campaign_id
        self.total_phone_numbers = total_phone_numbers
        self.total_parts = total_parts
        self.phone_numbers_deleted = phone_numbers_deleted
        self.parts_deleted = parts_deleted
        self.credit_returned = credit_returned
        self.channel = channel
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(campaign_id={self.campaign_id!r}, total_phone_numbers={self.total_phone_numbers!r}, total_parts={self.total_parts!r}, phone_numbers_deleted={self.phone_numbers_deleted!r}, parts_deleted={self.parts_deleted!r}, credit_returned={self.credit_returned!r}, channel={self.channel!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.campaign_id == other.campaign_id
            and self.total_phone_numbers == other.total_phone_numbers
            and self.total_parts == other.total_parts
            and self.phone_numbers_deleted == other.phone_numbers_deleted
            and self.parts_deleted == other.parts_deleted
            and self.credit_returned == other.credit_returned
            and self.channel == other.channel
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        total_phone_numbers = self.total_phone_numbers

        total_parts = self.total_parts

        phone_numbers_deleted = self.phone_numbers_deleted

        parts_deleted = self.parts_deleted

        credit_returned = self.credit_returned

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "totalPhoneNumbers": total_phone_numbers,
                "totalParts": total_parts,
                "phoneNumbersDeleted": phone_numbers_deleted,
                "partsDeleted": parts_deleted,
                "creditReturned": credit_returned,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        campaign_id = d["campaignId"]

        total_phone_numbers = d["totalPhoneNumbers"]

        total_parts = d["totalParts"]

        phone_numbers_deleted = d["phoneNumbersDeleted"]

        parts_deleted = d["partsDeleted"]

        credit_returned = d["creditReturned"]

        channel = d["channel"]

        if cls.__init__ is InfoDeleteScheduledCampaign.__init__:
            _made = _new_instance(cls)
            _made.campaign_id = campaign_id
            _made.total_phone_numbers = total_phone_numbers
            _made.total_parts = total_parts
            _made.phone_numbers_deleted = phone_numbers_deleted
            _made.parts_deleted = parts_deleted
            _made.credit_returned = credit_returned
            _made.channel = channel
            info_delete_scheduled_campaign = _made
        else:
            info_delete_scheduled_campaign = cls(
                campaign_id=campaign_id,
                total_phone_numbers=total_phone_numbers,
                total_parts=total_parts,
                phone_numbers_deleted=phone_numbers_deleted,
                parts_deleted=parts_deleted,
                credit_returned=credit_returned,
                channel=channel,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_delete_scheduled_campaign.additional_properties = d
        return info_delete_scheduled_campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            if isinstance(self.campaign_id, Unset):
                raise KeyError(key)
            return self.campaign_id
        if key == "totalPhoneNumbers":
            if isinstance(self.total_phone_numbers, Unset):
                raise KeyError(key)
            return self.total_phone_numbers
        if key == "totalParts":
            if isinstance(self.total_parts, Unset):
                raise KeyError(key)
            return self.total_parts
        if key == "phoneNumbersDeleted":
            if isinstance(self.phone_numbers_deleted, Unset):
                raise KeyError(key)
            return self.phone_numbers_deleted
        if key == "partsDeleted":
            if isinstance(self.parts_deleted, Unset):
                raise KeyError(key)
            return self.parts_deleted
        if key == "creditReturned":
            if isinstance(self.credit_returned, Unset):
                raise KeyError(key)
            return self.credit_returned
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
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalParts":
            self.total_parts = value
            return
        if key == "phoneNumbersDeleted":
            self.phone_numbers_deleted = value
            return
        if key == "partsDeleted":
            self.parts_deleted = value
            return
        if key == "creditReturned":
            self.credit_returned = value
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
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalParts":
            return not isinstance(self.total_parts, Unset)
        if key == "phoneNumbersDeleted":
            return not isinstance(self.phone_numbers_deleted, Unset)
        if key == "partsDeleted":
            return not isinstance(self.parts_deleted, Unset)
        if key == "creditReturned":
            return not isinstance(self.credit_returned, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        return key in self.additional_properties
