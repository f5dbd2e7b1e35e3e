from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="InfoViber")
_DECLARED_KEYS = frozenset(
    (
        "campaignId",
        "totalPhoneNumbers",
        "totalValid",
        "totalInvalid",
        "totalCost",
        "totalParts",
        "dlrCallbackUrl",
        "scheduled",
        "totalInQuietHours",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoViber:
    """
    Attributes:
        campaign_id (str):
        total_phone_numbers (int):
        total_valid (int):
        total_invalid (int):
        total_cost (float):
        total_parts (int):
        dlr_callback_url (None | str):
        scheduled (bool):
        total_in_quiet_hours (int | Unset):
        invalid (list[str] | Unset):
    """

    campaign_id: str
    total_phone_numbers: int
    total_valid: int
    total_invalid: int
    total_cost: float
    total_parts: int
    dlr_callback_url: None | str
    scheduled: bool
    total_in_quiet_hours: int | Unset = UNSET
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        campaign_id: str,
        total_phone_numbers: int,
        total_valid: int,
        total_invalid: int,
        total_cost: float,
        total_parts: int,
        dlr_callback_url: None | str,
        scheduled: bool,
        total_in_quiet_hours: int | Unset = UNSET,
        invalid: list[str] | Unset = UNSET,
    ) -> None:
        self.campaign_id = campaign_id
        self.total_phone_numbers = total_phone_numbers
        self.total_valid = total_valid
        self.total_invalid = total_invalid
        self.total_cost = total_cost
        self.total_parts = total_parts
        self.dlr_callback_url = dlr_callback_url
        self.scheduled = scheduled
        self.total_in_quiet_hours = total_in_quiet_hours
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(campaign_id={self.campaign_id!r}, total_phone_numbers={self.total_phone_numbers!r}, total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, total_cost={self.total_cost!r}, total_parts={self.total_parts!r}, dlr_callback_url={self.dlr_callback_url!r}, scheduled={self.scheduled!r}, total_in_quiet_hours={self.total_in_quiet_hours!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.campaign_id == other.campaign_id
            and self.total_phone_numbers == other.total_phone_numbers
            and self.total_valid == other.total_valid
            and self.total_invalid == other.total_invalid
            and self.total_cost == other.total_cost
            and self.total_parts == other.total_parts
            and self.dlr_callback_url == other.dlr_callback_url
            and self.scheduled == other.scheduled
            and self.total_in_quiet_hours == other.total_in_quiet_hours
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_cost = self.total_cost

        total_parts = self.total_parts

        dlr_callback_url: None | str
        dlr_callback_url = self.dlr_callback_url

        scheduled = self.scheduled

        total_in_quiet_hours = self.total_in_quiet_hours

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "totalPhoneNumbers": total_phone_numbers,
                "totalValid": total_valid,
                "totalInvalid": total_invalid,
                "totalCost": total_cost,
                "totalParts": total_parts,
                "dlrCallbackUrl": dlr_callback_url,
                "scheduled": scheduled,
            }
        )
        if total_in_quiet_hours is not UNSET:
            field_dict["totalInQuietHours"] = total_in_quiet_hours
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        campaign_id = d["campaignId"]

        total_phone_numbers = d["totalPhoneNumbers"]

        total_valid = d["totalValid"]

        total_invalid = d["totalInvalid"]

        total_cost = d["totalCost"]

        total_parts = d["totalParts"]

        dlr_callback_url = d["dlrCallbackUrl"]

        scheduled = d["scheduled"]

        total_in_quiet_hours = d.get("totalInQuietHours", UNSET)

        invalid = cast(list[str], d.get("invalid", UNSET))

        if cls.__init__ is InfoViber.__init__:
            _made = _new_instance(cls)
            _made.campaign_id = campaign_id
            _made.total_phone_numbers = total_phone_numbers
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.total_cost = total_cost
            _made.total_parts = total_parts
            _made.dlr_callback_url = dlr_callback_url
            _made.scheduled = scheduled
            _made.total_in_quiet_hours = total_in_quiet_hours
            _made.invalid = invalid
            info_viber = _made
        else:
            info_viber = cls(
                campaign_id=campaign_id,
                total_phone_numbers=total_phone_numbers,
                total_valid=total_valid,
                total_invalid=total_invalid,
                total_cost=total_cost,
                total_parts=total_parts,
                dlr_callback_url=dlr_callback_url,
                scheduled=scheduled,
                total_in_quiet_hours=total_in_quiet_hours,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 8 + ("totalInQuietHours" in d) + ("invalid" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        info_viber.additional_properties = d
        return info_viber

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
        if key == "totalValid":
            if isinstance(self.total_valid, Unset):
                raise KeyError(key)
            return self.total_valid
        if key == "totalInvalid":
            if isinstance(self.total_invalid, Unset):
                raise KeyError(key)
            return self.total_invalid
        if key == "totalCost":
            if isinstance(self.total_cost, Unset):
                raise KeyError(key)
            return self.total_cost
        if key == "totalParts":
            if isinstance(self.total_parts, Unset):
                raise KeyError(key)
            return self.total_parts
        if key == "dlrCallbackUrl":
            if isinstance(self.dlr_callback_url, Unset):
                raise KeyError(key)
            return self.dlr_callback_url
        if key == "scheduled":
            if isinstance(self.scheduled, Unset):
                raise KeyError(key)
            return self.scheduled
        if key == "totalInQuietHours":
            if isinstance(self.total_in_quiet_hours, Unset):
                raise KeyError(key)
            return self.total_in_quiet_hours
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            self.campaign_id = value
            return
        if key == "totalPhoneNumbers":
            self.total_phone_numbers = value
            return
        if key == "totalValid":
            self.total_valid = value
            return
        if key == "totalInvalid":
            self.total_invalid = value
            return
        if key == "totalCost":
            self.total_cost = value
            return
        if key == "totalParts":
            self.total_parts = value
            return
        if key == "dlrCallbackUrl":
            self.dlr_callback_url = value
            return
        if key == "scheduled":
            self.scheduled = value
            return
        if key == "totalInQuietHours":
            self.total_in_quiet_hours = value
            return
        if key == "invalid":
            self.invalid = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "totalPhoneNumbers":
            return not isinstance(self.total_phone_numbers, Unset)
        if key == "totalValid":
            return not isinstance(self.total_valid, Unset)
        if key == "totalInvalid":
            return not isinstance(self.total_invalid, Unset)
        if key == "totalCost":
            return not isinstance(self.total_cost, Unset)
        if key == "totalParts":
            return not isinstance(self.total_parts, Unset)
        if key == "dlrCallbackUrl":
            return not isinstance(self.dlr_callback_url, Unset)
        if key == "scheduled":
            return not isinstance(self.scheduled, Unset)
        if key == "totalInQuietHours":
            return not isinstance(self.total_in_quiet_hours, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties
