from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.accepted import Accepted
    from ..models.delivered import Delivered
    from ..models.failed import Failed
    from ..models.no_coverage import NoCoverage
    from ..models.scheduled import Scheduled


T = TypeVar("T", bound="SummaryValue")
_DECLARED_KEYS = frozenset(
    (
        "value",
        "phoneNumbers",
        "parts",
        "costParts",
        "accepted",
        "delivered",
        "failed",
        "scheduled",
        "noCoverage",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SummaryValue:
    """One row of a summary report; which keys are present depends on the dimension.

    Attributes:
        value (str | Unset):
        phone_numbers (int | Unset):
        parts (int | Unset):
        cost_parts (float | Unset):
        accepted (Accepted | Unset):
        delivered (Delivered | Unset):
        failed (Failed | Unset):
        scheduled (Scheduled | Unset):
        no_coverage (NoCoverage | Unset):
    """

    value: str | Unset = UNSET
    phone_numbers: int | Unset = UNSET
    parts: int | Unset = UNSET
    cost_parts: float | Unset = UNSET
    accepted: Accepted | Unset = UNSET
    delivered: Delivered | Unset = UNSET
    failed: Failed | Unset = UNSET
    scheduled: Scheduled | Unset = UNSET
    no_coverage: NoCoverage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        value: str | Unset = UNSET,
        phone_numbers: int | Unset = UNSET,
        parts: int | Unset = UNSET,
        cost_parts: float | Unset = UNSET,
        accepted: Accepted | Unset = UNSET,
        delivered: Delivered | Unset = UNSET,
        failed: Failed | Unset = UNSET,
        scheduled: Scheduled | Unset = UNSET,
        no_coverage: NoCoverage | Unset = UNSET,
    ) -> None:
        self.value = value
        self.phone_numbers = phone_numbers
        self.parts = parts
        self.cost_parts = cost_parts
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
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(value={self.value!r}, phone_numbers={self.phone_numbers!r}, parts={self.parts!r}, cost_parts={self.cost_parts!r}, accepted={self.accepted!r}, delivered={self.delivered!r}, failed={self.failed!r}, scheduled={self.scheduled!r}, no_coverage={self.no_coverage!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.value == other.value
            and self.phone_numbers == other.phone_numbers
            and self.parts == other.parts
            and self.cost_parts == other.cost_parts
            and self.accepted == other.accepted
            and self.delivered == other.delivered
            and self.failed == other.failed
            and self.scheduled == other.scheduled
            and self.no_coverage == other.no_coverage
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        phone_numbers = self.phone_numbers

        parts = self.parts

        cost_parts = self.cost_parts

        accepted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted, Unset):
            accepted = self.accepted.to_dict()

        delivered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivered, Unset):
            delivered = self.delivered.to_dict()

        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        scheduled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.to_dict()

        no_coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no_coverage, Unset):
            no_coverage = self.no_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost_parts is not UNSET:
            field_dict["costParts"] = cost_parts
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if failed is not UNSET:
            field_dict["failed"] = failed
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if no_coverage is not UNSET:
            field_dict["noCoverage"] = no_coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = d.get("value", UNSET)

        phone_numbers = d.get("phoneNumbers", UNSET)

        parts = d.get("parts", UNSET)

        cost_parts = d.get("costParts", UNSET)

        _accepted = d.get("accepted", UNSET)
        accepted: Accepted | Unset
        if isinstance(_accepted, Unset):
            accepted = UNSET
        else:
            accepted = Accepted.from_dict(_accepted)

        _delivered = d.get("delivered", UNSET)
        delivered: Delivered | Unset
        if isinstance(_delivered, Unset):
            delivered = UNSET
        else:
            delivered = Delivered.from_dict(_delivered)

        _failed = d.get("failed", UNSET)
        failed: Failed | Unset
        if isinstance(_failed, Unset):
            failed = UNSET
        else:
            failed = Failed.from_dict(_failed)

        _scheduled = d.get("scheduled", UNSET)
        scheduled: Scheduled | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = Scheduled.from_dict(_scheduled)

        _no_coverage = d.get("noCoverage", UNSET)
        no_coverage: NoCoverage | Unset
        if isinstance(_no_coverage, Unset):
            no_coverage = UNSET
        else:
            no_coverage = NoCoverage.from_dict(_no_coverage)

        if cls.__init__ is SummaryValue.__init__:
            _made = _new_instance(cls)
            _made.value = value
            _made.phone_numbers = phone_numbers
            _made.parts = parts
            _made.cost_parts = cost_parts
            _made.accepted = accepted
            _made.delivered = delivered
            _made.failed = failed
            _made.scheduled = scheduled
            _made.no_coverage = no_coverage
            summary_value = _made
        else:
            summary_value = cls(
                value=value,
                phone_numbers=phone_numbers,
                parts=parts,
                cost_parts=cost_parts,
                accepted=accepted,
                delivered=delivered,
                failed=failed,
                scheduled=scheduled,
                no_coverage=no_coverage,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        summary_value.additional_properties = d
        return summary_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "value":
            if isinstance(self.value, Unset):
                raise KeyError(key)
            return self.value
        if key == "phoneNumbers":
            if isinstance(self.phone_numbers, Unset):
                raise KeyError(key)
            return self.phone_numbers
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "costParts":
            if isinstance(self.cost_parts, Unset):
                raise KeyError(key)
            return self.cost_parts
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
        if key == "value":
            self.value = value
            return
        if key == "phoneNumbers":
            self.phone_numbers = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "costParts":
            self.cost_parts = value
            return
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
        if key == "value":
            return not isinstance(self.value, Unset)
        if key == "phoneNumbers":
            return not isinstance(self.phone_numbers, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "costParts":
            return not isinstance(self.cost_parts, Unset)
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


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.accepted import Accepted  # noqa: E402
from ..models.delivered import Delivered  # noqa: E402
from ..models.failed import Failed  # noqa: E402
from ..models.no_coverage import NoCoverage  # noqa: E402
from ..models.scheduled import Scheduled  # noqa: E402
