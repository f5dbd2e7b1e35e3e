from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataOptouts")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "phoneNumber",
        "countryIso",
        "optoutFrom",
        "datetime",
        "campaignId",
        "groupId",
        "groupName",
        "campaignName",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataOptouts:
    """
    Attributes:
        id (int):
        phone_number (str):
        country_iso (str):
        optout_from (str): One of: `admin`, `link`.
        datetime_ (str):
        campaign_id (None | str | Unset):
        group_id (None | str | Unset):
        group_name (str | Unset):
        campaign_name (None | str | Unset):
    """

    id: int
    phone_number: str
    country_iso: str
    optout_from: str
    datetime_: str
    campaign_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    group_name: str | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        phone_number: str,
        country_iso: str,
        optout_from: str,
        datetime_: str,
        campaign_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        campaign_name: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.optout_from = optout_from
        self.datetime_ = datetime_
        self.campaign_id = campaign_id
        self.group_id = group_id
        self.group_name = group_name
        self.campaign_name = campaign_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, optout_from={self.optout_from!r}, datetime_={self.datetime_!r}, campaign_id={self.campaign_id!r}, group_id={self.group_id!r}, group_name={self.group_name!r}, campaign_name={self.campaign_name!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.optout_from == other.optout_from
            and self.datetime_ == other.datetime_
            and self.campaign_id == other.campaign_id
            and self.group_id == other.group_id
            and self.group_name == other.group_name
            and self.campaign_name == other.campaign_name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        optout_from = self.optout_from

        datetime_ = self.datetime_

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

        group_name = self.group_name

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "optoutFrom": optout_from,
                "datetime": datetime_,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        optout_from = d["optoutFrom"]

        datetime_ = d["datetime"]

        campaign_id = d.get("campaignId", UNSET)

        group_id = d.get("groupId", UNSET)

        group_name = d.get("groupName", UNSET)

        campaign_name = d.get("campaignName", UNSET)

        if cls.__init__ is DataOptouts.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.optout_from = optout_from
            _made.datetime_ = datetime_
            _made.campaign_id = campaign_id
            _made.group_id = group_id
            _made.group_name = group_name
            _made.campaign_name = campaign_name
            data_optouts = _made
        else:
            data_optouts = cls(
                id=id,
                phone_number=phone_number,
                country_iso=country_iso,
                optout_from=optout_from,
                datetime_=datetime_,
                campaign_id=campaign_id,
                group_id=group_id,
                group_name=group_name,
                campaign_name=campaign_name,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_optouts.additional_properties = d
        return data_optouts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "optoutFrom":
            if isinstance(self.optout_from, Unset):
                raise KeyError(key)
            return self.optout_from
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        if key == "campaignId":
            if isinstance(self.campaign_id, Unset):
                raise KeyError(key)
            return self.campaign_id
        if key == "groupId":
            if isinstance(self.group_id, Unset):
                raise KeyError(key)
            return self.group_id
        if key == "groupName":
            if isinstance(self.group_name, Unset):
                raise KeyError(key)
            return self.group_name
        if key == "campaignName":
            if isinstance(self.campaign_name, Unset):
                raise KeyError(key)
            return self.campaign_name
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "optoutFrom":
            self.optout_from = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        if key == "campaignId":
            self.campaign_id = value
            return
        if key == "groupId":
            self.group_id = value
            return
        if key == "groupName":
            self.group_name = value
            return
        if key == "campaignName":
            self.campaign_name = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "optoutFrom":
            return not isinstance(self.optout_from, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "groupId":
            return not isinstance(self.group_id, Unset)
        if key == "groupName":
            return not isinstance(self.group_name, Unset)
        if key == "campaignName":
            return not isinstance(self.campaign_name, Unset)
        return key in self.additional_properties
