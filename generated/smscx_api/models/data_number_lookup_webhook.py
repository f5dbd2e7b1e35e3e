from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

import datetime

if TYPE_CHECKING:
    from ..models.original_network import OriginalNetwork
    from ..models.ported_network import PortedNetwork
    from ..models.roaming_network import RoamingNetwork


T = TypeVar("T", bound="DataNumberLookupWebhook")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumber",
        "lookupBulkId",
        "lookupId",
        "cost",
        "mcc",
        "mccmnc",
        "countryIso",
        "countryName",
        "countryNameLocale",
        "status",
        "statusDescription",
        "ported",
        "roaming",
        "originalNetwork",
        "portedNetwork",
        "roamingNetwork",
        "datetime",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataNumberLookupWebhook:
    """
    Attributes:
        phone_number (str):
        lookup_bulk_id (None | str):
        lookup_id (str):
        cost (float):
        mcc (str):
        mccmnc (str):
        country_iso (str):
        country_name (str):
        country_name_locale (str):
        status (str):
        status_description (str):
        ported (bool):
        roaming (bool):
        original_network (OriginalNetwork):
        ported_network (PortedNetwork):
        roaming_network (RoamingNetwork):
        datetime_ (datetime.datetime):
    """

    phone_number: str
    lookup_bulk_id: None | str
    lookup_id: str
    cost: float
    mcc: str
    mccmnc: str
    country_iso: str
    country_name: str
    country_name_locale: str
    status: str
    status_description: str
    ported: bool
    roaming: bool
    original_network: OriginalNetwork
    ported_network: PortedNetwork
    roaming_network: RoamingNetwork
    datetime_: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        phone_number: str,
        lookup_bulk_id: None | str,
        lookup_id: str,
        cost: float,
        mcc: str,
        mccmnc: str,
        country_iso: str,
        country_name: str,
        country_name_locale: str,
        status: str,
        status_description: str,
        ported: bool,
        roaming: bool,
        original_network: OriginalNetwork,
        ported_network: PortedNetwork,
        roaming_network: RoamingNetwork,
        datetime_: datetime.datetime,
    ) -> None:
        self.phone_number = phone_number
        self.lookup_bulk_id = lookup_bulk_id
        self.lookup_id = lookup_id
        self.cost = cost
        self.mcc = mcc
        self.mccmnc = mccmnc
        self.country_iso = country_iso
        self.country_name = country_name
        self.country_name_locale = country_name_locale
        self.status = status
        self.status_description = status_description
        self.ported = ported
        self.roaming = roaming
        self.original_network = original_network
        self.ported_network = ported_network
        self.roaming_network = roaming_network
        self.datetime_ = datetime_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_number={self.phone_number!r}, lookup_bulk_id={self.lookup_bulk_id!r}, lookup_id={self.lookup_id!r}, cost={self.cost!r}, mcc={self.mcc!r}, mccmnc={self.mccmnc!r}, country_iso={self.country_iso!r}, country_name={self.country_name!r}, country_name_locale={self.country_name_locale!r}, status={self.status!r}, status_description={self.status_description!r}, ported={self.ported!r}, roaming={self.roaming!r}, original_network={self.original_network!r}, ported_network={self.ported_network!r}, roaming_network={self.roaming_network!r}, datetime_={self.datetime_!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_number == other.phone_number
            and self.lookup_bulk_id == other.lookup_bulk_id
            and self.lookup_id == other.lookup_id
            and self.cost == other.cost
            and self.mcc == other.mcc
            and self.mccmnc == other.mccmnc
            and self.country_iso == other.country_iso
            and self.country_name == other.country_name
            and self.country_name_locale == other.country_name_locale
            and self.status == other.status
            and self.status_description == other.status_description
            and self.ported == other.ported
            and self.roaming == other.roaming
            and self.original_network == other.original_network
            and self.ported_network == other.ported_network
            and self.roaming_network == other.roaming_network
            and self.datetime_ == other.datetime_
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        lookup_bulk_id: None | str
        lookup_bulk_id = self.lookup_bulk_id

        lookup_id = self.lookup_id

        cost = self.cost

        mcc = self.mcc

        mccmnc = self.mccmnc

        country_iso = self.country_iso

        country_name = self.country_name

        country_name_locale = self.country_name_locale

        status = self.status

        status_description = self.status_description

        ported = self.ported

        roaming = self.roaming

        original_network = self.original_network.to_dict()

        ported_network = self.ported_network.to_dict()

        roaming_network = self.roaming_network.to_dict()

        datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "lookupBulkId": lookup_bulk_id,
                "lookupId": lookup_id,
                "cost": cost,
                "mcc": mcc,
                "mccmnc": mccmnc,
                "countryIso": country_iso,
                "countryName": country_name,
                "countryNameLocale": country_name_locale,
                "status": status,
                "statusDescription": status_description,
                "ported": ported,
                "roaming": roaming,
                "originalNetwork": original_network,
                "portedNetwork": ported_network,
                "roamingNetwork": roaming_network,
                "datetime": datetime_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d["phoneNumber"]

        lookup_bulk_id = d["lookupBulkId"]

        lookup_id = d["lookupId"]

        cost = d["cost"]

        mcc = d["mcc"]

        mccmnc = d["mccmnc"]

        country_iso = d["countryIso"]

        country_name = d["countryName"]

        country_name_locale = d["countryNameLocale"]

        status = d["status"]

        status_description = d["statusDescription"]

        ported = d["ported"]

        roaming = d["roaming"]

        original_network = OriginalNetwork.from_dict(d["originalNetwork"])

        ported_network = PortedNetwork.from_dict(d["portedNetwork"])

        roaming_network = RoamingNetwork.from_dict(d["roamingNetwork"])

        datetime_ = datetime.datetime.fromisoformat(d["datetime"])

        if cls.__init__ is DataNumberLookupWebhook.__init__:
            _made = _new_instance(cls)
            _made.phone_number = phone_number
            _made.lookup_bulk_id = lookup_bulk_id
            _made.lookup_id = lookup_id
            _made.cost = cost
            _made.mcc = mcc
            _made.mccmnc = mccmnc
            _made.country_iso = country_iso
            _made.country_name = country_name
            _made.country_name_locale = country_name_locale
            _made.status = status
            _made.status_description = status_description
            _made.ported = ported
            _made.roaming = roaming
            _made.original_network = original_network
            _made.ported_network = ported_network
            _made.roaming_network = roaming_network
            _made.datetime_ = datetime_
            data_number_lookup_webhook = _made
        else:
            data_number_lookup_webhook = cls(
                phone_number=phone_number,
                lookup_bulk_id=lookup_bulk_id,
                lookup_id=lookup_id,
                cost=cost,
                mcc=mcc,
                mccmnc=mccmnc,
                country_iso=country_iso,
                country_name=country_name,
                country_name_locale=country_name_locale,
                status=status,
                status_description=status_description,
                ported=ported,
                roaming=roaming,
                original_network=original_network,
                ported_network=ported_network,
                roaming_network=roaming_network,
                datetime_=datetime_,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 17 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_number_lookup_webhook.additional_properties = d
        return data_number_lookup_webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "lookupBulkId":
            if isinstance(self.lookup_bulk_id, Unset):
                raise KeyError(key)
            return self.lookup_bulk_id
        if key == "lookupId":
            if isinstance(self.lookup_id, Unset):
                raise KeyError(key)
            return self.lookup_id
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "mcc":
            if isinstance(self.mcc, Unset):
                raise KeyError(key)
            return self.mcc
        if key == "mccmnc":
            if isinstance(self.mccmnc, Unset):
                raise KeyError(key)
            return self.mccmnc
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "countryName":
            if isinstance(self.country_name, Unset):
                raise KeyError(key)
            return self.country_name
        if key == "countryNameLocale":
            if isinstance(self.country_name_locale, Unset):
                raise KeyError(key)
            return self.country_name_locale
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "statusDescription":
            if isinstance(self.status_description, Unset):
                raise KeyError(key)
            return self.status_description
        if key == "ported":
            if isinstance(self.ported, Unset):
                raise KeyError(key)
            return self.ported
        if key == "roaming":
            if isinstance(self.roaming, Unset):
                raise KeyError(key)
            return self.roaming
        if key == "originalNetwork":
            if isinstance(self.original_network, Unset):
                raise KeyError(key)
            return self.original_network
        if key == "portedNetwork":
            if isinstance(self.ported_network, Unset):
                raise KeyError(key)
            return self.ported_network
        if key == "roamingNetwork":
            if isinstance(self.roaming_network, Unset):
                raise KeyError(key)
            return self.roaming_network
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "lookupBulkId":
            self.lookup_bulk_id = value
            return
        if key == "lookupId":
            self.lookup_id = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "mcc":
            self.mcc = value
            return
        if key == "mccmnc":
            self.mccmnc = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "countryName":
            self.country_name = value
            return
        if key == "countryNameLocale":
            self.country_name_locale = value
            return
        if key == "status":
            self.status = value
            return
        if key == "statusDescription":
            self.status_description = value
            return
        if key == "ported":
            self.ported = value
            return
        if key == "roaming":
            self.roaming = value
            return
        if key == "originalNetwork":
            self.original_network = value
            return
        if key == "portedNetwork":
            self.ported_network = value
            return
        if key == "roamingNetwork":
            self.roaming_network = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "lookupBulkId":
            return not isinstance(self.lookup_bulk_id, Unset)
        if key == "lookupId":
            return not isinstance(self.lookup_id, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "mcc":
            return not isinstance(self.mcc, Unset)
        if key == "mccmnc":
            return not isinstance(self.mccmnc, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "countryName":
            return not isinstance(self.country_name, Unset)
        if key == "countryNameLocale":
            return not isinstance(self.country_name_locale, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "statusDescription":
            return not isinstance(self.status_description, Unset)
        if key == "ported":
            return not isinstance(self.ported, Unset)
        if key == "roaming":
            return not isinstance(self.roaming, Unset)
        if key == "originalNetwork":
            return not isinstance(self.original_network, Unset)
        if key == "portedNetwork":
            return not isinstance(self.ported_network, Unset)
        if key == "roamingNetwork":
            return not isinstance(self.roaming_network, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.original_network import OriginalNetwork  # noqa: E402
from ..models.ported_network import PortedNetwork  # noqa: E402
from ..models.roaming_network import RoamingNetwork  # noqa: E402
