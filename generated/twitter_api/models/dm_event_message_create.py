from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.dm_event_message_create_target import DmEventMessageCreateTarget
    from ..models.message_data import MessageData


T = TypeVar("T", bound="DmEventMessageCreate")
_DECLARED_KEYS = frozenset(
    (
        "target",
        "sender_id",
        "message_data",
        "source_app_id",
        "custom_profile_id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DmEventMessageCreate:
    """
    Attributes:
        target (DmEventMessageCreateTarget):
        sender_id (str): A 64-bit id as a decimal string.
        message_data (MessageData):
        source_app_id (str | Unset): A 64-bit id as a decimal string.
        custom_profile_id (str | Unset): A 64-bit id as a decimal string.
    """

    target: DmEventMessageCreateTarget
    sender_id: str
    message_data: MessageData
    source_app_id: str | Unset = UNSET
    custom_profile_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        target: DmEventMessageCreateTarget,
        sender_id: str,
        message_data: MessageData,
        source_app_id: str | Unset = UNSET,
        custom_profile_id: str | Unset = UNSET,
    ) -> None:
        self.target = target
        self.sender_id = sender_id
        self.message_data = message_data
        self.source_app_id = source_app_id
        self.custom_profile_id = custom_profile_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(target={self.target!r}, sender_id={self.sender_id!r}, message_data={self.message_data!r}, source_app_id={self.source_app_id!r}, custom_profile_id={self.custom_profile_id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.target == other.target
            and self.sender_id == other.sender_id
            and self.message_data == other.message_data
            and self.source_app_id == other.source_app_id
            and self.custom_profile_id == other.custom_profile_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        sender_id = self.sender_id

        message_data = self.message_data.to_dict()

        source_app_id = self.source_app_id

        custom_profile_id = self.custom_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "sender_id": sender_id,
                "message_data": message_data,
            }
        )
        if source_app_id is not UNSET:
            field_dict["source_app_id"] = source_app_id
        if custom_profile_id is not UNSET:
            field_dict["custom_profile_id"] = custom_profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        target = DmEventMessageCreateTarget.from_dict(d["target"])

        sender_id = d["sender_id"]

        message_data = MessageData.from_dict(d["message_data"])

        source_app_id = d.get("source_app_id", UNSET)

        custom_profile_id = d.get("custom_profile_id", UNSET)

        if cls.__init__ is DmEventMessageCreate.__init__:
            _made = _new_instance(cls)
            _made.target = target
            _made.sender_id = sender_id
            _made.message_data = message_data
            _made.source_app_id = source_app_id
            _made.custom_profile_id = custom_profile_id
            dm_event_message_create = _made
        else:
            dm_event_message_create = cls(
                target=target,
                sender_id=sender_id,
                message_data=message_data,
                source_app_id=source_app_id,
                custom_profile_id=custom_profile_id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 3 + ("source_app_id" in d) + ("custom_profile_id" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        dm_event_message_create.additional_properties = d
        return dm_event_message_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "target":
            if isinstance(self.target, Unset):
                raise KeyError(key)
            return self.target
        if key == "sender_id":
            if isinstance(self.sender_id, Unset):
                raise KeyError(key)
            return self.sender_id
        if key == "message_data":
            if isinstance(self.message_data, Unset):
                raise KeyError(key)
            return self.message_data
        if key == "source_app_id":
            if isinstance(self.source_app_id, Unset):
                raise KeyError(key)
            return self.source_app_id
        if key == "custom_profile_id":
            if isinstance(self.custom_profile_id, Unset):
                raise KeyError(key)
            return self.custom_profile_id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "target":
            self.target = value
            return
        if key == "sender_id":
            self.sender_id = value
            return
        if key == "message_data":
            self.message_data = value
            return
        if key == "source_app_id":
            self.source_app_id = value
            return
        if key == "custom_profile_id":
            self.custom_profile_id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "target":
            return not isinstance(self.target, Unset)
        if key == "sender_id":
            return not isinstance(self.sender_id, Unset)
        if key == "message_data":
            return not isinstance(self.message_data, Unset)
        if key == "source_app_id":
            return not isinstance(self.source_app_id, Unset)
        if key == "custom_profile_id":
            return not isinstance(self.custom_profile_id, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.dm_event_message_create_target import DmEventMessageCreateTarget  # noqa: E402
from ..models.message_data import MessageData  # noqa: E402
