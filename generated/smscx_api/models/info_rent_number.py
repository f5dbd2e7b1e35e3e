from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime
from typing import cast

if TYPE_CHECKING:
    from ..models.rental_cost import RentalCost


T = TypeVar("T", bound="InfoRentNumber")
_DECLARED_KEYS = frozenset(
    (
        "rentId",
        "rentCost",
        "setupCost",
        "rentPeriod",
        "rentStart",
        "rentEnd",
        "phoneNumber",
        "countryIso",
        "networkOperator",
        "autoRenew",
        "sms",
        "voice",
        "minRent",
        "maxRent",
        "rentalCost",
        "inboundSmsCost",
        "callbackUrl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoRentNumber:
    """
    Attributes:
        rent_id (str):
        rent_cost (float):
        setup_cost (float):
        rent_period (int): One of: `1`, `7`, `30`.
        rent_start (datetime.datetime):
        rent_end (datetime.datetime):
        phone_number (str):
        country_iso (str):
        network_operator (str):
        auto_renew (bool):
        sms (list[str]): One of: `inbound`, `outbound`.
        voice (list[str]):
        min_rent (None | str): One of: `None`, `1`, `7`, `30`.
        max_rent (None | str): One of: `None`, `1`, `7`, `30`.
        rental_cost (RentalCost):
        inbound_sms_cost (float):
        callback_url (None | str):
    """

    rent_id: str
    rent_cost: float
    setup_cost: float
    rent_period: int
    rent_start: datetime.datetime
    rent_end: datetime.datetime
    phone_number: str
    country_iso: str
    network_operator: str
    auto_renew: bool
    sms: list[str]
    voice: list[str]
    min_rent: None | str
    max_rent: None | str
    rental_cost: RentalCost
    inbound_sms_cost: float
    callback_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        rent_id: str,
        rent_cost: float,
        setup_cost: float,
        rent_period: int,
        rent_start: datetime.datetime,
        rent_end: datetime.datetime,
        phone_number: str,
        country_iso: str,
        network_operator: str,
        auto_renew: bool,
        sms: list[str],
        voice: list[str],
        min_rent: None | str,
        max_rent: None | str,
        rental_cost: RentalCost,
        inbound_sms_cost: float,
        callback_url: None | str,
    ) -> None:
        self.rent_id = rent_id
        self.rent_cost = rent_cost
        self.setup_cost = setup_cost
        self.rent_period = rent_period
        self.rent_start = rent_start
        self.rent_end = rent_end
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.network_operator = network_operator
        self.auto_renew = auto_renew
        self.sms = sms
        self.voice = voice
        self.min_rent = min_rent
        self.max_rent = max_rent
        self.rental_cost = rental_cost
        self.inbound_sms_cost = inbound_sms_cost
        self.callback_url = callback_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(rent_id={self.rent_id!r}, rent_cost={self.rent_cost!r}, setup_cost={self.setup_cost!r}, rent_period={self.rent_period!r}, rent_start={self.rent_start!r}, rent_end={self.rent_end!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, network_operator={self.network_operator!r}, auto_renew={self.auto_renew!r}, sms={self.sms!r}, voice={self.voice!r}, min_rent={self.min_rent!r}, max_rent={self.max_rent!r}, rental_cost={self.rental_cost!r}, inbound_sms_cost={self.inbound_sms_cost!r}, callback_url={self.callback_url!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rent_id == other.rent_id
            and self.rent_cost == other.rent_cost
            and self.setup_cost == other.setup_cost
            and self.rent_period == other.rent_period
            and self.rent_start == other.rent_start
            and self.rent_end == other.rent_end
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.network_operator == other.network_operator
            and self.auto_renew == other.auto_renew
            and self.sms == other.sms
            and self.voice == other.voice
            and self.min_rent == other.min_rent
            and self.max_rent == other.max_rent
            and self.rental_cost == other.rental_cost
            and self.inbound_sms_cost == other.inbound_sms_cost
            and self.callback_url == other.callback_url
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        rent_id = self.rent_id

        rent_cost = self.rent_cost

        setup_cost = self.setup_cost

        rent_period = self.rent_period

        rent_start = self.rent_start.isoformat()

        rent_end = self.rent_end.isoformat()

        phone_number = self.phone_number

        country_iso = self.country_iso

        network_operator = self.network_operator

        auto_renew = self.auto_renew

        sms = self.sms

        voice = self.voice

        min_rent: None | str
        min_rent = self.min_rent

        max_rent: None | str
        max_rent = self.max_rent

        rental_cost = self.rental_cost.to_dict()

        inbound_sms_cost = self.inbound_sms_cost

        callback_url: None | str
        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rentId": rent_id,
                "rentCost": rent_cost,
                "setupCost": setup_cost,
                "rentPeriod": rent_period,
                "rentStart": rent_start,
                "rentEnd": rent_end,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "networkOperator": network_operator,
                "autoRenew": auto_renew,
                "sms": sms,
                "voice": voice,
                "minRent": min_rent,
                "maxRent": max_rent,
                "rentalCost": rental_cost,
                "inboundSmsCost": inbound_sms_cost,
                "callbackUrl": callback_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rent_id = d["rentId"]

        rent_cost = d["rentCost"]

        setup_cost = d["setupCost"]

        rent_period = d["rentPeriod"]

        rent_start = datetime.datetime.fromisoformat(d["rentStart"])

        rent_end = datetime.datetime.fromisoformat(d["rentEnd"])

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        network_operator = d["networkOperator"]

        auto_renew = d["autoRenew"]

        sms = cast(list[str], d["sms"])

        voice = cast(list[str], d["voice"])

        min_rent = d["minRent"]

        max_rent = d["maxRent"]

        rental_cost = RentalCost.from_dict(d["rentalCost"])

        inbound_sms_cost = d["inboundSmsCost"]

        callback_url = d["callbackUrl"]

        if cls.__init__ is InfoRentNumber.__init__:
            _made = _new_instance(cls)
            _made.rent_id = rent_id
            _made.rent_cost = rent_cost
            _made.setup_cost = setup_cost
            _made.rent_period = rent_period
            _made.rent_start = rent_start
            _made.rent_end = rent_end
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.network_operator = network_operator
            _made.auto_renew = auto_renew
            _made.sms = sms
            _made.voice = voice
            _made.min_rent = min_rent
            _made.max_rent = max_rent
            _made.rental_cost = rental_cost
            _made.inbound_sms_cost = inbound_sms_cost
            _made.callback_url = callback_url
            info_rent_number = _made
        else:
            info_rent_number = cls(
                rent_id=rent_id,
                rent_cost=rent_cost,
                setup_cost=setup_cost,
                rent_period=rent_period,
                rent_start=rent_start,
                rent_end=rent_end,
                phone_number=phone_number,
                country_iso=country_iso,
                network_operator=network_operator,
                auto_renew=auto_renew,
                sms=sms,
                voice=voice,
                min_rent=min_rent,
                max_rent=max_rent,
                rental_cost=rental_cost,
                inbound_sms_cost=inbound_sms_cost,
                callback_url=callback_url,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 17 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_rent_number.additional_properties = d
        return info_rent_number

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "rentId":
            if isinstance(self.rent_id, Unset):
                raise KeyError(key)
            return self.rent_id
        if key == "rentCost":
            if isinstance(self.rent_cost, Unset):
                raise KeyError(key)
            return self.rent_cost
        if key == "setupCost":
            if isinstance(self.setup_cost, Unset):
                raise KeyError(key)
            return self.setup_cost
        if key == "rentPeriod":
            if isinstance(self.rent_period, Unset):
                raise KeyError(key)
            return self.rent_period
        if key == "rentStart":
            if isinstance(self.rent_start, Unset):
                raise KeyError(key)
            return self.rent_start
        if key == "rentEnd":
            if isinstance(self.rent_end, Unset):
                raise KeyError(key)
            return self.rent_end
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "networkOperator":
            if isinstance(self.network_operator, Unset):
                raise KeyError(key)
            return self.network_operator
        if key == "autoRenew":
            if isinstance(self.auto_renew, Unset):
                raise KeyError(key)
            return self.auto_renew
        if key == "sms":
            if isinstance(self.sms, Unset):
                raise KeyError(key)
            return self.sms
        if key == "voice":
            if isinstance(self.voice, Unset):
                raise KeyError(key)
            return self.voice
        if key == "minRent":
            if isinstance(self.min_rent, Unset):
                raise KeyError(key)
            return self.min_rent
        if key == "maxRent":
            if isinstance(self.max_rent, Unset):
                raise KeyError(key)
            return self.max_rent
        if key == "rentalCost":
            if isinstance(self.rental_cost, Unset):
                raise KeyError(key)
            return self.rental_cost
        if key == "inboundSmsCost":
            if isinstance(self.inbound_sms_cost, Unset):
                raise KeyError(key)
            return self.inbound_sms_cost
        if key == "callbackUrl":
            if isinstance(self.callback_url, Unset):
                raise KeyError(key)
            return self.callback_url
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "rentId":
            self.rent_id = value
            return
        if key == "rentCost":
            self.rent_cost = value
            return
        if key == "setupCost":
            self.setup_cost = value
            return
        if key == "rentPeriod":
            self.rent_period = value
            return
        if key == "rentStart":
            self.rent_start = value
            return
        if key == "rentEnd":
            self.rent_end = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "networkOperator":
            self.network_operator = value
            return
        if key == "autoRenew":
            self.auto_renew = value
            return
        if key == "sms":
            self.sms = value
            return
        if key == "voice":
            self.voice = value
            return
        if key == "minRent":
            self.min_rent = value
            return
        if key == "maxRent":
            self.max_rent = value
            return
        if key == "rentalCost":
            self.rental_cost = value
            return
        if key == "inboundSmsCost":
            self.inbound_sms_cost = value
            return
        if key == "callbackUrl":
            self.callback_url = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "rentId":
            return not isinstance(self.rent_id, Unset)
        if key == "rentCost":
            return not isinstance(self.rent_cost, Unset)
        if key == "setupCost":
            return not isinstance(self.setup_cost, Unset)
        if key == "rentPeriod":
            return not isinstance(self.rent_period, Unset)
        if key == "rentStart":
            return not isinstance(self.rent_start, Unset)
        if key == "rentEnd":
            return not isinstance(self.rent_end, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "networkOperator":
            return not isinstance(self.network_operator, Unset)
        if key == "autoRenew":
            return not isinstance(self.auto_renew, Unset)
        if key == "sms":
            return not isinstance(self.sms, Unset)
        if key == "voice":
            return not isinstance(self.voice, Unset)
        if key == "minRent":
            return not isinstance(self.min_rent, Unset)
        if key == "maxRent":
            return not isinstance(self.max_rent, Unset)
        if key == "rentalCost":
            return not isinstance(self.rental_cost, Unset)
        if key == "inboundSmsCost":
            return not isinstance(self.inbound_sms_cost, Unset)
        if key == "callbackUrl":
            return not isinstance(self.callback_url, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.rental_cost import RentalCost  # noqa: E402
