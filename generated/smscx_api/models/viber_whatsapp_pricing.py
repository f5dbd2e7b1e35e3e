from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ViberWhatsappPricing")
_DECLARED_KEYS = frozenset(
    (
        "TRANSACTIONAL",
        "PROMOTIONAL",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ViberWhatsappPricing:
    """
    Attributes:
        transactional (float):
        promotional (float):
    """

    transactional: float
    promotional: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, transactional: float, promotional: float) -> None:
        self.transactional = transactional
        self.promotional = promotional
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(transactional={self.transactional!r}, promotional={self.promotional!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.transactional == other.transactional
            and self.promotional == other.promotional
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        transactional = self.transactional

        promotional = self.promotional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TRANSACTIONAL": transactional,
                "PROMOTIONAL": promotional,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transactional = d["TRANSACTIONAL"]

        promotional = d["PROMOTIONAL"]

        if cls.__init__ is ViberWhatsappPricing.__init__:
            _made = _new_instance(cls)
            _made.transactional = transactional
            _made.promotional = promotional
            viber_whatsapp_pricing = _made
        else:
            viber_whatsapp_pricing = cls(
                transactional=transactional,
                promotional=promotional,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        viber_whatsapp_pricing.additional_properties = d
        return viber_whatsapp_pricing

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "TRANSACTIONAL":
            if isinstance(self.transactional, Unset):
                raise KeyError(key)
            return self.transactional
        if key == "PROMOTIONAL":
            if isinstance(self.promotional, Unset):
                raise KeyError(key)
            return self.promotional
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "TRANSACTIONAL":
            self.transactional = value
            return
        if key == "PROMOTIONAL":
            self.promotional = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "TRANSACTIONAL":
            return not isinstance(self.transactional, Unset)
        if key == "PROMOTIONAL":
            return not isinstance(self.promotional, Unset)
        return key in self.additional_properties
