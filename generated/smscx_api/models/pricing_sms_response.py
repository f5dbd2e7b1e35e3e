from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.network_operator import NetworkOperator


T = TypeVar("T", bound="PricingSmsResponse")
_DECLARED_KEYS = frozenset(())
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class PricingSmsResponse:
    """SMS prices: ISO country code -> operator name -> price."""

    additional_properties: dict[str, NetworkOperator] = _attrs_field(init=False, factory=dict)

    def __init__(self) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if cls.__init__ is PricingSmsResponse.__init__:
            _made = _new_instance(cls)
            pricing_sms_response = _made
        else:
            pricing_sms_response = cls()

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 0 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NetworkOperator.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        pricing_sms_response.additional_properties = additional_properties
        return pricing_sms_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.network_operator import NetworkOperator  # noqa: E402
