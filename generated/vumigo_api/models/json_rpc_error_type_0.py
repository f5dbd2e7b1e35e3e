from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="JsonRpcErrorType0")
_DECLARED_KEYS = frozenset(
    (
        "fault",
        "faultCode",
        "faultString",
        "code",
        "message",
        "data",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class JsonRpcErrorType0:
    """A fault: legacy txJSON-RPC (`fault`, `faultCode`, `faultString`) or JSON-RPC 2.0 (`code`,
    `message`, `data`).

        Attributes:
            fault (str | Unset):
            fault_code (int | Unset):
            fault_string (str | Unset):
            code (int | Unset):
            message (str | Unset):
            data (Any | Unset): Any JSON value.
    """

    fault: str | Unset = UNSET
    fault_code: int | Unset = UNSET
    fault_string: str | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        fault: str | Unset = UNSET,
        fault_code: int | Unset = UNSET,
        fault_string: str | Unset = UNSET,
        code: int | Unset = UNSET,
        message: str | Unset = UNSET,
        data: Any | Unset = UNSET,
    ) -> None:
        self.fault = fault
        self.fault_code = fault_code
        self.fault_string = fault_string
        self.code = code
        self.message = message
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(fault={self.fault!r}, fault_code={self.fault_code!r}, fault_string={self.fault_string!r}, code={self.code!r}, message={self.message!r}, data={self.data!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.fault == other.fault
            and self.fault_code == other.fault_code
            and self.fault_string == other.fault_string
            and self.code == other.code
            and self.message == other.message
            and self.data == other.data
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        fault = self.fault

        fault_code = self.fault_code

        fault_string = self.fault_string

        code = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fault is not UNSET:
            field_dict["fault"] = fault
        if fault_code is not UNSET:
            field_dict["faultCode"] = fault_code
        if fault_string is not UNSET:
            field_dict["faultString"] = fault_string
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        fault = d.get("fault", UNSET)

        fault_code = d.get("faultCode", UNSET)

        fault_string = d.get("faultString", UNSET)

        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        data = d.get("data", UNSET)

        if cls.__init__ is JsonRpcErrorType0.__init__:
            _made = _new_instance(cls)
            _made.fault = fault
            _made.fault_code = fault_code
            _made.fault_string = fault_string
            _made.code = code
            _made.message = message
            _made.data = data
            json_rpc_error_type_0 = _made
        else:
            json_rpc_error_type_0 = cls(
                fault=fault,
                fault_code=fault_code,
                fault_string=fault_string,
                code=code,
                message=message,
                data=data,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        json_rpc_error_type_0.additional_properties = d
        return json_rpc_error_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "fault":
            if isinstance(self.fault, Unset):
                raise KeyError(key)
            return self.fault
        if key == "faultCode":
            if isinstance(self.fault_code, Unset):
                raise KeyError(key)
            return self.fault_code
        if key == "faultString":
            if isinstance(self.fault_string, Unset):
                raise KeyError(key)
            return self.fault_string
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "fault":
            self.fault = value
            return
        if key == "faultCode":
            self.fault_code = value
            return
        if key == "faultString":
            self.fault_string = value
            return
        if key == "code":
            self.code = value
            return
        if key == "message":
            self.message = value
            return
        if key == "data":
            self.data = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "fault":
            return not isinstance(self.fault, Unset)
        if key == "faultCode":
            return not isinstance(self.fault_code, Unset)
        if key == "faultString":
            return not isinstance(self.fault_string, Unset)
        if key == "code":
            return not isinstance(self.code, Unset)
        if key == "message":
            return not isinstance(self.message, Unset)
        if key == "data":
            return not isinstance(self.data, Unset)
        return key in self.additional_properties
