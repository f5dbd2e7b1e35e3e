from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.original_text import OriginalText
    from ..models.replaced_text import ReplacedText


T = TypeVar("T", bound="Text")
_DECLARED_KEYS = frozenset(
    (
        "original",
        "replaced",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Text:
    """
    Attributes:
        original (OriginalText):
        replaced (ReplacedText):
    """

    original: OriginalText
    replaced: ReplacedText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, original: OriginalText, replaced: ReplacedText) -> None:
        self.original = original
        self.replaced = replaced
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(original={self.original!r}, replaced={self.replaced!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.original == other.original
            and self.replaced == other.replaced
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        original = self.original.to_dict()

        replaced = self.replaced.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original": original,
                "replaced": replaced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        original = OriginalText.from_dict(d["original"])

        replaced = ReplacedText.from_dict(d["replaced"])

        if cls.__init__ is Text.__init__:
            _made = _new_instance(cls)
            _made.original = original
            _made.replaced = replaced
            text = _made
        else:
            text = cls(
                original=original,
                replaced=replaced,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        text.additional_properties = d
        return text

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "original":
            if isinstance(self.original, Unset):
                raise KeyError(key)
            return self.original
        if key == "replaced":
            if isinstance(self.replaced, Unset):
                raise KeyError(key)
            return self.replaced
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "original":
            self.original = value
            return
        if key == "replaced":
            self.replaced = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "original":
            return not isinstance(self.original, Unset)
        if key == "replaced":
            return not isinstance(self.replaced, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.original_text import OriginalText  # noqa: E402
from ..models.replaced_text import ReplacedText  # noqa: E402
