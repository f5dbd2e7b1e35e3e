from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="ErrorDetail")
_DECLARED_KEYS = frozenset(
    (
        "type",
        "code",
        "message",
        "uri",
        "invalid",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ErrorDetail:
    """
    Attributes:
        type_ (str): One of: `access_denied`, `duplicate_id`, `duplicate_value`, `insufficient_credit`,
            `insufficient_scope`, `invalid_api_key`, `invalid_body`, `invalid_client`, `invalid_method`, `invalid_param`,
            `invalid_request`, `invalid_scope`, `no_coverage`, `not_found`, `rate_limit`, `server_error`,
            `unsupported_grant_type`, `invalid_pin`, `otp_expired`, `otp_failed`, `otp_cancelled`, `otp_verified`.
        code (int): API error code (see each operation's description).
        message (str):
        uri (str): Link to the documentation of the error.
        invalid (list[str] | Unset): Rejected phone numbers (errors 1207 / 1210), as the seed README reads them.
    """

    type_: str
    code: int
    message: str
    uri: str
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type_: str, code: int, message: str, uri: str, invalid: list[str] | Unset = UNSET) -> None:
        self.type_ = type_
        self.code = code
        self.message = message
        self.uri = uri
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, code={self.code!r}, message={self.message!r}, uri={self.uri!r}, invalid={self.invalid!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.code == other.code
            and self.message == other.message
            and self.uri == other.uri
            and self.invalid == other.invalid
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        uri = self.uri

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
                "uri": uri,
            }
        )
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        code = d["code"]

        message = d["message"]

        uri = d["uri"]

        invalid = cast(list[str], d.get("invalid", UNSET))

        if cls.__init__ is ErrorDetail.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.code = code
            _made.message = message
            _made.uri = uri
            _made.invalid = invalid
            error_detail = _made
        else:
            error_detail = cls(
                type_=type_,
                code=code,
                message=message,
                uri=uri,
                invalid=invalid,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 + ("invalid" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        error_detail.additional_properties = d
        return error_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        if key == "uri":
            if isinstance(self.uri, Unset):
                raise KeyError(key)
            return self.uri
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "type":
            self.type_ = value
            return
        if key == "code":
            self.code = value
            return
        if key == "message":
            self.message = value
            return
        if key == "uri":
            self.uri = value
            return
        if key == "invalid":
            self.invalid = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "code":
            return not isinstance(self.code, Unset)
        if key == "message":
            return not isinstance(self.message, Unset)
        if key == "uri":
            return not isinstance(self.uri, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        return key in self.additional_properties
