from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Otp")
_DECLARED_KEYS = frozenset(
    (
        "template",
        "from",
        "pinType",
        "pinLength",
        "ttl",
        "maxAttempts",
        "otpCallback",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Otp:
    """
    Attributes:
        template (str):
        from_ (str):
        pin_type (str): One of: `letters`, `numbers`, `alphanumeric`.
        pin_length (int):
        ttl (int):
        max_attempts (int):
        otp_callback (None | str):
    """

    template: str
    from_: str
    pin_type: str
    pin_length: int
    ttl: int
    max_attempts: int
    otp_callback: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        template: str,
        from_: str,
        pin_type: str,
        pin_length: int,
        ttl: int,
        max_attempts: int,
        otp_callback: None | str,
    ) -> None:
        self.template = template
        self.from_ = from_
        self.pin_type = pin_type
        self.pin_length = pin_length
        self.ttl = ttl
        self.max_attempts = max_attempts
        self.otp_callback = otp_callback
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(template={self.template!r}, from_={self.from_!r}, pin_type={self.pin_type!r}, pin_length={self.pin_length!r}, ttl={self.ttl!r}, max_attempts={self.max_attempts!r}, otp_callback={self.otp_callback!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.template == other.template
            and self.from_ == other.from_
            and self.pin_type == other.pin_type
            and self.pin_length == other.pin_length
            and self.ttl == other.ttl
            and self.max_attempts == other.max_attempts
            and self.otp_callback == other.otp_callback
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        from_ = self.from_

        pin_type = self.pin_type

        pin_length = self.pin_length

        ttl = self.ttl

        max_attempts = self.max_attempts

        otp_callback: None | str
        otp_callback = self.otp_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "from": from_,
                "pinType": pin_type,
                "pinLength": pin_length,
                "ttl": ttl,
                "maxAttempts": max_attempts,
                "otpCallback": otp_callback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        template = d["template"]

        from_ = d["from"]

        pin_type = d["pinType"]

        pin_length = d["pinLength"]

        ttl = d["ttl"]

        max_attempts = d["maxAttempts"]

        otp_callback = d["otpCallback"]

        if cls.__init__ is Otp.__init__:
            _made = _new_instance(cls)
            _made.template = template
            _made.from_ = from_
            _made.pin_type = pin_type
            _made.pin_length = pin_length
            _made.ttl = ttl
            _made.max_attempts = max_attempts
            _made.otp_callback = otp_callback
            otp = _made
        else:
            otp = cls(
                template=template,
                from_=from_,
                pin_type=pin_type,
                pin_length=pin_length,
                ttl=ttl,
                max_attempts=max_attempts,
                otp_callback=otp_callback,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        otp.additional_properties = d
        return otp

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "template":
            if isinstance(self.template, Unset):
                raise KeyError(key)
            return self.template
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "pinType":
            if isinstance(self.pin_type, Unset):
                raise KeyError(key)
            return self.pin_type
        if key == "pinLength":
            if isinstance(self.pin_length, Unset):
                raise KeyError(key)
            return self.pin_length
        if key == "ttl":
            if isinstance(self.ttl, Unset):
                raise KeyError(key)
            return self.ttl
        if key == "maxAttempts":
            if isinstance(self.max_attempts, Unset):
                raise KeyError(key)
            return self.max_attempts
        if key == "otpCallback":
            if isinstance(self.otp_callback, Unset):
                raise KeyError(key)
            return self.otp_callback
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "template":
            self.template = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "pinType":
            self.pin_type = value
            return
        if key == "pinLength":
            self.pin_length = value
            return
        if key == "ttl":
            self.ttl = value
            return
        if key == "maxAttempts":
            self.max_attempts = value
            return
        if key == "otpCallback":
            self.otp_callback = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "template":
            return not isinstance(self.template, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "pinType":
            return not isinstance(self.pin_type, Unset)
        if key == "pinLength":
            return not isinstance(self.pin_length, Unset)
        if key == "ttl":
            return not isinstance(self.ttl, Unset)
        if key == "maxAttempts":
            return not isinstance(self.max_attempts, Unset)
        if key == "otpCallback":
            return not isinstance(self.otp_callback, Unset)
        return key in self.additional_properties
