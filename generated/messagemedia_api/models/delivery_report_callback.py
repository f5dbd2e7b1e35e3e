from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

from ..models.delivery_report_status import DeliveryReportStatus

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.vendor_account_id import VendorAccountId


T = TypeVar("T", bound="DeliveryReportCallback")
_DECLARED_KEYS = frozenset(
    (
        "delivery_report_id",
        "message_id",
        "date_received",
        "status",
        "callback_url",
        "source_number",
        "delay",
        "submitted_date",
        "original_text",
        "vendor_account_id",
        "metadata",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DeliveryReportCallback:
    """What MessageMedia POSTs to a message's callback_url when its delivery report arrives.

    Attributes:
        delivery_report_id (str):
        message_id (str):
        date_received (datetime.datetime):
        status (DeliveryReportStatus):
        callback_url (str | Unset):
        source_number (str | Unset): The destination of the original message (numbers are swapped in reports).
        delay (int | Unset):
        submitted_date (datetime.datetime | Unset):
        original_text (str | Unset):
        vendor_account_id (VendorAccountId | Unset):
        metadata (Metadata | Unset): Up to 10 pairs, keys up to 100 characters, values up to 256; echoed in reports and
            replies.
    """

    delivery_report_id: str
    message_id: str
    date_received: datetime.datetime
    status: DeliveryReportStatus
    callback_url: str | Unset = UNSET
    source_number: str | Unset = UNSET
    delay: int | Unset = UNSET
    submitted_date: datetime.datetime | Unset = UNSET
    original_text: str | Unset = UNSET
    vendor_account_id: VendorAccountId | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        delivery_report_id: str,
        message_id: str,
        date_received: datetime.datetime,
        status: DeliveryReportStatus,
        callback_url: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        delay: int | Unset = UNSET,
        submitted_date: datetime.datetime | Unset = UNSET,
        original_text: str | Unset = UNSET,
        vendor_account_id: VendorAccountId | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
    ) -> None:
        self.delivery_report_id = delivery_report_id
        self.message_id = message_id
        self.date_received = date_received
        self.status = status
        self.callback_url = callback_url
        self.source_number = source_number
        self.delay = delay
        self.submitted_date = submitted_date
        self.original_text = original_text
        self.vendor_account_id = vendor_account_id
        self.metadata = metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(delivery_report_id={self.delivery_report_id!r}, message_id={self.message_id!r}, date_received={self.date_received!r}, status={self.status!r}, callback_url={self.callback_url!r}, source_number={self.source_number!r}, delay={self.delay!r}, submitted_date={self.submitted_date!r}, original_text={self.original_text!r}, vendor_account_id={self.vendor_account_id!r}, metadata={self.metadata!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.delivery_report_id == other.delivery_report_id
            and self.message_id == other.message_id
            and self.date_received == other.date_received
            and self.status == other.status
            and self.callback_url == other.callback_url
            and self.source_number == other.source_number
            and self.delay == other.delay
            and self.submitted_date == other.submitted_date
            and self.original_text == other.original_text
            and self.vendor_account_id == other.vendor_account_id
            and self.metadata == other.metadata
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        delivery_report_id = self.delivery_report_id

        message_id = self.message_id

        date_received = self.date_received.isoformat()

        status = self.status.value

        callback_url = self.callback_url

        source_number = self.source_number

        delay = self.delay

        submitted_date: str | Unset = UNSET
        if not isinstance(self.submitted_date, Unset):
            submitted_date = self.submitted_date.isoformat()

        original_text = self.original_text

        vendor_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_account_id, Unset):
            vendor_account_id = self.vendor_account_id.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_report_id": delivery_report_id,
                "message_id": message_id,
                "date_received": date_received,
                "status": status,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if source_number is not UNSET:
            field_dict["source_number"] = source_number
        if delay is not UNSET:
            field_dict["delay"] = delay
        if submitted_date is not UNSET:
            field_dict["submitted_date"] = submitted_date
        if original_text is not UNSET:
            field_dict["original_text"] = original_text
        if vendor_account_id is not UNSET:
            field_dict["vendor_account_id"] = vendor_account_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_report_id = d["delivery_report_id"]

        message_id = d["message_id"]

        date_received = datetime.datetime.fromisoformat(d["date_received"])

        status = DeliveryReportStatus(d["status"])

        callback_url = d.get("callback_url", UNSET)

        source_number = d.get("source_number", UNSET)

        delay = d.get("delay", UNSET)

        _submitted_date = d.get("submitted_date", UNSET)
        submitted_date: datetime.datetime | Unset
        if isinstance(_submitted_date, Unset):
            submitted_date = UNSET
        else:
            submitted_date = datetime.datetime.fromisoformat(_submitted_date)

        original_text = d.get("original_text", UNSET)

        _vendor_account_id = d.get("vendor_account_id", UNSET)
        vendor_account_id: VendorAccountId | Unset
        if isinstance(_vendor_account_id, Unset):
            vendor_account_id = UNSET
        else:
            vendor_account_id = VendorAccountId.from_dict(_vendor_account_id)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        if cls.__init__ is DeliveryReportCallback.__init__:
            _made = _new_instance(cls)
            _made.delivery_report_id = delivery_report_id
            _made.message_id = message_id
            _made.date_received = date_received
            _made.status = status
            _made.callback_url = callback_url
            _made.source_number = source_number
            _made.delay = delay
            _made.submitted_date = submitted_date
            _made.original_text = original_text
            _made.vendor_account_id = vendor_account_id
            _made.metadata = metadata
            delivery_report_callback = _made
        else:
            delivery_report_callback = cls(
                delivery_report_id=delivery_report_id,
                message_id=message_id,
                date_received=date_received,
                status=status,
                callback_url=callback_url,
                source_number=source_number,
                delay=delay,
                submitted_date=submitted_date,
                original_text=original_text,
                vendor_account_id=vendor_account_id,
                metadata=metadata,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        delivery_report_callback.additional_properties = d
        return delivery_report_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "delivery_report_id":
            if isinstance(self.delivery_report_id, Unset):
                raise KeyError(key)
            return self.delivery_report_id
        if key == "message_id":
            if isinstance(self.message_id, Unset):
                raise KeyError(key)
            return self.message_id
        if key == "date_received":
            if isinstance(self.date_received, Unset):
                raise KeyError(key)
            return self.date_received
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "callback_url":
            if isinstance(self.callback_url, Unset):
                raise KeyError(key)
            return self.callback_url
        if key == "source_number":
            if isinstance(self.source_number, Unset):
                raise KeyError(key)
            return self.source_number
        if key == "delay":
            if isinstance(self.delay, Unset):
                raise KeyError(key)
            return self.delay
        if key == "submitted_date":
            if isinstance(self.submitted_date, Unset):
                raise KeyError(key)
            return self.submitted_date
        if key == "original_text":
            if isinstance(self.original_text, Unset):
                raise KeyError(key)
            return self.original_text
        if key == "vendor_account_id":
            if isinstance(self.vendor_account_id, Unset):
                raise KeyError(key)
            return self.vendor_account_id
        if key == "metadata":
            if isinstance(self.metadata, Unset):
                raise KeyError(key)
            return self.metadata
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "delivery_report_id":
            self.delivery_report_id = value
            return
        if key == "message_id":
            self.message_id = value
            return
        if key == "date_received":
            self.date_received = value
            return
        if key == "status":
            self.status = value
            return
        if key == "callback_url":
            self.callback_url = value
            return
        if key == "source_number":
            self.source_number = value
            return
        if key == "delay":
            self.delay = value
            return
        if key == "submitted_date":
            self.submitted_date = value
            return
        if key == "original_text":
            self.original_text = value
            return
        if key == "vendor_account_id":
            self.vendor_account_id = value
            return
        if key == "metadata":
            self.metadata = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "delivery_report_id":
            return not isinstance(self.delivery_report_id, Unset)
        if key == "message_id":
            return not isinstance(self.message_id, Unset)
        if key == "date_received":
            return not isinstance(self.date_received, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "callback_url":
            return not isinstance(self.callback_url, Unset)
        if key == "source_number":
            return not isinstance(self.source_number, Unset)
        if key == "delay":
            return not isinstance(self.delay, Unset)
        if key == "submitted_date":
            return not isinstance(self.submitted_date, Unset)
        if key == "original_text":
            return not isinstance(self.original_text, Unset)
        if key == "vendor_account_id":
            return not isinstance(self.vendor_account_id, Unset)
        if key == "metadata":
            return not isinstance(self.metadata, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.metadata import Metadata  # noqa: E402
from ..models.vendor_account_id import VendorAccountId  # noqa: E402
