from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.message_data import MessageData


T = TypeVar("T", bound="WelcomeMessage")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "created_timestamp",
        "message_data",
        "source_app_id",
        "name",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class WelcomeMessage:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        created_timestamp (str):
        message_data (MessageData):
        source_app_id (str | Unset): A 64-bit id as a decimal string.
        name (str | Unset):
    """

    id: str
    created_timestamp: str
    message_data: MessageData
    source_app_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        created_timestamp: str,
        message_data: MessageData,
        source_app_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.created_timestamp = created_timestamp
        self.message_data = message_data
        self.source_app_id = source_app_id
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, created_timestamp={self.created_timestamp!r}, message_data={self.message_data!r}, source_app_id={self.source_app_id!r}, name={self.name!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.created_timestamp == other.created_timestamp
            and self.message_data == other.message_data
            and self.source_app_id == other.source_app_id
            and self.name == other.name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_timestamp = self.created_timestamp

        message_data = self.message_data.to_dict()

        source_app_id = self.source_app_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_timestamp": created_timestamp,
                "message_data": message_data,
            }
        )
        if source_app_id is not UNSET:
            field_dict["source_app_id"] = source_app_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_timestamp = d["created_timestamp"]

        message_data = MessageData.from_dict(d["message_data"])

        source_app_id = d.get("source_app_id", UNSET)

        name = d.get("name", UNSET)

        if cls.__init__ is WelcomeMessage.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.created_timestamp = created_timestamp
            _made.message_data = message_data
            _made.source_app_id = source_app_id
            _made.name = name
            welcome_message = _made
        else:
            welcome_message = cls(
                id=id,
                created_timestamp=created_timestamp,
                message_data=message_data,
                source_app_id=source_app_id,
                name=name,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 3 + ("source_app_id" in d) + ("name" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        welcome_message.additional_properties = d
        return welcome_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "created_timestamp":
            if isinstance(self.created_timestamp, Unset):
                raise KeyError(key)
            return self.created_timestamp
        if key == "message_data":
            if isinstance(self.message_data, Unset):
                raise KeyError(key)
            return self.message_data
        if key == "source_app_id":
            if isinstance(self.source_app_id, Unset):
                raise KeyError(key)
            return self.source_app_id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "created_timestamp":
            self.created_timestamp = value
            return
        if key == "message_data":
            self.message_data = value
            return
        if key == "source_app_id":
            self.source_app_id = value
            return
        if key == "name":
            self.name = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "created_timestamp":
            return not isinstance(self.created_timestamp, Unset)
        if key == "message_data":
            return not isinstance(self.message_data, Unset)
        if key == "source_app_id":
            return not isinstance(self.source_app_id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.message_data import MessageData  # noqa: E402
