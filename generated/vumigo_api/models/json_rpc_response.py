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
    from ..models.json_rpc_error_type_0 import JsonRpcErrorType0


T = TypeVar("T", bound="JsonRpcResponse")
_DECLARED_KEYS = frozenset(
    (
        "jsonrpc",
        "id",
        "result",
        "error",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class JsonRpcResponse:
    """`result` holds the method's result (see `x-jsonrpc-methods`) when `error` is null or absent.

    Attributes:
        jsonrpc (str | Unset):
        id (int | None | str | Unset):
        result (Any | Unset): The method's result (any JSON value).
        error (JsonRpcErrorType0 | None | Unset): A fault: legacy txJSON-RPC (`fault`, `faultCode`, `faultString`) or
            JSON-RPC 2.0 (`code`,
            `message`, `data`).
    """

    jsonrpc: str | Unset = UNSET
    id: int | None | str | Unset = UNSET
    result: Any | Unset = UNSET
    error: JsonRpcErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        jsonrpc: str | Unset = UNSET,
        id: int | None | str | Unset = UNSET,
        result: Any | Unset = UNSET,
        error: JsonRpcErrorType0 | None | Unset = UNSET,
    ) -> None:
        self.jsonrpc = jsonrpc
        self.id = id
        self.result = result
        self.error = error
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(jsonrpc={self.jsonrpc!r}, id={self.id!r}, result={self.result!r}, error={self.error!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.jsonrpc == other.jsonrpc
            and self.id == other.id
            and self.result == other.result
            and self.error == other.error
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        result = self.result

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, JsonRpcErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jsonrpc is not UNSET:
            field_dict["jsonrpc"] = jsonrpc
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        jsonrpc = d.get("jsonrpc", UNSET)

        id = d.get("id", UNSET)

        result = d.get("result", UNSET)

        def _parse_error(data: object) -> JsonRpcErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_json_rpc_error_type_0 = JsonRpcErrorType0.from_dict(data)

                return componentsschemas_json_rpc_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonRpcErrorType0 | None | Unset, data)

        error = _parse_error(d.get("error", UNSET))

        if cls.__init__ is JsonRpcResponse.__init__:
            _made = _new_instance(cls)
            _made.jsonrpc = jsonrpc
            _made.id = id
            _made.result = result
            _made.error = error
            json_rpc_response = _made
        else:
            json_rpc_response = cls(
                jsonrpc=jsonrpc,
                id=id,
                result=result,
                error=error,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        json_rpc_response.additional_properties = d
        return json_rpc_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "jsonrpc":
            if isinstance(self.jsonrpc, Unset):
                raise KeyError(key)
            return self.jsonrpc
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "result":
            if isinstance(self.result, Unset):
                raise KeyError(key)
            return self.result
        if key == "error":
            if isinstance(self.error, Unset):
                raise KeyError(key)
            return self.error
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "jsonrpc":
            self.jsonrpc = value
            return
        if key == "id":
            self.id = value
            return
        if key == "result":
            self.result = value
            return
        if key == "error":
            self.error = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "jsonrpc":
            return not isinstance(self.jsonrpc, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "result":
            return not isinstance(self.result, Unset)
        if key == "error":
            return not isinstance(self.error, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.json_rpc_error_type_0 import JsonRpcErrorType0  # noqa: E402
