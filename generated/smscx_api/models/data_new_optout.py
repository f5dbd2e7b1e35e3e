from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataNewOptout")
_DECLARED_KEYS = frozenset(
    (
        "hitId",
        "optoutId",
        "optoutUrl",
        "optoutType",
        "countryIso",
        "datetime",
        "phoneNumber",
        "campaignId",
        "groupId",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataNewOptout:
    """
    Attributes:
        hit_id (int):
        optout_id (str):
        optout_url (str):
        optout_type (str): `link` (the contact used the opt-out link) or `admin` (you added the contact).
        country_iso (str):
        datetime_ (str):
        phone_number (str | Unset):
        campaign_id (None | str | Unset):
        group_id (None | str | Unset):
    """

    hit_id: int
    optout_id: str
    optout_url: str
    optout_type: str
    country_iso: str
    datetime_: str
    phone_number: str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        hit_id: int,
        optout_id: str,
        optout_url: str,
        optout_type: str,
        country_iso: str,
        datetime_: str,
        phone_number: str | Unset = UNSET,
        campaign_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> None:
        self.hit_id = hit_id
        self.optout_id = optout_id
        self.optout_url = optout_url
        self.optout_type = optout_type
        self.country_iso = country_iso
        self.datetime_ = datetime_
        self.phone_number = phone_number
        self.campaign_id = campaign_id
        self.group_id = group_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(hit_id={self.hit_id!r}, optout_id={self.optout_id!r}, optout_url={self.optout_url!r}, optout_type={self.optout_type!r}, country_iso={self.country_iso!r}, datetime_={self.datetime_!r}, phone_number={self.phone_number!r}, campaign_id={self.campaign_id!r}, group_id={self.group_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hit_id == other.hit_id
            and self.optout_id == other.optout_id
            and self.optout_url == other.optout_url
            and self.optout_type == other.optout_type
            and self.country_iso == other.country_iso
            and self.datetime_ == other.datetime_
            and self.phone_number == other.phone_number
            and self.campaign_id == other.campaign_id
            and self.group_id == other.group_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        hit_id = self.hit_id

        optout_id = self.optout_id

        optout_url = self.optout_url

        optout_type = self.optout_type

        country_iso = self.country_iso

        datetime_ = self.datetime_

        phone_number = self.phone_number

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hitId": hit_id,
                "optoutId": optout_id,
                "optoutUrl": optout_url,
                "optoutType": optout_type,
                "countryIso": country_iso,
                "datetime": datetime_,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hit_id = d["hitId"]

        optout_id = d["optoutId"]

        optout_url = d["optoutUrl"]

        optout_type = d["optoutType"]

        country_iso = d["countryIso"]

        datetime_ = d["datetime"]

        phone_number = d.get("phoneNumber", UNSET)

        campaign_id = d.get("campaignId", UNSET)

        group_id = d.get("groupId", UNSET)

        if cls.__init__ is DataNewOptout.__init__:
            _made = _new_instance(cls)
            _made.hit_id = hit_id
            _made.optout_id = optout_id
            _made.optout_url = optout_url
            _made.optout_type = optout_type
            _made.country_iso = country_iso
            _made.datetime_ = datetime_
            _made.phone_number = phone_number
            _made.campaign_id = campaign_id
            _made.group_id = group_id
            data_new_optout = _made
        else:
            data_new_optout = cls(
                hit_id=hit_id,
                optout_id=optout_id,
                optout_url=optout_url,
                optout_type=optout_type,
                country_iso=country_iso,
                datetime_=datetime_,
                phone_number=phone_number,
                campaign_id=campaign_id,
                group_id=group_id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 6 + ("phoneNumber" in d) + ("campaignId" in d) + ("groupId" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        data_new_optout.additional_properties = d
        return data_new_optout

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "hitId":
            if isinstance(self.hit_id, Unset):
                raise KeyError(key)
            return self.hit_id
        if key == "optoutId":
            if isinstance(self.optout_id, Unset):
                raise KeyError(key)
            return self.optout_id
        if key == "optoutUrl":
            if isinstance(self.optout_url, Unset):
                raise KeyError(key)
            return self.optout_url
        if key == "optoutType":
            if isinstance(self.optout_type, Unset):
                raise KeyError(key)
            return self.optout_type
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "campaignId":
            if isinstance(self.campaign_id, Unset):
                raise KeyError(key)
            return self.campaign_id
        if key == "groupId":
            if isinstance(self.group_id, Unset):
                raise KeyError(key)
            return self.group_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "hitId":
            self.hit_id = value
            return
        if key == "optoutId":
            self.optout_id = value
            return
        if key == "optoutUrl":
            self.optout_url = value
            return
        if key == "optoutType":
            self.optout_type = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "campaignId":
            self.campaign_id = value
            return
        if key == "groupId":
            self.group_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "hitId":
            return not isinstance(self.hit_id, Unset)
        if key == "optoutId":
            return not isinstance(self.optout_id, Unset)
        if key == "optoutUrl":
            return not isinstance(self.optout_url, Unset)
        if key == "optoutType":
            return not isinstance(self.optout_type, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "groupId":
            return not isinstance(self.group_id, Unset)
        return key in self.additional_properties
