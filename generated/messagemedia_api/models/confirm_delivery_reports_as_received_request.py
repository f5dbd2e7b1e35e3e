from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="ConfirmDeliveryReportsAsReceivedRequest")
_DECLARED_KEYS = frozenset(("delivery_report_ids",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ConfirmDeliveryReportsAsReceivedRequest:
    """
    Attributes:
        delivery_report_ids (list[str]):
    """

    delivery_report_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, delivery_report_ids: list[str]) -> None:
        self.delivery_report_ids = delivery_report_ids
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(delivery_report_ids={self.delivery_report_ids!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.delivery_report_ids == other.delivery_report_ids
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        delivery_report_ids = self.delivery_report_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_report_ids": delivery_report_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_report_ids = cast(list[str], d["delivery_report_ids"])

        if cls.__init__ is ConfirmDeliveryReportsAsReceivedRequest.__init__:
            _made = _new_instance(cls)
            _made.delivery_report_ids = delivery_report_ids
            confirm_delivery_reports_as_received_request = _made
        else:
            confirm_delivery_reports_as_received_request = cls(
                delivery_report_ids=delivery_report_ids,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        confirm_delivery_reports_as_received_request.additional_properties = d
        return confirm_delivery_reports_as_received_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "delivery_report_ids":
            if isinstance(self.delivery_report_ids, Unset):
                raise KeyError(key)
            return self.delivery_report_ids
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "delivery_report_ids":
            self.delivery_report_ids = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "delivery_report_ids":
            return not isinstance(self.delivery_report_ids, Unset)
        return key in self.additional_properties
