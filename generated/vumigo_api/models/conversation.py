from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.endpoint import Endpoint


T = TypeVar("T", bound="Conversation")
_DECLARED_KEYS = frozenset(
    (
        "uuid",
        "type",
        "name",
        "description",
        "endpoints",
        "status",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Conversation:
    """
    Attributes:
        uuid (str):
        type_ (str):
        name (str):
        description (str):
        endpoints (list[Endpoint]):
        status (str | Unset):
    """

    uuid: str
    type_: str
    name: str
    description: str
    endpoints: list[Endpoint]
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, uuid: str, type_: str, name: str, description: str, endpoints: list[Endpoint], status: str | Unset = UNSET
    ) -> None:
        self.uuid = uuid
        self.type_ = type_
        self.name = name
        self.description = description
        self.endpoints = endpoints
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(uuid={self.uuid!r}, type_={self.type_!r}, name={self.name!r}, description={self.description!r}, endpoints={self.endpoints!r}, status={self.status!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.uuid == other.uuid
            and self.type_ == other.type_
            and self.name == other.name
            and self.description == other.description
            and self.endpoints == other.endpoints
            and self.status == other.status
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        type_ = self.type_

        name = self.name

        description = self.description

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "type": type_,
                "name": name,
                "description": description,
                "endpoints": endpoints,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        uuid = d["uuid"]

        type_ = d["type"]

        name = d["name"]

        description = d["description"]

        endpoints = []
        _endpoints = d["endpoints"]
        for endpoints_item_data in _endpoints:
            endpoints_item = Endpoint.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        status = d.get("status", UNSET)

        if cls.__init__ is Conversation.__init__:
            _made = _new_instance(cls)
            _made.uuid = uuid
            _made.type_ = type_
            _made.name = name
            _made.description = description
            _made.endpoints = endpoints
            _made.status = status
            conversation = _made
        else:
            conversation = cls(
                uuid=uuid,
                type_=type_,
                name=name,
                description=description,
                endpoints=endpoints,
                status=status,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 + ("status" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        conversation.additional_properties = d
        return conversation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "uuid":
            if isinstance(self.uuid, Unset):
                raise KeyError(key)
            return self.uuid
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "description":
            if isinstance(self.description, Unset):
                raise KeyError(key)
            return self.description
        if key == "endpoints":
            if isinstance(self.endpoints, Unset):
                raise KeyError(key)
            return self.endpoints
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "uuid":
            self.uuid = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "name":
            self.name = value
            return
        if key == "description":
            self.description = value
            return
        if key == "endpoints":
            self.endpoints = value
            return
        if key == "status":
            self.status = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "uuid":
            return not isinstance(self.uuid, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "description":
            return not isinstance(self.description, Unset)
        if key == "endpoints":
            return not isinstance(self.endpoints, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.endpoint import Endpoint  # noqa: E402
