from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.opt_out_status import OptOutStatus


T = TypeVar("T", bound="OptOutCountResponse")
_DECLARED_KEYS = frozenset(
    (
        "opt_out_count",
        "status",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class OptOutCountResponse:
    """
    Attributes:
        opt_out_count (int):
        status (OptOutStatus):
    """

    opt_out_count: int
    status: OptOutStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, opt_out_count: int, status: OptOutStatus) -> None:
        self.opt_out_count = opt_out_count
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(opt_out_count={self.opt_out_count!r}, status={self.status!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.opt_out_count == other.opt_out_count
            and self.status == other.status
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        opt_out_count = self.opt_out_count

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opt_out_count": opt_out_count,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        opt_out_count = d["opt_out_count"]

        status = OptOutStatus.from_dict(d["status"])

        if cls.__init__ is OptOutCountResponse.__init__:
            _made = _new_instance(cls)
            _made.opt_out_count = opt_out_count
            _made.status = status
            opt_out_count_response = _made
        else:
            opt_out_count_response = cls(
                opt_out_count=opt_out_count,
                status=status,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        opt_out_count_response.additional_properties = d
        return opt_out_count_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "opt_out_count":
            if isinstance(self.opt_out_count, Unset):
                raise KeyError(key)
            return self.opt_out_count
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "opt_out_count":
            self.opt_out_count = value
            return
        if key == "status":
            self.status = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "opt_out_count":
            return not isinstance(self.opt_out_count, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.opt_out_status import OptOutStatus  # noqa: E402
