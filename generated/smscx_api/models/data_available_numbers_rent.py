from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.rental_cost import RentalCost


T = TypeVar("T", bound="DataAvailableNumbersRent")
_DECLARED_KEYS = frozenset(
    (
        "numberId",
        "phoneNumber",
        "countryIso",
        "networkOperator",
        "sms",
        "voice",
        "minRent",
        "maxRent",
        "setupCost",
        "rentalCost",
        "inboundSmsCost",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataAvailableNumbersRent:
    """
    Attributes:
        number_id (str):
        phone_number (None | str):
        country_iso (str):
        network_operator (str):
        sms (list[str]): One of: `inbound`, `outbound`.
        voice (list[str]):
        min_rent (None | str): One of: `None`, `1`, `7`, `30`.
        max_rent (None | str): One of: `None`, `1`, `7`, `30`.
        setup_cost (float):
        rental_cost (RentalCost):
        inbound_sms_cost (float):
    """

    number_id: str
    phone_number: None | str
    country_iso: str
    network_operator: str
    sms: list[str]
    voice: list[str]
    min_rent: None | str
    max_rent: None | str
    setup_cost: float
    rental_cost: RentalCost
    inbound_sms_cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        number_id: str,
        phone_number: None | str,
        country_iso: str,
        network_operator: str,
        sms: list[str],
        voice: list[str],
        min_rent: None | str,
        max_rent: None | str,
        setup_cost: float,
        rental_cost: RentalCost,
        inbound_sms_cost: float,
    ) -> None:
        self.number_id = number_id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.network_operator = network_operator
        self.sms = sms
        self.voice = voice
        self.min_rent = min_rent
        self.max_rent = max_rent
        self.setup_cost = setup_cost
        self.rental_cost = rental_cost
        self.inbound_sms_cost = inbound_sms_cost
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(number_id={self.number_id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, network_operator={self.network_operator!r}, sms={self.sms!r}, voice={self.voice!r}, min_rent={self.min_rent!r}, max_rent={self.max_rent!r}, setup_cost={self.setup_cost!r}, rental_cost={self.rental_cost!r}, inbound_sms_cost={self.inbound_sms_cost!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.number_id == other.number_id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.network_operator == other.network_operator
            and self.sms == other.sms
            and self.voice == other.voice
            and self.min_rent == other.min_rent
            and self.max_rent == other.max_rent
            and self.setup_cost == other.setup_cost
            and self.rental_cost == other.rental_cost
            and self.inbound_sms_cost == other.inbound_sms_cost
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        number_id = self.number_id

        phone_number: None | str
        phone_number = self.phone_number

        country_iso = self.country_iso

        network_operator = self.network_operator

        sms = self.sms

        voice = self.voice

        min_rent: None | str
        min_rent = self.min_rent

        max_rent: None | str
        max_rent = self.max_rent

        setup_cost = self.setup_cost

        rental_cost = self.rental_cost.to_dict()

        inbound_sms_cost = self.inbound_sms_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberId": number_id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "networkOperator": network_operator,
                "sms": sms,
                "voice": voice,
                "minRent": min_rent,
                "maxRent": max_rent,
                "setupCost": setup_cost,
                "rentalCost": rental_cost,
                "inboundSmsCost": inbound_sms_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        number_id = d["numberId"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        network_operator = d["networkOperator"]

        sms = cast(list[str], d["sms"])

        voice = cast(list[str], d["voice"])

        min_rent = d["minRent"]

        max_rent = d["maxRent"]

        setup_cost = d["setupCost"]

        rental_cost = RentalCost.from_dict(d["rentalCost"])

        inbound_sms_cost = d["inboundSmsCost"]

        if cls.__init__ is DataAvailableNumbersRent.__init__:
            _made = _new_instance(cls)
            _made.number_id = number_id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.network_operator = network_operator
            _made.sms = sms
            _made.voice = voice
            _made.min_rent = min_rent
            _made.max_rent = max_rent
            _made.setup_cost = setup_cost
            _made.rental_cost = rental_cost
            _made.inbound_sms_cost = inbound_sms_cost
            data_available_numbers_rent = _made
        else:
            data_available_numbers_rent = cls(
                number_id=number_id,
                phone_number=phone_number,
                country_iso=country_iso,
                network_operator=network_operator,
                sms=sms,
                voice=voice,
                min_rent=min_rent,
                max_rent=max_rent,
                setup_cost=setup_cost,
                rental_cost=rental_cost,
                inbound_sms_cost=inbound_sms_cost,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 11 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_available_numbers_rent.additional_properties = d
        return data_available_numbers_rent

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "numberId":
            if isinstance(self.number_id, Unset):
                raise KeyError(key)
            return self.number_id
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
        if key == "setupCost":
            if isinstance(self.setup_cost, Unset):
                raise KeyError(key)
            return self.setup_cost
        if key == "rentalCost":
            if isinstance(self.rental_cost, Unset):
                raise KeyError(key)
            return self.rental_cost
        if key == "inboundSmsCost":
            if isinstance(self.inbound_sms_cost, Unset):
                raise KeyError(key)
            return self.inbound_sms_cost
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "numberId":
            self.number_id = value
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
        if key == "setupCost":
            self.setup_cost = value
            return
        if key == "rentalCost":
            self.rental_cost = value
            return
        if key == "inboundSmsCost":
            self.inbound_sms_cost = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "numberId":
            return not isinstance(self.number_id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "networkOperator":
            return not isinstance(self.network_operator, Unset)
        if key == "sms":
            return not isinstance(self.sms, Unset)
        if key == "voice":
            return not isinstance(self.voice, Unset)
        if key == "minRent":
            return not isinstance(self.min_rent, Unset)
        if key == "maxRent":
            return not isinstance(self.max_rent, Unset)
        if key == "setupCost":
            return not isinstance(self.setup_cost, Unset)
        if key == "rentalCost":
            return not isinstance(self.rental_cost, Unset)
        if key == "inboundSmsCost":
            return not isinstance(self.inbound_sms_cost, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.rental_cost import RentalCost  # noqa: E402
