from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.v1_error import V1Error


T = TypeVar("T", bound="V1Errors")
_DECLARED_KEYS = frozenset(("errors",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1Errors:
    """
    Attributes:
        errors (list[V1Error]):
    """

    errors: list[V1Error]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, errors: list[V1Error]) -> None:
        self.errors = errors
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(errors={self.errors!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.errors == other.errors and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        errors = []
        _errors = d["errors"]
        for errors_item_data in _errors:
            errors_item = V1Error.from_dict(errors_item_data)

            errors.append(errors_item)

        if cls.__init__ is V1Errors.__init__:
            _made = _new_instance(cls)
            _made.errors = errors
            v1_errors = _made
        else:
            v1_errors = cls(
                errors=errors,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_errors.additional_properties = d
        return v1_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "errors":
            if isinstance(self.errors, Unset):
                raise KeyError(key)
            return self.errors
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "errors":
            self.errors = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "errors":
            return not isinstance(self.errors, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.v1_error import V1Error  # noqa: E402
