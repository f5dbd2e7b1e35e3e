from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

from ..models.json_rpc_version import JsonRpcVersion
from ..models.routing_table_call_method import RoutingTableCallMethod

T = TypeVar("T", bound="RoutingTableCall")
_DECLARED_KEYS = frozenset(
    (
        "jsonrpc",
        "id",
        "method",
        "params",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RoutingTableCall:
    """`routing_table(campaign_id)` (result: RoutingTable).

    Attributes:
        jsonrpc (JsonRpcVersion):
        id (int): go-http always sends 0.
        method (RoutingTableCallMethod):
        params (list[str]): `[campaign_id]` (the campaign or account key).
    """

    jsonrpc: JsonRpcVersion
    id: int
    method: RoutingTableCallMethod
    params: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, jsonrpc: JsonRpcVersion, id: int, method: RoutingTableCallMethod, params: list[str]) -> None:
        self.jsonrpc = jsonrpc
        self.id = id
        self.method = method
        self.params = params
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(jsonrpc={self.jsonrpc!r}, id={self.id!r}, method={self.method!r}, params={self.params!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.jsonrpc == other.jsonrpc
            and self.id == other.id
            and self.method == other.method
            and self.params == other.params
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        id = self.id

        method = self.method.value

        params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        jsonrpc = JsonRpcVersion(d["jsonrpc"])

        id = d["id"]

        method = RoutingTableCallMethod(d["method"])

        params = cast(list[str], d["params"])

        if cls.__init__ is RoutingTableCall.__init__:
            _made = _new_instance(cls)
            _made.jsonrpc = jsonrpc
            _made.id = id
            _made.method = method
            _made.params = params
            routing_table_call = _made
        else:
            routing_table_call = cls(
                jsonrpc=jsonrpc,
                id=id,
                method=method,
                params=params,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        routing_table_call.additional_properties = d
        return routing_table_call

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
        if key == "method":
            if isinstance(self.method, Unset):
                raise KeyError(key)
            return self.method
        if key == "params":
            if isinstance(self.params, Unset):
                raise KeyError(key)
            return self.params
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "jsonrpc":
            self.jsonrpc = value
            return
        if key == "id":
            self.id = value
            return
        if key == "method":
            self.method = value
            return
        if key == "params":
            self.params = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "jsonrpc":
            return not isinstance(self.jsonrpc, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "method":
            return not isinstance(self.method, Unset)
        if key == "params":
            return not isinstance(self.params, Unset)
        return key in self.additional_properties
