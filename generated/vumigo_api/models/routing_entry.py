from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.routing_endpoint_ref import RoutingEndpointRef


T = TypeVar("T", bound="RoutingEntry")
_DECLARED_KEYS = frozenset(
    (
        "source",
        "target",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RoutingEntry:
    """
    Attributes:
        source (RoutingEndpointRef):
        target (RoutingEndpointRef):
    """

    source: RoutingEndpointRef
    target: RoutingEndpointRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, source: RoutingEndpointRef, target: RoutingEndpointRef) -> None:
        self.source = source
        self.target = target
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(source={self.source!r}, target={self.target!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.source == other.source
            and self.target == other.target
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        source = RoutingEndpointRef.from_dict(d["source"])

        target = RoutingEndpointRef.from_dict(d["target"])

        if cls.__init__ is RoutingEntry.__init__:
            _made = _new_instance(cls)
            _made.source = source
            _made.target = target
            routing_entry = _made
        else:
            routing_entry = cls(
                source=source,
                target=target,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        routing_entry.additional_properties = d
        return routing_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "source":
            if isinstance(self.source, Unset):
                raise KeyError(key)
            return self.source
        if key == "target":
            if isinstance(self.target, Unset):
                raise KeyError(key)
            return self.target
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "source":
            self.source = value
            return
        if key == "target":
            self.target = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "source":
            return not isinstance(self.source, Unset)
        if key == "target":
            return not isinstance(self.target, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.routing_endpoint_ref import RoutingEndpointRef  # noqa: E402
