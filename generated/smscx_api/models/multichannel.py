from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.quiet_hours import QuietHours


T = TypeVar("T", bound="Multichannel")
_DECLARED_KEYS = frozenset(
    (
        "dlrCallback",
        "receiveCallback",
        "quietHours",
        "ttl",
        "expireAfterTtl",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Multichannel:
    """
    Attributes:
        dlr_callback (None | str):
        receive_callback (None | str):
        quiet_hours (QuietHours):
        ttl (int):
        expire_after_ttl (bool):
    """

    dlr_callback: None | str
    receive_callback: None | str
    quiet_hours: QuietHours
    ttl: int
    expire_after_ttl: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        dlr_callback: None | str,
        receive_callback: None | str,
        quiet_hours: QuietHours,
        ttl: int,
        expire_after_ttl: bool,
    ) -> None:
        self.dlr_callback = dlr_callback
        self.receive_callback = receive_callback
        self.quiet_hours = quiet_hours
        self.ttl = ttl
        self.expire_after_ttl = expire_after_ttl
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(dlr_callback={self.dlr_callback!r}, receive_callback={self.receive_callback!r}, quiet_hours={self.quiet_hours!r}, ttl={self.ttl!r}, expire_after_ttl={self.expire_after_ttl!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.dlr_callback == other.dlr_callback
            and self.receive_callback == other.receive_callback
            and self.quiet_hours == other.quiet_hours
            and self.ttl == other.ttl
            and self.expire_after_ttl == other.expire_after_ttl
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        dlr_callback: None | str
        dlr_callback = self.dlr_callback

        receive_callback: None | str
        receive_callback = self.receive_callback

        quiet_hours = self.quiet_hours.to_dict()

        ttl = self.ttl

        expire_after_ttl = self.expire_after_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dlrCallback": dlr_callback,
                "receiveCallback": receive_callback,
                "quietHours": quiet_hours,
                "ttl": ttl,
                "expireAfterTtl": expire_after_ttl,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dlr_callback = d["dlrCallback"]

        receive_callback = d["receiveCallback"]

        quiet_hours = QuietHours.from_dict(d["quietHours"])

        ttl = d["ttl"]

        expire_after_ttl = d["expireAfterTtl"]

        if cls.__init__ is Multichannel.__init__:
            _made = _new_instance(cls)
            _made.dlr_callback = dlr_callback
            _made.receive_callback = receive_callback
            _made.quiet_hours = quiet_hours
            _made.ttl = ttl
            _made.expire_after_ttl = expire_after_ttl
            multichannel = _made
        else:
            multichannel = cls(
                dlr_callback=dlr_callback,
                receive_callback=receive_callback,
                quiet_hours=quiet_hours,
                ttl=ttl,
                expire_after_ttl=expire_after_ttl,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        multichannel.additional_properties = d
        return multichannel

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "dlrCallback":
            if isinstance(self.dlr_callback, Unset):
                raise KeyError(key)
            return self.dlr_callback
        if key == "receiveCallback":
            if isinstance(self.receive_callback, Unset):
                raise KeyError(key)
            return self.receive_callback
        if key == "quietHours":
            if isinstance(self.quiet_hours, Unset):
                raise KeyError(key)
            return self.quiet_hours
        if key == "ttl":
            if isinstance(self.ttl, Unset):
                raise KeyError(key)
            return self.ttl
        if key == "expireAfterTtl":
            if isinstance(self.expire_after_ttl, Unset):
                raise KeyError(key)
            return self.expire_after_ttl
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "dlrCallback":
            self.dlr_callback = value
            return
        if key == "receiveCallback":
            self.receive_callback = value
            return
        if key == "quietHours":
            self.quiet_hours = value
            return
        if key == "ttl":
            self.ttl = value
            return
        if key == "expireAfterTtl":
            self.expire_after_ttl = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "dlrCallback":
            return not isinstance(self.dlr_callback, Unset)
        if key == "receiveCallback":
            return not isinstance(self.receive_callback, Unset)
        if key == "quietHours":
            return not isinstance(self.quiet_hours, Unset)
        if key == "ttl":
            return not isinstance(self.ttl, Unset)
        if key == "expireAfterTtl":
            return not isinstance(self.expire_after_ttl, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.quiet_hours import QuietHours  # noqa: E402
