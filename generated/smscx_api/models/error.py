from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="Error")
_DECLARED_KEYS = frozenset(
    (
        "error",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Error:
    """
    Attributes:
        error (ErrorDetail):
        invalid (list[str] | Unset): Rejected phone numbers (errors 1207 / 1210), where the API model puts them.
    """

    error: ErrorDetail
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, error: ErrorDetail, invalid: list[str] | Unset = UNSET) -> None:
        self.error = error
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(error={self.error!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.error == other.error
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = ErrorDetail.from_dict(d["error"])

        invalid = cast(list[str], d.get("invalid", UNSET))

        if cls.__init__ is Error.__init__:
            _made = _new_instance(cls)
            _made.error = error
            _made.invalid = invalid
            error = _made
        else:
            error = cls(
                error=error,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("invalid" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "error":
            if isinstance(self.error, Unset):
                raise KeyError(key)
            return self.error
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "error":
            self.error = value
            return
        if key == "invalid":
            self.invalid = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "error":
            return not isinstance(self.error, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.error_detail import ErrorDetail  # noqa: E402
