from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.vendor_account_id import VendorAccountId


T = TypeVar("T", bound="Reply")
_DECLARED_KEYS = frozenset(
    (
        "reply_id",
        "message_id",
        "callback_url",
        "content",
        "date_received",
        "destination_number",
        "source_number",
        "vendor_account_id",
        "metadata",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Reply:
    """
    Attributes:
        reply_id (str):
        message_id (str | Unset):
        callback_url (str | Unset):
        content (str | Unset):
        date_received (datetime.datetime | Unset):
        destination_number (str | Unset):
        source_number (str | Unset):
        vendor_account_id (VendorAccountId | Unset):
        metadata (Metadata | Unset): Up to 10 pairs, keys up to 100 characters, values up to 256; echoed in reports and
            replies.
    """

    reply_id: str
    message_id: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    content: str | Unset = UNSET
    date_received: datetime.datetime | Unset = UNSET
    destination_number: str | Unset = UNSET
    source_number: str | Unset = UNSET
    vendor_account_id: VendorAccountId | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        reply_id: str,
        message_id: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        content: str | Unset = UNSET,
        date_received: datetime.datetime | Unset = UNSET,
        destination_number: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        vendor_account_id: VendorAccountId | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
    ) -> None:
        self.reply_id = reply_id
        self.message_id = message_id
        self.callback_url = callback_url
        self.content = content
        self.date_received = date_received
        self.destination_number = destination_number
        self.source_number = source_number
        self.vendor_account_id = vendor_account_id
        self.metadata = metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(reply_id={self.reply_id!r}, message_id={self.message_id!r}, callback_url={self.callback_url!r}, content={self.content!r}, date_received={self.date_received!r}, destination_number={self.destination_number!r}, source_number={self.source_number!r}, vendor_account_id={self.vendor_account_id!r}, metadata={self.metadata!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.reply_id == other.reply_id
            and self.message_id == other.message_id
            and self.callback_url == other.callback_url
            and self.content == other.content
            and self.date_received == other.date_received
            and self.destination_number == other.destination_number
            and self.source_number == other.source_number
            and self.vendor_account_id == other.vendor_account_id
            and self.metadata == other.metadata
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        reply_id = self.reply_id

        message_id = self.message_id

        callback_url = self.callback_url

        content = self.content

        date_received: str | Unset = UNSET
        if not isinstance(self.date_received, Unset):
            date_received = self.date_received.isoformat()

        destination_number = self.destination_number

        source_number = self.source_number

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
                "reply_id": reply_id,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if content is not UNSET:
            field_dict["content"] = content
        if date_received is not UNSET:
            field_dict["date_received"] = date_received
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if source_number is not UNSET:
            field_dict["source_number"] = source_number
        if vendor_account_id is not UNSET:
            field_dict["vendor_account_id"] = vendor_account_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        reply_id = d["reply_id"]

        message_id = d.get("message_id", UNSET)

        callback_url = d.get("callback_url", UNSET)

        content = d.get("content", UNSET)

        _date_received = d.get("date_received", UNSET)
        date_received: datetime.datetime | Unset
        if isinstance(_date_received, Unset):
            date_received = UNSET
        else:
            date_received = datetime.datetime.fromisoformat(_date_received)

        destination_number = d.get("destination_number", UNSET)

        source_number = d.get("source_number", UNSET)

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

        if cls.__init__ is Reply.__init__:
            _made = _new_instance(cls)
            _made.reply_id = reply_id
            _made.message_id = message_id
            _made.callback_url = callback_url
            _made.content = content
            _made.date_received = date_received
            _made.destination_number = destination_number
            _made.source_number = source_number
            _made.vendor_account_id = vendor_account_id
            _made.metadata = metadata
            reply = _made
        else:
            reply = cls(
                reply_id=reply_id,
                message_id=message_id,
                callback_url=callback_url,
                content=content,
                date_received=date_received,
                destination_number=destination_number,
                source_number=source_number,
                vendor_account_id=vendor_account_id,
                metadata=metadata,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        reply.additional_properties = d
        return reply

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "reply_id":
            if isinstance(self.reply_id, Unset):
                raise KeyError(key)
            return self.reply_id
        if key == "message_id":
            if isinstance(self.message_id, Unset):
                raise KeyError(key)
            return self.message_id
        if key == "callback_url":
            if isinstance(self.callback_url, Unset):
                raise KeyError(key)
            return self.callback_url
        if key == "content":
            if isinstance(self.content, Unset):
                raise KeyError(key)
            return self.content
        if key == "date_received":
            if isinstance(self.date_received, Unset):
                raise KeyError(key)
            return self.date_received
        if key == "destination_number":
            if isinstance(self.destination_number, Unset):
                raise KeyError(key)
            return self.destination_number
        if key == "source_number":
            if isinstance(self.source_number, Unset):
                raise KeyError(key)
            return self.source_number
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
        if key == "reply_id":
            self.reply_id = value
            return
        if key == "message_id":
            self.message_id = value
            return
        if key == "callback_url":
            self.callback_url = value
            return
        if key == "content":
            self.content = value
            return
        if key == "date_received":
            self.date_received = value
            return
        if key == "destination_number":
            self.destination_number = value
            return
        if key == "source_number":
            self.source_number = value
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
        if key == "reply_id":
            return not isinstance(self.reply_id, Unset)
        if key == "message_id":
            return not isinstance(self.message_id, Unset)
        if key == "callback_url":
            return not isinstance(self.callback_url, Unset)
        if key == "content":
            return not isinstance(self.content, Unset)
        if key == "date_received":
            return not isinstance(self.date_received, Unset)
        if key == "destination_number":
            return not isinstance(self.destination_number, Unset)
        if key == "source_number":
            return not isinstance(self.source_number, Unset)
        if key == "vendor_account_id":
            return not isinstance(self.vendor_account_id, Unset)
        if key == "metadata":
            return not isinstance(self.metadata, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.metadata import Metadata  # noqa: E402
from ..models.vendor_account_id import VendorAccountId  # noqa: E402
