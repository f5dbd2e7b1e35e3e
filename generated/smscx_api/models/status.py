from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Status")
_DECLARED_KEYS = frozenset(
    (
        "accepted",
        "delivered",
        "failed",
        "scheduled",
        "noCoverage",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Status:
    """
    Attributes:
        accepted (int):
        delivered (int):
        failed (int):
        scheduled (int):
        no_coverage (int):
    """

    accepted: int
    delivered: int
    failed: int
    scheduled: int
    no_coverage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, accepted: int, delivered: int, failed: int, scheduled: int, no_coverage: int) -> None:
        self.accepted = accepted
        self.delivered = delivered
        self.failed = failed
        self.scheduled = scheduled
        self.no_coverage = no_coverage
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(accepted={self.accepted!r}, delivered={self.delivered!r}, failed={self.failed!r}, scheduled={self.scheduled!r}, no_coverage={self.no_coverage!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.accepted == other.accepted
            and self.delivered == other.delivered
            and self.failed == other.failed
            and self.scheduled == other.scheduled
            and self.no_coverage == other.no_coverage
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        delivered = self.delivered

        failed = self.failed

        scheduled = self.scheduled

        no_coverage = self.no_coverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "delivered": delivered,
                "failed": failed,
                "scheduled": scheduled,
                "noCoverage": no_coverage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        accepted = d["accepted"]

        delivered = d["delivered"]

        failed = d["failed"]

        scheduled = d["scheduled"]

        no_coverage = d["noCoverage"]

        if cls.__init__ is Status.__init__:
            _made = _new_instance(cls)
            _made.accepted = accepted
            _made.delivered = delivered
            _made.failed = failed
            _made.scheduled = scheduled
            _made.no_coverage = no_coverage
            status = _made
        else:
            status = cls(
                accepted=accepted,
                delivered=delivered,
                failed=failed,
                scheduled=scheduled,
                no_coverage=no_coverage,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        status.additional_properties = d
        return status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "accepted":
            if isinstance(self.accepted, Unset):
                raise KeyError(key)
            return self.accepted
        if key == "delivered":
            if isinstance(self.delivered, Unset):
                raise KeyError(key)
            return self.delivered
        if key == "failed":
            if isinstance(self.failed, Unset):
                raise KeyError(key)
            return self.failed
        if key == "scheduled":
            if isinstance(self.scheduled, Unset):
                raise KeyError(key)
            return self.scheduled
        if key == "noCoverage":
            if isinstance(self.no_coverage, Unset):
                raise KeyError(key)
            return self.no_coverage
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "accepted":
            self.accepted = value
            return
        if key == "delivered":
            self.delivered = value
            return
        if key == "failed":
            self.failed = value
            return
        if key == "scheduled":
            self.scheduled = value
            return
        if key == "noCoverage":
            self.no_coverage = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "accepted":
            return not isinstance(self.accepted, Unset)
        if key == "delivered":
            return not isinstance(self.delivered, Unset)
        if key == "failed":
            return not isinstance(self.failed, Unset)
        if key == "scheduled":
            return not isinstance(self.scheduled, Unset)
        if key == "noCoverage":
            return not isinstance(self.no_coverage, Unset)
        return key in self.additional_properties
