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
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="SendViberMessageRequest")
_DECLARED_KEYS = frozenset(
    (
        "to",
        "from",
        "templateId",
        "customFields",
        "countryIso",
        "allowInvalid",
        "scheduledDate",
        "isUtc",
        "dlrCallbackUrl",
        "trackData",
        "shortResponse",
        "noTextDetails",
        "showTimezone",
        "idempotencyId",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SendViberMessageRequest:
    """
    Attributes:
        to (list[str]): Destination numbers (E.164, or national with countryIso); at most 25,000.
        from_ (str):
        template_id (int):
        custom_fields (CustomFields | Unset):
        country_iso (str | Unset):
        allow_invalid (bool | Unset): Server default: `false`.
        scheduled_date (str | Unset): UTC (unless isUtc is false) as `YYYY-MM-DD HH:MM:SS`; ISO 8601 is accepted too.
        is_utc (bool | Unset): Server default: `true`.
        dlr_callback_url (str | Unset):
        track_data (str | Unset):
        short_response (bool | Unset): Server default: `false`.
        no_text_details (bool | Unset): Server default: `false`.
        show_timezone (bool | Unset): Server default: `false`.
        idempotency_id (str | Unset): UUID (v1-v5). A send repeated with the same id is neither executed nor billed
            twice; echoed in the X-Idempotency-Id response header.
    """

    to: list[str]
    from_: str
    template_id: int
    custom_fields: CustomFields | Unset = UNSET
    country_iso: str | Unset = UNSET
    allow_invalid: bool | Unset = UNSET
    scheduled_date: str | Unset = UNSET
    is_utc: bool | Unset = UNSET
    dlr_callback_url: str | Unset = UNSET
    track_data: str | Unset = UNSET
    short_response: bool | Unset = UNSET
    no_text_details: bool | Unset = UNSET
    show_timezone: bool | Unset = UNSET
    idempotency_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        to: list[str],
        from_: str,
        template_id: int,
        custom_fields: CustomFields | Unset = UNSET,
        country_iso: str | Unset = UNSET,
        allow_invalid: bool | Unset = UNSET,
        scheduled_date: str | Unset = UNSET,
        is_utc: bool | Unset = UNSET,
        dlr_callback_url: str | Unset = UNSET,
        track_data: str | Unset = UNSET,
        short_response: bool | Unset = UNSET,
        no_text_details: bool | Unset = UNSET,
        show_timezone: bool | Unset = UNSET,
        idempotency_id: str | Unset = UNSET,
    ) -> None:
        self.to = to
        self.from_ = from_
        self.template_id = template_id
        self.custom_fields = custom_fields
        self.country_iso = country_iso
        self.allow_invalid = allow_invalid
        self.scheduled_date = scheduled_date
        self.is_utc = is_utc
        self.dlr_callback_url = dlr_callback_url
        self.track_data = track_data
        self.short_response = short_response
        self.no_text_details = no_text_details
        self.show_timezone = show_timezone
        self.idempotency_id = idempotency_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(to={self.to!r}, from_={self.from_!r}, template_id={self.template_id!r}, custom_fields={self.custom_fields!r}, country_iso={self.country_iso!r}, allow_invalid={self.allow_invalid!r}, scheduled_date={self.scheduled_date!r}, is_utc={self.is_utc!r}, dlr_callback_url={self.dlr_callback_url!r}, track_data={self.track_data!r}, short_response={self.short_response!r}, no_text_details={self.no_text_details!r}, show_timezone={self.show_timezone!r}, idempotency_id={self.idempotency_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.to == other.to
            and self.from_ == other.from_
            and self.template_id == other.template_id
            and self.custom_fields == other.custom_fields
            and self.country_iso == other.country_iso
            and self.allow_invalid == other.allow_invalid
            and self.scheduled_date == other.scheduled_date
            and self.is_utc == other.is_utc
            and self.dlr_callback_url == other.dlr_callback_url
            and self.track_data == other.track_data
            and self.short_response == other.short_response
            and self.no_text_details == other.no_text_details
            and self.show_timezone == other.show_timezone
            and self.idempotency_id == other.idempotency_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        template_id = self.template_id

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        country_iso = self.country_iso

        allow_invalid = self.allow_invalid

        scheduled_date = self.scheduled_date

        is_utc = self.is_utc

        dlr_callback_url = self.dlr_callback_url

        track_data = self.track_data

        short_response = self.short_response

        no_text_details = self.no_text_details

        show_timezone = self.show_timezone

        idempotency_id = self.idempotency_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
                "templateId": template_id,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if allow_invalid is not UNSET:
            field_dict["allowInvalid"] = allow_invalid
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if is_utc is not UNSET:
            field_dict["isUtc"] = is_utc
        if dlr_callback_url is not UNSET:
            field_dict["dlrCallbackUrl"] = dlr_callback_url
        if track_data is not UNSET:
            field_dict["trackData"] = track_data
        if short_response is not UNSET:
            field_dict["shortResponse"] = short_response
        if no_text_details is not UNSET:
            field_dict["noTextDetails"] = no_text_details
        if show_timezone is not UNSET:
            field_dict["showTimezone"] = show_timezone
        if idempotency_id is not UNSET:
            field_dict["idempotencyId"] = idempotency_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        to = cast(list[str], d["to"])

        from_ = d["from"]

        template_id = d["templateId"]

        _custom_fields = d.get("customFields", UNSET)
        custom_fields: CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFields.from_dict(_custom_fields)

        country_iso = d.get("countryIso", UNSET)

        allow_invalid = d.get("allowInvalid", UNSET)

        scheduled_date = d.get("scheduledDate", UNSET)

        is_utc = d.get("isUtc", UNSET)

        dlr_callback_url = d.get("dlrCallbackUrl", UNSET)

        track_data = d.get("trackData", UNSET)

        short_response = d.get("shortResponse", UNSET)

        no_text_details = d.get("noTextDetails", UNSET)

        show_timezone = d.get("showTimezone", UNSET)

        idempotency_id = d.get("idempotencyId", UNSET)

        if cls.__init__ is SendViberMessageRequest.__init__:
            _made = _new_instance(cls)
            _made.to = to
            _made.from_ = from_
            _made.template_id = template_id
            _made.custom_fields = custom_fields
            _made.country_iso = country_iso
            _made.allow_invalid = allow_invalid
            _made.scheduled_date = scheduled_date
            _made.is_utc = is_utc
            _made.dlr_callback_url = dlr_callback_url
            _made.track_data = track_data
            _made.short_response = short_response
            _made.no_text_details = no_text_details
            _made.show_timezone = show_timezone
            _made.idempotency_id = idempotency_id
            send_viber_message_request = _made
        else:
            send_viber_message_request = cls(
                to=to,
                from_=from_,
                template_id=template_id,
                custom_fields=custom_fields,
                country_iso=country_iso,
                allow_invalid=allow_invalid,
                scheduled_date=scheduled_date,
                is_utc=is_utc,
                dlr_callback_url=dlr_callback_url,
                track_data=track_data,
                short_response=short_response,
                no_text_details=no_text_details,
                show_timezone=show_timezone,
                idempotency_id=idempotency_id,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        send_viber_message_request.additional_properties = d
        return send_viber_message_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "to":
            if isinstance(self.to, Unset):
                raise KeyError(key)
            return self.to
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "templateId":
            if isinstance(self.template_id, Unset):
                raise KeyError(key)
            return self.template_id
        if key == "customFields":
            if isinstance(self.custom_fields, Unset):
                raise KeyError(key)
            return self.custom_fields
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "allowInvalid":
            if isinstance(self.allow_invalid, Unset):
                raise KeyError(key)
            return self.allow_invalid
        if key == "scheduledDate":
            if isinstance(self.scheduled_date, Unset):
                raise KeyError(key)
            return self.scheduled_date
        if key == "isUtc":
            if isinstance(self.is_utc, Unset):
                raise KeyError(key)
            return self.is_utc
        if key == "dlrCallbackUrl":
            if isinstance(self.dlr_callback_url, Unset):
                raise KeyError(key)
            return self.dlr_callback_url
        if key == "trackData":
            if isinstance(self.track_data, Unset):
                raise KeyError(key)
            return self.track_data
        if key == "shortResponse":
            if isinstance(self.short_response, Unset):
                raise KeyError(key)
            return self.short_response
        if key == "noTextDetails":
            if isinstance(self.no_text_details, Unset):
                raise KeyError(key)
            return self.no_text_details
        if key == "showTimezone":
            if isinstance(self.show_timezone, Unset):
                raise KeyError(key)
            return self.show_timezone
        if key == "idempotencyId":
            if isinstance(self.idempotency_id, Unset):
                raise KeyError(key)
            return self.idempotency_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "to":
            self.to = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "templateId":
            self.template_id = value
            return
        if key == "customFields":
            self.custom_fields = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "allowInvalid":
            self.allow_invalid = value
            return
        if key == "scheduledDate":
            self.scheduled_date = value
            return
        if key == "isUtc":
            self.is_utc = value
            return
        if key == "dlrCallbackUrl":
            self.dlr_callback_url = value
            return
        if key == "trackData":
            self.track_data = value
            return
        if key == "shortResponse":
            self.short_response = value
            return
        if key == "noTextDetails":
            self.no_text_details = value
            return
        if key == "showTimezone":
            self.show_timezone = value
            return
        if key == "idempotencyId":
            self.idempotency_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "to":
            return not isinstance(self.to, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "templateId":
            return not isinstance(self.template_id, Unset)
        if key == "customFields":
            return not isinstance(self.custom_fields, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "allowInvalid":
            return not isinstance(self.allow_invalid, Unset)
        if key == "scheduledDate":
            return not isinstance(self.scheduled_date, Unset)
        if key == "isUtc":
            return not isinstance(self.is_utc, Unset)
        if key == "dlrCallbackUrl":
            return not isinstance(self.dlr_callback_url, Unset)
        if key == "trackData":
            return not isinstance(self.track_data, Unset)
        if key == "shortResponse":
            return not isinstance(self.short_response, Unset)
        if key == "noTextDetails":
            return not isinstance(self.no_text_details, Unset)
        if key == "showTimezone":
            return not isinstance(self.show_timezone, Unset)
        if key == "idempotencyId":
            return not isinstance(self.idempotency_id, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.custom_fields import CustomFields  # noqa: E402
