from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.outbound_message_helper_metadata import OutboundMessageHelperMetadata


T = TypeVar("T", bound="OutboundMessage")
_DECLARED_KEYS = frozenset(
    (
        "message_id",
        "to_addr",
        "from_addr",
        "content",
        "session_event",
        "in_reply_to",
        "transport_type",
        "message_type",
        "message_version",
        "timestamp",
        "helper_metadata",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OutboundMessage:
    """The vumi message as queued (more fields may be present).

    Attributes:
        message_id (str):
        to_addr (str | Unset):
        from_addr (None | str | Unset):
        content (None | str | Unset):
        session_event (None | str | Unset):
        in_reply_to (None | str | Unset):
        transport_type (None | str | Unset):
        message_type (str | Unset):
        message_version (str | Unset):
        timestamp (str | Unset):
        helper_metadata (OutboundMessageHelperMetadata | Unset):
    """

    message_id: str
    to_addr: str | Unset = UNSET
    from_addr: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    session_event: None | str | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
    transport_type: None | str | Unset = UNSET
    message_type: str | Unset = UNSET
    message_version: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    helper_metadata: OutboundMessageHelperMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        message_id: str,
        to_addr: str | Unset = UNSET,
        from_addr: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_event: None | str | Unset = UNSET,
        in_reply_to: None | str | Unset = UNSET,
        transport_type: None | str | Unset = UNSET,
        message_type: str | Unset = UNSET,
        message_version: str | Unset = UNSET,
        timestamp: str | Unset = UNSET,
        helper_metadata: OutboundMessageHelperMetadata | Unset = UNSET,
    ) -> None:
        self.message_id = message_id
        self.to_addr = to_addr
        self.from_addr = from_addr
        self.content = content
        self.session_event = session_event
        self.in_reply_to = in_reply_to
        self.transport_type = transport_type
        self.message_type = message_type
        self.message_version = message_version
        self.timestamp = timestamp
        self.helper_metadata = helper_metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(message_id={self.message_id!r}, to_addr={self.to_addr!r}, from_addr={self.from_addr!r}, content={self.content!r}, session_event={self.session_event!r}, in_reply_to={self.in_reply_to!r}, transport_type={self.transport_type!r}, message_type={self.message_type!r}, message_version={self.message_version!r}, timestamp={self.timestamp!r}, helper_metadata={self.helper_metadata!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message_id == other.message_id
            and self.to_addr == other.to_addr
            and self.from_addr == other.from_addr
            and self.content == other.content
            and self.session_event == other.session_event
            and self.in_reply_to == other.in_reply_to
            and self.transport_type == other.transport_type
            and self.message_type == other.message_type
            and self.message_version == other.message_version
            and self.timestamp == other.timestamp
            and self.helper_metadata == other.helper_metadata
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        to_addr = self.to_addr

        from_addr: None | str | Unset
        if isinstance(self.from_addr, Unset):
            from_addr = UNSET
        else:
            from_addr = self.from_addr

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        session_event: None | str | Unset
        if isinstance(self.session_event, Unset):
            session_event = UNSET
        else:
            session_event = self.session_event

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        transport_type: None | str | Unset
        if isinstance(self.transport_type, Unset):
            transport_type = UNSET
        else:
            transport_type = self.transport_type

        message_type = self.message_type

        message_version = self.message_version

        timestamp = self.timestamp

        helper_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.helper_metadata, Unset):
            helper_metadata = self.helper_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if to_addr is not UNSET:
            field_dict["to_addr"] = to_addr
        if from_addr is not UNSET:
            field_dict["from_addr"] = from_addr
        if content is not UNSET:
            field_dict["content"] = content
        if session_event is not UNSET:
            field_dict["session_event"] = session_event
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
        if transport_type is not UNSET:
            field_dict["transport_type"] = transport_type
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if message_version is not UNSET:
            field_dict["message_version"] = message_version
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if helper_metadata is not UNSET:
            field_dict["helper_metadata"] = helper_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message_id = d["message_id"]

        to_addr = d.get("to_addr", UNSET)

        from_addr = d.get("from_addr", UNSET)

        content = d.get("content", UNSET)

        session_event = d.get("session_event", UNSET)

        in_reply_to = d.get("in_reply_to", UNSET)

        transport_type = d.get("transport_type", UNSET)

        message_type = d.get("message_type", UNSET)

        message_version = d.get("message_version", UNSET)

        timestamp = d.get("timestamp", UNSET)

        _helper_metadata = d.get("helper_metadata", UNSET)
        helper_metadata: OutboundMessageHelperMetadata | Unset
        if isinstance(_helper_metadata, Unset):
            helper_metadata = UNSET
        else:
            helper_metadata = OutboundMessageHelperMetadata.from_dict(_helper_metadata)

        if cls.__init__ is OutboundMessage.__init__:
            _made = _new_instance(cls)
            _made.message_id = message_id
            _made.to_addr = to_addr
            _made.from_addr = from_addr
            _made.content = content
            _made.session_event = session_event
            _made.in_reply_to = in_reply_to
            _made.transport_type = transport_type
            _made.message_type = message_type
            _made.message_version = message_version
            _made.timestamp = timestamp
            _made.helper_metadata = helper_metadata
            outbound_message = _made
        else:
            outbound_message = cls(
                message_id=message_id,
                to_addr=to_addr,
                from_addr=from_addr,
                content=content,
                session_event=session_event,
                in_reply_to=in_reply_to,
                transport_type=transport_type,
                message_type=message_type,
                message_version=message_version,
                timestamp=timestamp,
                helper_metadata=helper_metadata,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        outbound_message.additional_properties = d
        return outbound_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "message_id":
            if isinstance(self.message_id, Unset):
                raise KeyError(key)
            return self.message_id
        if key == "to_addr":
            if isinstance(self.to_addr, Unset):
                raise KeyError(key)
            return self.to_addr
        if key == "from_addr":
            if isinstance(self.from_addr, Unset):
                raise KeyError(key)
            return self.from_addr
        if key == "content":
            if isinstance(self.content, Unset):
                raise KeyError(key)
            return self.content
        if key == "session_event":
            if isinstance(self.session_event, Unset):
                raise KeyError(key)
            return self.session_event
        if key == "in_reply_to":
            if isinstance(self.in_reply_to, Unset):
                raise KeyError(key)
            return self.in_reply_to
        if key == "transport_type":
            if isinstance(self.transport_type, Unset):
                raise KeyError(key)
            return self.transport_type
        if key == "message_type":
            if isinstance(self.message_type, Unset):
                raise KeyError(key)
            return self.message_type
        if key == "message_version":
            if isinstance(self.message_version, Unset):
                raise KeyError(key)
            return self.message_version
        if key == "timestamp":
            if isinstance(self.timestamp, Unset):
                raise KeyError(key)
            return self.timestamp
        if key == "helper_metadata":
            if isinstance(self.helper_metadata, Unset):
                raise KeyError(key)
            return self.helper_metadata
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "message_id":
            self.message_id = value
            return
        if key == "to_addr":
            self.to_addr = value
            return
        if key == "from_addr":
            self.from_addr = value
            return
        if key == "content":
            self.content = value
            return
        if key == "session_event":
            self.session_event = value
            return
        if key == "in_reply_to":
            self.in_reply_to = value
            return
        if key == "transport_type":
            self.transport_type = value
            return
        if key == "message_type":
            self.message_type = value
            return
        if key == "message_version":
            self.message_version = value
            return
        if key == "timestamp":
            self.timestamp = value
            return
        if key == "helper_metadata":
            self.helper_metadata = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "message_id":
            return not isinstance(self.message_id, Unset)
        if key == "to_addr":
            return not isinstance(self.to_addr, Unset)
        if key == "from_addr":
            return not isinstance(self.from_addr, Unset)
        if key == "content":
            return not isinstance(self.content, Unset)
        if key == "session_event":
            return not isinstance(self.session_event, Unset)
        if key == "in_reply_to":
            return not isinstance(self.in_reply_to, Unset)
        if key == "transport_type":
            return not isinstance(self.transport_type, Unset)
        if key == "message_type":
            return not isinstance(self.message_type, Unset)
        if key == "message_version":
            return not isinstance(self.message_version, Unset)
        if key == "timestamp":
            return not isinstance(self.timestamp, Unset)
        if key == "helper_metadata":
            return not isinstance(self.helper_metadata, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.outbound_message_helper_metadata import OutboundMessageHelperMetadata  # noqa: E402
