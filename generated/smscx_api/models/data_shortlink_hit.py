from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataShortlinkHit")
_DECLARED_KEYS = frozenset(
    (
        "hitId",
        "shortlinkId",
        "url",
        "device",
        "browser",
        "browserVersion",
        "os",
        "osVersion",
        "brand",
        "model",
        "screenResolution",
        "acceptLanguage",
        "referrer",
        "ipAddress",
        "countryIso",
        "city",
        "datetime",
        "phoneNumber",
        "campaignId",
        "groupId",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataShortlinkHit:
    """
    Attributes:
        hit_id (int):
        shortlink_id (str):
        url (str):
        device (str):
        browser (str):
        browser_version (str):
        os (str):
        os_version (str):
        brand (str):
        model (str):
        screen_resolution (str):
        accept_language (str):
        referrer (None | str):
        ip_address (str):
        country_iso (str):
        city (str):
        datetime_ (str):
        phone_number (None | str | Unset): Null unless link tracking was enabled for the message.
        campaign_id (None | str | Unset):
        group_id (None | str | Unset):
    """

    hit_id: int
    shortlink_id: str
    url: str
    device: str
    browser: str
    browser_version: str
    os: str
    os_version: str
    brand: str
    model: str
    screen_resolution: str
    accept_language: str
    referrer: None | str
    ip_address: str
    country_iso: str
    city: str
    datetime_: str
    phone_number: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        hit_id: int,
        shortlink_id: str,
        url: str,
        device: str,
        browser: str,
        browser_version: str,
        os: str,
        os_version: str,
        brand: str,
        model: str,
        screen_resolution: str,
        accept_language: str,
        referrer: None | str,
        ip_address: str,
        country_iso: str,
        city: str,
        datetime_: str,
        phone_number: None | str | Unset = UNSET,
        campaign_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> None:
        self.hit_id = hit_id
        self.shortlink_id = shortlink_id
        self.url = url
        self.device = device
        self.browser = browser
        self.browser_version = browser_version
        self.os = os
        self.os_version = os_version
        self.brand = brand
        self.model = model
        self.screen_resolution = screen_resolution
        self.accept_language = accept_language
        self.referrer = referrer
        self.ip_address = ip_address
        self.country_iso = country_iso
        self.city = city
        self.datetime_ = datetime_
        self.phone_number = phone_number
        self.campaign_id = campaign_id
        self.group_id = group_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(hit_id={self.hit_id!r}, shortlink_id={self.shortlink_id!r}, url={self.url!r}, device={self.device!r}, browser={self.browser!r}, browser_version={self.browser_version!r}, os={self.os!r}, os_version={self.os_version!r}, brand={self.brand!r}, model={self.model!r}, screen_resolution={self.screen_resolution!r}, accept_language={self.accept_language!r}, referrer={self.referrer!r}, ip_address={self.ip_address!r}, country_iso={self.country_iso!r}, city={self.city!r}, datetime_={self.datetime_!r}, phone_number={self.phone_number!r}, campaign_id={self.campaign_id!r}, group_id={self.group_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hit_id == other.hit_id
            and self.shortlink_id == other.shortlink_id
            and self.url == other.url
            and self.device == other.device
            and self.browser == other.browser
            and self.browser_version == other.browser_version
            and self.os == other.os
            and self.os_version == other.os_version
            and self.brand == other.brand
            and self.model == other.model
            and self.screen_resolution == other.screen_resolution
            and self.accept_language == other.accept_language
            and self.referrer == other.referrer
            and self.ip_address == other.ip_address
            and self.country_iso == other.country_iso
            and self.city == other.city
            and self.datetime_ == other.datetime_
            and self.phone_number == other.phone_number
            and self.campaign_id == other.campaign_id
            and self.group_id == other.group_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        hit_id = self.hit_id

        shortlink_id = self.shortlink_id

        url = self.url

        device = self.device

        browser = self.browser

        browser_version = self.browser_version

        os = self.os

        os_version = self.os_version

        brand = self.brand

        model = self.model

        screen_resolution = self.screen_resolution

        accept_language = self.accept_language

        referrer: None | str
        referrer = self.referrer

        ip_address = self.ip_address

        country_iso = self.country_iso

        city = self.city

        datetime_ = self.datetime_

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
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
                "shortlinkId": shortlink_id,
                "url": url,
                "device": device,
                "browser": browser,
                "browserVersion": browser_version,
                "os": os,
                "osVersion": os_version,
                "brand": brand,
                "model": model,
                "screenResolution": screen_resolution,
                "acceptLanguage": accept_language,
                "referrer": referrer,
                "ipAddress": ip_address,
                "countryIso": country_iso,
                "city": city,
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

        shortlink_id = d["shortlinkId"]

        url = d["url"]

        device = d["device"]

        browser = d["browser"]

        browser_version = d["browserVersion"]

        os = d["os"]

        os_version = d["osVersion"]

        brand = d["brand"]

        model = d["model"]

        screen_resolution = d["screenResolution"]

        accept_language = d["acceptLanguage"]

        referrer = d["referrer"]

        ip_address = d["ipAddress"]

        country_iso = d["countryIso"]

        city = d["city"]

        datetime_ = d["datetime"]

        phone_number = d.get("phoneNumber", UNSET)

        campaign_id = d.get("campaignId", UNSET)

        group_id = d.get("groupId", UNSET)

        if cls.__init__ is DataShortlinkHit.__init__:
            _made = _new_instance(cls)
            _made.hit_id = hit_id
            _made.shortlink_id = shortlink_id
            _made.url = url
            _made.device = device
            _made.browser = browser
            _made.browser_version = browser_version
            _made.os = os
            _made.os_version = os_version
            _made.brand = brand
            _made.model = model
            _made.screen_resolution = screen_resolution
            _made.accept_language = accept_language
            _made.referrer = referrer
            _made.ip_address = ip_address
            _made.country_iso = country_iso
            _made.city = city
            _made.datetime_ = datetime_
            _made.phone_number = phone_number
            _made.campaign_id = campaign_id
            _made.group_id = group_id
            data_shortlink_hit = _made
        else:
            data_shortlink_hit = cls(
                hit_id=hit_id,
                shortlink_id=shortlink_id,
                url=url,
                device=device,
                browser=browser,
                browser_version=browser_version,
                os=os,
                os_version=os_version,
                brand=brand,
                model=model,
                screen_resolution=screen_resolution,
                accept_language=accept_language,
                referrer=referrer,
                ip_address=ip_address,
                country_iso=country_iso,
                city=city,
                datetime_=datetime_,
                phone_number=phone_number,
                campaign_id=campaign_id,
                group_id=group_id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 17 + ("phoneNumber" in d) + ("campaignId" in d) + ("groupId" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        data_shortlink_hit.additional_properties = d
        return data_shortlink_hit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "hitId":
            if isinstance(self.hit_id, Unset):
                raise KeyError(key)
            return self.hit_id
        if key == "shortlinkId":
            if isinstance(self.shortlink_id, Unset):
                raise KeyError(key)
            return self.shortlink_id
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "device":
            if isinstance(self.device, Unset):
                raise KeyError(key)
            return self.device
        if key == "browser":
            if isinstance(self.browser, Unset):
                raise KeyError(key)
            return self.browser
        if key == "browserVersion":
            if isinstance(self.browser_version, Unset):
                raise KeyError(key)
            return self.browser_version
        if key == "os":
            if isinstance(self.os, Unset):
                raise KeyError(key)
            return self.os
        if key == "osVersion":
            if isinstance(self.os_version, Unset):
                raise KeyError(key)
            return self.os_version
        if key == "brand":
            if isinstance(self.brand, Unset):
                raise KeyError(key)
            return self.brand
        if key == "model":
            if isinstance(self.model, Unset):
                raise KeyError(key)
            return self.model
        if key == "screenResolution":
            if isinstance(self.screen_resolution, Unset):
                raise KeyError(key)
            return self.screen_resolution
        if key == "acceptLanguage":
            if isinstance(self.accept_language, Unset):
                raise KeyError(key)
            return self.accept_language
        if key == "referrer":
            if isinstance(self.referrer, Unset):
                raise KeyError(key)
            return self.referrer
        if key == "ipAddress":
            if isinstance(self.ip_address, Unset):
                raise KeyError(key)
            return self.ip_address
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "city":
            if isinstance(self.city, Unset):
                raise KeyError(key)
            return self.city
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
        if key == "shortlinkId":
            self.shortlink_id = value
            return
        if key == "url":
            self.url = value
            return
        if key == "device":
            self.device = value
            return
        if key == "browser":
            self.browser = value
            return
        if key == "browserVersion":
            self.browser_version = value
            return
        if key == "os":
            self.os = value
            return
        if key == "osVersion":
            self.os_version = value
            return
        if key == "brand":
            self.brand = value
            return
        if key == "model":
            self.model = value
            return
        if key == "screenResolution":
            self.screen_resolution = value
            return
        if key == "acceptLanguage":
            self.accept_language = value
            return
        if key == "referrer":
            self.referrer = value
            return
        if key == "ipAddress":
            self.ip_address = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "city":
            self.city = value
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
        if key == "shortlinkId":
            return not isinstance(self.shortlink_id, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "device":
            return not isinstance(self.device, Unset)
        if key == "browser":
            return not isinstance(self.browser, Unset)
        if key == "browserVersion":
            return not isinstance(self.browser_version, Unset)
        if key == "os":
            return not isinstance(self.os, Unset)
        if key == "osVersion":
            return not isinstance(self.os_version, Unset)
        if key == "brand":
            return not isinstance(self.brand, Unset)
        if key == "model":
            return not isinstance(self.model, Unset)
        if key == "screenResolution":
            return not isinstance(self.screen_resolution, Unset)
        if key == "acceptLanguage":
            return not isinstance(self.accept_language, Unset)
        if key == "referrer":
            return not isinstance(self.referrer, Unset)
        if key == "ipAddress":
            return not isinstance(self.ip_address, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "city":
            return not isinstance(self.city, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "groupId":
            return not isinstance(self.group_id, Unset)
        return key in self.additional_properties
