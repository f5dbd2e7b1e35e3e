from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.partial_error import PartialError
    from ..models.space import Space


T = TypeVar("T", bound="SpaceResponse")
_DECLARED_KEYS = frozenset(
    (
        "data",
        "errors",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SpaceResponse:
    """
    Attributes:
        data (Space | Unset):
        errors (list[PartialError] | Unset):
    """

    data: Space | Unset = UNSET
    errors: list[PartialError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, data: Space | Unset = UNSET, errors: list[PartialError] | Unset = UNSET) -> None:
        self.data = data
        self.errors = errors
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(data={self.data!r}, errors={self.errors!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.data == other.data
            and self.errors == other.errors
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _data = d.get("data", UNSET)
        data: Space | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Space.from_dict(_data)

        _errors = d.get("errors", UNSET)
        errors: list[PartialError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = PartialError.from_dict(errors_item_data)

                errors.append(errors_item)

        if cls.__init__ is SpaceResponse.__init__:
            _made = _new_instance(cls)
            _made.data = data
            _made.errors = errors
            space_response = _made
        else:
            space_response = cls(
                data=data,
                errors=errors,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("data" in d) + ("errors" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        space_response.additional_properties = d
        return space_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        if key == "errors":
            if isinstance(self.errors, Unset):
                raise KeyError(key)
            return self.errors
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "data":
            self.data = value
            return
        if key == "errors":
            self.errors = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "data":
            return not isinstance(self.data, Unset)
        if key == "errors":
            return not isinstance(self.errors, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.partial_error import PartialError  # noqa: E402
from ..models.space import Space  # noqa: E402
