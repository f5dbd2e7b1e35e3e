from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.delivery_report import DeliveryReport


T = TypeVar("T", bound="CheckDeliveryReportsResponse")
_DECLARED_KEYS = frozenset(("delivery_reports",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CheckDeliveryReportsResponse:
    """
    Attributes:
        delivery_reports (list[DeliveryReport]):
    """

    delivery_reports: list[DeliveryReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, delivery_reports: list[DeliveryReport]) -> None:
        self.delivery_reports = delivery_reports
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(delivery_reports={self.delivery_reports!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.delivery_reports == other.delivery_reports
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        delivery_reports = []
        for delivery_reports_item_data in self.delivery_reports:
            delivery_reports_item = delivery_reports_item_data.to_dict()
            delivery_reports.append(delivery_reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_reports": delivery_reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_reports = []
        _delivery_reports = d["delivery_reports"]
        for delivery_reports_item_data in _delivery_reports:
            delivery_reports_item = DeliveryReport.from_dict(delivery_reports_item_data)

            delivery_reports.append(delivery_reports_item)

        if cls.__init__ is CheckDeliveryReportsResponse.__init__:
            _made = _new_instance(cls)
            _made.delivery_reports = delivery_reports
            check_delivery_reports_response = _made
        else:
            check_delivery_reports_response = cls(
                delivery_reports=delivery_reports,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        check_delivery_reports_response.additional_properties = d
        return check_delivery_reports_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "delivery_reports":
            if isinstance(self.delivery_reports, Unset):
                raise KeyError(key)
            return self.delivery_reports
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "delivery_reports":
            self.delivery_reports = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "delivery_reports":
            return not isinstance(self.delivery_reports, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.delivery_report import DeliveryReport  # noqa: E402
