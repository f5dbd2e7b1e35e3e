from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.text import Text


T = TypeVar("T", bound="TransliterationAnalysis")
_DECLARED_KEYS = frozenset(
    (
        "totalOriginalCost",
        "totalOriginalParts",
        "totalReplacedCost",
        "totalReplacedParts",
        "totalCostSaved",
        "totalPartsSaved",
        "text",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TransliterationAnalysis:
    """
    Attributes:
        total_original_cost (float):
        total_original_parts (int):
        total_replaced_cost (float):
        total_replaced_parts (int):
        total_cost_saved (int):
        total_parts_saved (int):
        text (Text):
    """

    total_original_cost: float
    total_original_parts: int
    total_replaced_cost: float
    total_replaced_parts: int
    total_cost_saved: int
    total_parts_saved: int
    text: Text
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_original_cost: float,
        total_original_parts: int,
        total_replaced_cost: float,
        total_replaced_parts: int,
        total_cost_saved: int,
        total_parts_saved: int,
        text: Text,
    ) -> None:
        self.total_original_cost = total_original_cost
        self.total_original_parts = total_original_parts
        self.total_replaced_cost = total_replaced_cost
        self.total_replaced_parts = total_replaced_parts
        self.total_cost_saved = total_cost_saved
        self.total_parts_saved = total_parts_saved
        self.text = text
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_original_cost={self.total_original_cost!r}, total_original_parts={self.total_original_parts!r}, total_replaced_cost={self.total_replaced_cost!r}, total_replaced_parts={self.total_replaced_parts!r}, total_cost_saved={self.total_cost_saved!r}, total_parts_saved={self.total_parts_saved!r}, text={self.text!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_original_cost == other.total_original_cost
            and self.total_original_parts == other.total_original_parts
            and self.total_replaced_cost == other.total_replaced_cost
            and self.total_replaced_parts == other.total_replaced_parts
            and self.total_cost_saved == other.total_cost_saved
            and self.total_parts_saved == other.total_parts_saved
            and self.text == other.text
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_original_cost = self.total_original_cost

        total_original_parts = self.total_original_parts

        total_replaced_cost = self.total_replaced_cost

        total_replaced_parts = self.total_replaced_parts

        total_cost_saved = self.total_cost_saved

        total_parts_saved = self.total_parts_saved

        text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalOriginalCost": total_original_cost,
                "totalOriginalParts": total_original_parts,
                "totalReplacedCost": total_replaced_cost,
                "totalReplacedParts": total_replaced_parts,
                "totalCostSaved": total_cost_saved,
                "totalPartsSaved": total_parts_saved,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_original_cost = d["totalOriginalCost"]

        total_original_parts = d["totalOriginalParts"]

        total_replaced_cost = d["totalReplacedCost"]

        total_replaced_parts = d["totalReplacedParts"]

        total_cost_saved = d["totalCostSaved"]

        total_parts_saved = d["totalPartsSaved"]

        text = Text.from_dict(d["text"])

        if cls.__init__ is TransliterationAnalysis.__init__:
            _made = _new_instance(cls)
            _made.total_original_cost = total_original_cost
            _made.total_original_parts = total_original_parts
            _made.total_replaced_cost = total_replaced_cost
            _made.total_replaced_parts = total_replaced_parts
            _made.total_cost_saved = total_cost_saved
            _made.total_parts_saved = total_parts_saved
            _made.text = text
            transliteration_analysis = _made
        else:
            transliteration_analysis = cls(
                total_original_cost=total_original_cost,
                total_original_parts=total_original_parts,
                total_replaced_cost=total_replaced_cost,
                total_replaced_parts=total_replaced_parts,
                total_cost_saved=total_cost_saved,
                total_parts_saved=total_parts_saved,
                text=text,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        transliteration_analysis.additional_properties = d
        return transliteration_analysis

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "totalOriginalCost":
            if isinstance(self.total_original_cost, Unset):
                raise KeyError(key)
            return self.total_original_cost
        if key == "totalOriginalParts":
            if isinstance(self.total_original_parts, Unset):
                raise KeyError(key)
            return self.total_original_parts
        if key == "totalReplacedCost":
            if isinstance(self.total_replaced_cost, Unset):
                raise KeyError(key)
            return self.total_replaced_cost
        if key == "totalReplacedParts":
            if isinstance(self.total_replaced_parts, Unset):
                raise KeyError(key)
            return self.total_replaced_parts
        if key == "totalCostSaved":
            if isinstance(self.total_cost_saved, Unset):
                raise KeyError(key)
            return self.total_cost_saved
        if key == "totalPartsSaved":
            if isinstance(self.total_parts_saved, Unset):
                raise KeyError(key)
            return self.total_parts_saved
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "totalOriginalCost":
            self.total_original_cost = value
            return
        if key == "totalOriginalParts":
            self.total_original_parts = value
            return
        if key == "totalReplacedCost":
            self.total_replaced_cost = value
            return
        if key == "totalReplacedParts":
            self.total_replaced_parts = value
            return
        if key == "totalCostSaved":
            self.total_cost_saved = value
            return
        if key == "totalPartsSaved":
            self.total_parts_saved = value
            return
        if key == "text":
            self.text = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "totalOriginalCost":
            return not isinstance(self.total_original_cost, Unset)
        if key == "totalOriginalParts":
            return not isinstance(self.total_original_parts, Unset)
        if key == "totalReplacedCost":
            return not isinstance(self.total_replaced_cost, Unset)
        if key == "totalReplacedParts":
            return not isinstance(self.total_replaced_parts, Unset)
        if key == "totalCostSaved":
            return not isinstance(self.total_cost_saved, Unset)
        if key == "totalPartsSaved":
            return not isinstance(self.total_parts_saved, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.text import Text  # noqa: E402
