from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.phone_numbers_by_country import PhoneNumbersByCountry


T = TypeVar("T", bound="InfoMultichannelCampaign")
_DECLARED_KEYS = frozenset(
    (
        "campaignId",
        "totalPhoneNumbers",
        "totalValid",
        "totalInvalid",
        "totalCost",
        "totalParts",
        "duplicatesRemoved",
        "dlrCallbackUrl",
        "phoneNumbersByCountry",
        "groups",
        "scheduled",
        "totalInQuietHours",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoMultichannelCampaign:
    """
    Attributes:
        campaign_id (str):
        total_phone_numbers (int):
        total_valid (int):
        total_invalid (int):
        total_cost (float):
        total_parts (int):
        duplicates_removed (int):
        dlr_callback_url (None | str):
        phone_numbers_by_country (PhoneNumbersByCountry): Number of phone numbers per destination country: ISO 3166-1
            alpha-2 code -> count.
        groups (list[Group]):
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
    duplicates_removed: int
    dlr_callback_url: None | str
    phone_numbers_by_country: PhoneNumbersByCountry
    groups: list[Group]
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
        duplicates_removed: int,
        dlr_callback_url: None | str,
        phone_numbers_by_country: PhoneNumbersByCountry,
        groups: list[Group],
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
        self.duplicates_removed = duplicates_removed
        self.dlr_callback_url = dlr_callback_url
        self.phone_numbers_by_country = phone_numbers_by_country
        self.groups = groups
        self.scheduled = scheduled
        self.total_in_quiet_hours = total_in_quiet_hours
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(campaign_id={self.campaign_id!r}, total_phone_numbers={self.total_phone_numbers!r}, total_valid={self.total_valid!r}, total_invalid={self.total_invalid!r}, total_cost={self.total_cost!r}, total_parts={self.total_parts!r}, duplicates_removed={self.duplicates_removed!r}, dlr_callback_url={self.dlr_callback_url!r}, phone_numbers_by_country={self.phone_numbers_by_country!r}, groups={self.groups!r}, scheduled={self.scheduled!r}, total_in_quiet_hours={self.total_in_quiet_hours!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
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
            and self.duplicates_removed == other.duplicates_removed
            and self.dlr_callback_url == other.dlr_callback_url
            and self.phone_numbers_by_country == other.phone_numbers_by_country
            and self.groups == other.groups
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

        duplicates_removed = self.duplicates_removed

        dlr_callback_url: None | str
        dlr_callback_url = self.dlr_callback_url

        phone_numbers_by_country = self.phone_numbers_by_country.to_dict()

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

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
                "duplicatesRemoved": duplicates_removed,
                "dlrCallbackUrl": dlr_callback_url,
                "phoneNumbersByCountry": phone_numbers_by_country,
                "groups": groups,
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

        duplicates_removed = d["duplicatesRemoved"]

        dlr_callback_url = d["dlrCallbackUrl"]

        phone_numbers_by_country = PhoneNumbersByCountry.from_dict(d["phoneNumbersByCountry"])

        groups = []
        _groups = d["groups"]
        for groups_item_data in _groups:
            groups_item = Group.from_dict(groups_item_data)

            groups.append(groups_item)

        scheduled = d["scheduled"]

        total_in_quiet_hours = d.get("totalInQuietHours", UNSET)

        invalid = cast(list[str], d.get("invalid", UNSET))

        if cls.__init__ is InfoMultichannelCampaign.__init__:
            _made = _new_instance(cls)
            _made.campaign_id = campaign_id
            _made.total_phone_numbers = total_phone_numbers
            _made.total_valid = total_valid
            _made.total_invalid = total_invalid
            _made.total_cost = total_cost
            _made.total_parts = total_parts
            _made.duplicates_removed = duplicates_removed
            _made.dlr_callback_url = dlr_callback_url
            _made.phone_numbers_by_country = phone_numbers_by_country
            _made.groups = groups
            _made.scheduled = scheduled
            _made.total_in_quiet_hours = total_in_quiet_hours
            _made.invalid = invalid
            info_multichannel_campaign = _made
        else:
            info_multichannel_campaign = cls(
                campaign_id=campaign_id,
                total_phone_numbers=total_phone_numbers,
                total_valid=total_valid,
                total_invalid=total_invalid,
                total_cost=total_cost,
                total_parts=total_parts,
                duplicates_removed=duplicates_removed,
                dlr_callback_url=dlr_callback_url,
                phone_numbers_by_country=phone_numbers_by_country,
                groups=groups,
                scheduled=scheduled,
                total_in_quiet_hours=total_in_quiet_hours,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 11 + ("totalInQuietHours" in d) + ("invalid" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        info_multichannel_campaign.additional_properties = d
        return info_multichannel_campaign

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
        if key == "duplicatesRemoved":
            if isinstance(self.duplicates_removed, Unset):
                raise KeyError(key)
            return self.duplicates_removed
        if key == "dlrCallbackUrl":
            if isinstance(self.dlr_callback_url, Unset):
                raise KeyError(key)
            return self.dlr_callback_url
        if key == "phoneNumbersByCountry":
            if isinstance(self.phone_numbers_by_country, Unset):
                raise KeyError(key)
            return self.phone_numbers_by_country
        if key == "groups":
            if isinstance(self.groups, Unset):
                raise KeyError(key)
            return self.groups
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
        if key == "duplicatesRemoved":
            self.duplicates_removed = value
            return
        if key == "dlrCallbackUrl":
            self.dlr_callback_url = value
            return
        if key == "phoneNumbersByCountry":
            self.phone_numbers_by_country = value
            return
        if key == "groups":
            self.groups = value
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
        if key == "duplicatesRemoved":
            return not isinstance(self.duplicates_removed, Unset)
        if key == "dlrCallbackUrl":
            return not isinstance(self.dlr_callback_url, Unset)
        if key == "phoneNumbersByCountry":
            return not isinstance(self.phone_numbers_by_country, Unset)
        if key == "groups":
            return not isinstance(self.groups, Unset)
        if key == "scheduled":
            return not isinstance(self.scheduled, Unset)
        if key == "totalInQuietHours":
            return not isinstance(self.total_in_quiet_hours, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.group import Group  # noqa: E402
from ..models.phone_numbers_by_country import PhoneNumbersByCountry  # noqa: E402
