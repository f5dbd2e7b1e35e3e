from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.conversation import Conversation
    from ..models.router import Router
    from ..models.routing_entry import RoutingEntry


T = TypeVar("T", bound="RoutingTable")
_DECLARED_KEYS = frozenset(
    (
        "channels",
        "conversations",
        "routers",
        "routing_entries",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RoutingTable:
    """
    Attributes:
        channels (list[Channel]):
        conversations (list[Conversation]):
        routers (list[Router]):
        routing_entries (list[RoutingEntry]):
    """

    channels: list[Channel]
    conversations: list[Conversation]
    routers: list[Router]
    routing_entries: list[RoutingEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        channels: list[Channel],
        conversations: list[Conversation],
        routers: list[Router],
        routing_entries: list[RoutingEntry],
    ) -> None:
        self.channels = channels
        self.conversations = conversations
        self.routers = routers
        self.routing_entries = routing_entries
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(channels={self.channels!r}, conversations={self.conversations!r}, routers={self.routers!r}, routing_entries={self.routing_entries!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.channels == other.channels
            and self.conversations == other.conversations
            and self.routers == other.routers
            and self.routing_entries == other.routing_entries
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        conversations = []
        for conversations_item_data in self.conversations:
            conversations_item = conversations_item_data.to_dict()
            conversations.append(conversations_item)

        routers = []
        for routers_item_data in self.routers:
            routers_item = routers_item_data.to_dict()
            routers.append(routers_item)

        routing_entries = []
        for routing_entries_item_data in self.routing_entries:
            routing_entries_item = routing_entries_item_data.to_dict()
            routing_entries.append(routing_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "conversations": conversations,
                "routers": routers,
                "routing_entries": routing_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        channels = []
        _channels = d["channels"]
        for channels_item_data in _channels:
            channels_item = Channel.from_dict(channels_item_data)

            channels.append(channels_item)

        conversations = []
        _conversations = d["conversations"]
        for conversations_item_data in _conversations:
            conversations_item = Conversation.from_dict(conversations_item_data)

            conversations.append(conversations_item)

        routers = []
        _routers = d["routers"]
        for routers_item_data in _routers:
            routers_item = Router.from_dict(routers_item_data)

            routers.append(routers_item)

        routing_entries = []
        _routing_entries = d["routing_entries"]
        for routing_entries_item_data in _routing_entries:
            routing_entries_item = RoutingEntry.from_dict(routing_entries_item_data)

            routing_entries.append(routing_entries_item)

        if cls.__init__ is RoutingTable.__init__:
            _made = _new_instance(cls)
            _made.channels = channels
            _made.conversations = conversations
            _made.routers = routers
            _made.routing_entries = routing_entries
            routing_table = _made
        else:
            routing_table = cls(
                channels=channels,
                conversations=conversations,
                routers=routers,
                routing_entries=routing_entries,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        routing_table.additional_properties = d
        return routing_table

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "channels":
            if isinstance(self.channels, Unset):
                raise KeyError(key)
            return self.channels
        if key == "conversations":
            if isinstance(self.conversations, Unset):
                raise KeyError(key)
            return self.conversations
        if key == "routers":
            if isinstance(self.routers, Unset):
                raise KeyError(key)
            return self.routers
        if key == "routing_entries":
            if isinstance(self.routing_entries, Unset):
                raise KeyError(key)
            return self.routing_entries
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "channels":
            self.channels = value
            return
        if key == "conversations":
            self.conversations = value
            return
        if key == "routers":
            self.routers = value
            return
        if key == "routing_entries":
            self.routing_entries = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "channels":
            return not isinstance(self.channels, Unset)
        if key == "conversations":
            return not isinstance(self.conversations, Unset)
        if key == "routers":
            return not isinstance(self.routers, Unset)
        if key == "routing_entries":
            return not isinstance(self.routing_entries, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.channel import Channel  # noqa: E402
from ..models.conversation import Conversation  # noqa: E402
from ..models.router import Router  # noqa: E402
from ..models.routing_entry import RoutingEntry  # noqa: E402
