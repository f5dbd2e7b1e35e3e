from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.dm_event_type import DmEventType

if TYPE_CHECKING:
    from ..models.dm_event_initiated_via import DmEventInitiatedVia
    from ..models.dm_event_message_create import DmEventMessageCreate


T = TypeVar("T", bound="DmEvent")
_DECLARED_KEYS = frozenset(
    (
        "type",
        "id",
        "created_timestamp",
        "message_create",
        "initiated_via",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DmEvent:
    """
    Attributes:
        type_ (DmEventType):
        id (str): A 64-bit id as a decimal string.
        created_timestamp (str): Milliseconds since the epoch, as a string.
        message_create (DmEventMessageCreate):
        initiated_via (DmEventInitiatedVia | Unset):
    """

    type_: DmEventType
    id: str
    created_timestamp: str
    message_create: DmEventMessageCreate
    initiated_via: DmEventInitiatedVia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type_: DmEventType,
        id: str,
        created_timestamp: str,
        message_create: DmEventMessageCreate,
        initiated_via: DmEventInitiatedVia | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.id = id
        self.created_timestamp = created_timestamp
        self.message_create = message_create
        self.initiated_via = initiated_via
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, id={self.id!r}, created_timestamp={self.created_timestamp!r}, message_create={self.message_create!r}, initiated_via={self.initiated_via!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.id == other.id
            and self.created_timestamp == other.created_timestamp
            and self.message_create == other.message_create
            and self.initiated_via == other.initiated_via
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        created_timestamp = self.created_timestamp

        message_create = self.message_create.to_dict()

        initiated_via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initiated_via, Unset):
            initiated_via = self.initiated_via.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "created_timestamp": created_timestamp,
                "message_create": message_create,
            }
        )
        if initiated_via is not UNSET:
            field_dict["initiated_via"] = initiated_via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = DmEventType(d["type"])

        id = d["id"]

        created_timestamp = d["created_timestamp"]

        message_create = DmEventMessageCreate.from_dict(d["message_create"])

        _initiated_via = d.get("initiated_via", UNSET)
        initiated_via: DmEventInitiatedVia | Unset
        if isinstance(_initiated_via, Unset):
            initiated_via = UNSET
        else:
            initiated_via = DmEventInitiatedVia.from_dict(_initiated_via)

        if cls.__init__ is DmEvent.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.id = id
            _made.created_timestamp = created_timestamp
            _made.message_create = message_create
            _made.initiated_via = initiated_via
            dm_event = _made
        else:
            dm_event = cls(
                type_=type_,
                id=id,
                created_timestamp=created_timestamp,
                message_create=message_create,
                initiated_via=initiated_via,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 + ("initiated_via" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        dm_event.additional_properties = d
        return dm_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "created_timestamp":
            if isinstance(self.created_timestamp, Unset):
                raise KeyError(key)
            return self.created_timestamp
        if key == "message_create":
            if isinstance(self.message_create, Unset):
                raise KeyError(key)
            return self.message_create
        if key == "initiated_via":
            if isinstance(self.initiated_via, Unset):
                raise KeyError(key)
            return self.initiated_via
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "type":
            self.type_ = value
            return
        if key == "id":
            self.id = value
            return
        if key == "created_timestamp":
            self.created_timestamp = value
            return
        if key == "message_create":
            self.message_create = value
            return
        if key == "initiated_via":
            self.initiated_via = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "created_timestamp":
            return not isinstance(self.created_timestamp, Unset)
        if key == "message_create":
            return not isinstance(self.message_create, Unset)
        if key == "initiated_via":
            return not isinstance(self.initiated_via, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.dm_event_initiated_via import DmEventInitiatedVia  # noqa: E402
from ..models.dm_event_message_create import DmEventMessageCreate  # noqa: E402
