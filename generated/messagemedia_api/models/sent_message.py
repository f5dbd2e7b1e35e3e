from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime
from typing import cast

from ..models.message_format import MessageFormat
from ..models.message_status import MessageStatus
from ..models.source_number_type import SourceNumberType

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SentMessage")
_DECLARED_KEYS = frozenset(
    (
        "message_id",
        "status",
        "content",
        "destination_number",
        "callback_url",
        "delivery_report",
        "format",
        "source_number",
        "source_number_type",
        "scheduled",
        "message_expiry_timestamp",
        "metadata",
        "media",
        "subject",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SentMessage:
    """
    Attributes:
        message_id (str):
        status (MessageStatus):
        content (str | Unset):
        destination_number (str | Unset):
        callback_url (str | Unset):
        delivery_report (bool | Unset):
        format_ (MessageFormat | Unset):
        source_number (str | Unset):
        source_number_type (SourceNumberType | Unset):
        scheduled (datetime.datetime | Unset):
        message_expiry_timestamp (datetime.datetime | Unset):
        metadata (Metadata | Unset): Up to 10 pairs, keys up to 100 characters, values up to 256; echoed in reports and
            replies.
        media (list[str] | Unset):
        subject (str | Unset):
    """

    message_id: str
    status: MessageStatus
    content: str | Unset = UNSET
    destination_number: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    delivery_report: bool | Unset = UNSET
    format_: MessageFormat | Unset = UNSET
    source_number: str | Unset = UNSET
    source_number_type: SourceNumberType | Unset = UNSET
    scheduled: datetime.datetime | Unset = UNSET
    message_expiry_timestamp: datetime.datetime | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    media: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        message_id: str,
        status: MessageStatus,
        content: str | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        delivery_report: bool | Unset = UNSET,
        format_: MessageFormat | Unset = UNSET,
        source_number: str | Unset = UNSET,
        source_number_type: SourceNumberType | Unset = UNSET,
        scheduled: datetime.datetime | Unset = UNSET,
        message_expiry_timestamp: datetime.datetime | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        media: list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
    ) -> None:
        self.message_id = message_id
        self.status = status
        self.content = content
        self.destination_number = destination_number
        self.callback_url = callback_url
        self.delivery_report = delivery_report
        self.format_ = format_
        self.source_number = source_number
        self.source_number_type = source_number_type
        self.scheduled = scheduled
        self.message_expiry_timestamp = message_expiry_timestamp
        self.metadata = metadata
        self.media = media
        self.subject = subject
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(message_id={self.message_id!r}, status={self.status!r}, content={self.content!r}, destination_number={self.destination_number!r}, callback_url={self.callback_url!r}, delivery_report={self.delivery_report!r}, format_={self.format_!r}, source_number={self.source_number!r}, source_number_type={self.source_number_type!r}, scheduled={self.scheduled!r}, message_expiry_timestamp={self.message_expiry_timestamp!r}, metadata={self.metadata!r}, media={self.media!r}, subject={self.subject!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message_id == other.message_id
            and self.status == other.status
            and self.content == other.content
            and self.destination_number == other.destination_number
            and self.callback_url == other.callback_url
            and self.delivery_report == other.delivery_report
            and self.format_ == other.format_
            and self.source_number == other.source_number
            and self.source_number_type == other.source_number_type
            and self.scheduled == other.scheduled
            and self.message_expiry_timestamp == other.message_expiry_timestamp
            and self.metadata == other.metadata
            and self.media == other.media
            and self.subject == other.subject
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status.value

        content = self.content

        destination_number = self.destination_number

        callback_url = self.callback_url

        delivery_report = self.delivery_report

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        source_number = self.source_number

        source_number_type: str | Unset = UNSET
        if not isinstance(self.source_number_type, Unset):
            source_number_type = self.source_number_type.value

        scheduled: str | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.isoformat()

        message_expiry_timestamp: str | Unset = UNSET
        if not isinstance(self.message_expiry_timestamp, Unset):
            message_expiry_timestamp = self.message_expiry_timestamp.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        media: list[str] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if delivery_report is not UNSET:
            field_dict["delivery_report"] = delivery_report
        if format_ is not UNSET:
            field_dict["format"] = format_
        if source_number is not UNSET:
            field_dict["source_number"] = source_number
        if source_number_type is not UNSET:
            field_dict["source_number_type"] = source_number_type
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if message_expiry_timestamp is not UNSET:
            field_dict["message_expiry_timestamp"] = message_expiry_timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if media is not UNSET:
            field_dict["media"] = media
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message_id = d["message_id"]

        status = MessageStatus(d["status"])

        content = d.get("content", UNSET)

        destination_number = d.get("destination_number", UNSET)

        callback_url = d.get("callback_url", UNSET)

        delivery_report = d.get("delivery_report", UNSET)

        _format_ = d.get("format", UNSET)
        format_: MessageFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = MessageFormat(_format_)

        source_number = d.get("source_number", UNSET)

        _source_number_type = d.get("source_number_type", UNSET)
        source_number_type: SourceNumberType | Unset
        if isinstance(_source_number_type, Unset):
            source_number_type = UNSET
        else:
            source_number_type = SourceNumberType(_source_number_type)

        _scheduled = d.get("scheduled", UNSET)
        scheduled: datetime.datetime | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = datetime.datetime.fromisoformat(_scheduled)

        _message_expiry_timestamp = d.get("message_expiry_timestamp", UNSET)
        message_expiry_timestamp: datetime.datetime | Unset
        if isinstance(_message_expiry_timestamp, Unset):
            message_expiry_timestamp = UNSET
        else:
            message_expiry_timestamp = datetime.datetime.fromisoformat(_message_expiry_timestamp)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        media = cast(list[str], d.get("media", UNSET))

        subject = d.get("subject", UNSET)

        if cls.__init__ is SentMessage.__init__:
            _made = _new_instance(cls)
            _made.message_id = message_id
            _made.status = status
            _made.content = content
            _made.destination_number = destination_number
            _made.callback_url = callback_url
            _made.delivery_report = delivery_report
            _made.format_ = format_
            _made.source_number = source_number
            _made.source_number_type = source_number_type
            _made.scheduled = scheduled
            _made.message_expiry_timestamp = message_expiry_timestamp
            _made.metadata = metadata
            _made.media = media
            _made.subject = subject
            sent_message = _made
        else:
            sent_message = cls(
                message_id=message_id,
                status=status,
                content=content,
                destination_number=destination_number,
                callback_url=callback_url,
                delivery_report=delivery_report,
                format_=format_,
                source_number=source_number,
                source_number_type=source_number_type,
                scheduled=scheduled,
                message_expiry_timestamp=message_expiry_timestamp,
                metadata=metadata,
                media=media,
                subject=subject,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        sent_message.additional_properties = d
        return sent_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "message_id":
            if isinstance(self.message_id, Unset):
                raise KeyError(key)
            return self.message_id
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "content":
            if isinstance(self.content, Unset):
                raise KeyError(key)
            return self.content
        if key == "destination_number":
            if isinstance(self.destination_number, Unset):
                raise KeyError(key)
            return self.destination_number
        if key == "callback_url":
            if isinstance(self.callback_url, Unset):
                raise KeyError(key)
            return self.callback_url
        if key == "delivery_report":
            if isinstance(self.delivery_report, Unset):
                raise KeyError(key)
            return self.delivery_report
        if key == "format":
            if isinstance(self.format_, Unset):
                raise KeyError(key)
            return self.format_
        if key == "source_number":
            if isinstance(self.source_number, Unset):
                raise KeyError(key)
            return self.source_number
        if key == "source_number_type":
            if isinstance(self.source_number_type, Unset):
                raise KeyError(key)
            return self.source_number_type
        if key == "scheduled":
            if isinstance(self.scheduled, Unset):
                raise KeyError(key)
            return self.scheduled
        if key == "message_expiry_timestamp":
            if isinstance(self.message_expiry_timestamp, Unset):
                raise KeyError(key)
            return self.message_expiry_timestamp
        if key == "metadata":
            if isinstance(self.metadata, Unset):
                raise KeyError(key)
            return self.metadata
        if key == "media":
            if isinstance(self.media, Unset):
                raise KeyError(key)
            return self.media
        if key == "subject":
            if isinstance(self.subject, Unset):
                raise KeyError(key)
            return self.subject
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "message_id":
            self.message_id = value
            return
        if key == "status":
            self.status = value
            return
        if key == "content":
            self.content = value
            return
        if key == "destination_number":
            self.destination_number = value
            return
        if key == "callback_url":
            self.callback_url = value
            return
        if key == "delivery_report":
            self.delivery_report = value
            return
        if key == "format":
            self.format_ = value
            return
        if key == "source_number":
            self.source_number = value
            return
        if key == "source_number_type":
            self.source_number_type = value
            return
        if key == "scheduled":
            self.scheduled = value
            return
        if key == "message_expiry_timestamp":
            self.message_expiry_timestamp = value
            return
        if key == "metadata":
            self.metadata = value
            return
        if key == "media":
            self.media = value
            return
        if key == "subject":
            self.subject = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "message_id":
            return not isinstance(self.message_id, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "content":
            return not isinstance(self.content, Unset)
        if key == "destination_number":
            return not isinstance(self.destination_number, Unset)
        if key == "callback_url":
            return not isinstance(self.callback_url, Unset)
        if key == "delivery_report":
            return not isinstance(self.delivery_report, Unset)
        if key == "format":
            return not isinstance(self.format_, Unset)
        if key == "source_number":
            return not isinstance(self.source_number, Unset)
        if key == "source_number_type":
            return not isinstance(self.source_number_type, Unset)
        if key == "scheduled":
            return not isinstance(self.scheduled, Unset)
        if key == "message_expiry_timestamp":
            return not isinstance(self.message_expiry_timestamp, Unset)
        if key == "metadata":
            return not isinstance(self.metadata, Unset)
        if key == "media":
            return not isinstance(self.media, Unset)
        if key == "subject":
            return not isinstance(self.subject, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.metadata import Metadata  # noqa: E402
