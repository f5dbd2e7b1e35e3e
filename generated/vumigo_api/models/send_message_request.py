from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.session_event import SessionEvent

if TYPE_CHECKING:
    from ..models.helper_metadata import HelperMetadata


T = TypeVar("T", bound="SendMessageRequest")
_DECLARED_KEYS = frozenset(
    (
        "to_addr",
        "content",
        "session_event",
        "in_reply_to",
        "helper_metadata",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        to_addr (str):
        content (None | str):
        session_event (SessionEvent | Unset):
        in_reply_to (str | Unset):
        helper_metadata (HelperMetadata | Unset):
    """

    to_addr: str
    content: None | str
    session_event: SessionEvent | Unset = UNSET
    in_reply_to: str | Unset = UNSET
    helper_metadata: HelperMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        to_addr: str,
        content: None | str,
        session_event: SessionEvent | Unset = UNSET,
        in_reply_to: str | Unset = UNSET,
        helper_metadata: HelperMetadata | Unset = UNSET,
    ) -> None:
        self.to_addr = to_addr
        self.content = content
        self.session_event = session_event
        self.in_reply_to = in_reply_to
        self.helper_metadata = helper_metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(to_addr={self.to_addr!r}, content={self.content!r}, session_event={self.session_event!r}, in_reply_to={self.in_reply_to!r}, helper_metadata={self.helper_metadata!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.to_addr == other.to_addr
            and self.content == other.content
            and self.session_event == other.session_event
            and self.in_reply_to == other.in_reply_to
            and self.helper_metadata == other.helper_metadata
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        to_addr = self.to_addr

        content: None | str
        content = self.content

        session_event: str | Unset = UNSET
        if not isinstance(self.session_event, Unset):
            session_event = self.session_event.value

        in_reply_to = self.in_reply_to

        helper_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.helper_metadata, Unset):
            helper_metadata = self.helper_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_addr": to_addr,
                "content": content,
            }
        )
        if session_event is not UNSET:
            field_dict["session_event"] = session_event
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
        if helper_metadata is not UNSET:
            field_dict["helper_metadata"] = helper_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        to_addr = d["to_addr"]

        content = d["content"]

        _session_event = d.get("session_event", UNSET)
        session_event: SessionEvent | Unset
        if isinstance(_session_event, Unset):
            session_event = UNSET
        else:
            session_event = SessionEvent(_session_event)

        in_reply_to = d.get("in_reply_to", UNSET)

        _helper_metadata = d.get("helper_metadata", UNSET)
        helper_metadata: HelperMetadata | Unset
        if isinstance(_helper_metadata, Unset):
            helper_metadata = UNSET
        else:
            helper_metadata = HelperMetadata.from_dict(_helper_metadata)

        if cls.__init__ is SendMessageRequest.__init__:
            _made = _new_instance(cls)
            _made.to_addr = to_addr
            _made.content = content
            _made.session_event = session_event
            _made.in_reply_to = in_reply_to
            _made.helper_metadata = helper_metadata
            send_message_request = _made
        else:
            send_message_request = cls(
                to_addr=to_addr,
                content=content,
                session_event=session_event,
                in_reply_to=in_reply_to,
                helper_metadata=helper_metadata,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 2 + ("session_event" in d) + ("in_reply_to" in d) + ("helper_metadata" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        send_message_request.additional_properties = d
        return send_message_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "to_addr":
            if isinstance(self.to_addr, Unset):
                raise KeyError(key)
            return self.to_addr
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
        if key == "helper_metadata":
            if isinstance(self.helper_metadata, Unset):
                raise KeyError(key)
            return self.helper_metadata
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "to_addr":
            self.to_addr = value
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
        if key == "helper_metadata":
            self.helper_metadata = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "to_addr":
            return not isinstance(self.to_addr, Unset)
        if key == "content":
            return not isinstance(self.content, Unset)
        if key == "session_event":
            return not isinstance(self.session_event, Unset)
        if key == "in_reply_to":
            return not isinstance(self.in_reply_to, Unset)
        if key == "helper_metadata":
            return not isinstance(self.helper_metadata, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.helper_metadata import HelperMetadata  # noqa: E402
