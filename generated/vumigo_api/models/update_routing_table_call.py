from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

from ..models.json_rpc_version import JsonRpcVersion
from ..models.update_routing_table_call_method import UpdateRoutingTableCallMethod

if TYPE_CHECKING:
    from ..models.update_routing_table_call_params_item_type_1 import UpdateRoutingTableCallParamsItemType1


T = TypeVar("T", bound="UpdateRoutingTableCall")
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
class UpdateRoutingTableCall:
    """`update_routing_table(campaign_id, routing_table)` (result: null).

    Attributes:
        jsonrpc (JsonRpcVersion):
        id (int): go-http always sends 0.
        method (UpdateRoutingTableCallMethod):
        params (list[str | UpdateRoutingTableCallParamsItemType1]): `[campaign_id, routing_table]`.
    """

    jsonrpc: JsonRpcVersion
    id: int
    method: UpdateRoutingTableCallMethod
    params: list[str | UpdateRoutingTableCallParamsItemType1]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        jsonrpc: JsonRpcVersion,
        id: int,
        method: UpdateRoutingTableCallMethod,
        params: list[str | UpdateRoutingTableCallParamsItemType1],
    ) -> None:
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

        params = []
        for params_item_data in self.params:
            params_item: dict[str, Any] | str
            if isinstance(params_item_data, UpdateRoutingTableCallParamsItemType1):
                params_item = params_item_data.to_dict()
            else:
                params_item = params_item_data
            params.append(params_item)

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

        method = UpdateRoutingTableCallMethod(d["method"])

        params = []
        _params = d["params"]
        for params_item_data in _params:

            def _parse_params_item(data: object) -> str | UpdateRoutingTableCallParamsItemType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    params_item_type_1 = UpdateRoutingTableCallParamsItemType1.from_dict(data)

                    return params_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | UpdateRoutingTableCallParamsItemType1, data)

            params_item = _parse_params_item(params_item_data)

            params.append(params_item)

        if cls.__init__ is UpdateRoutingTableCall.__init__:
            _made = _new_instance(cls)
            _made.jsonrpc = jsonrpc
            _made.id = id
            _made.method = method
            _made.params = params
            update_routing_table_call = _made
        else:
            update_routing_table_call = cls(
                jsonrpc=jsonrpc,
                id=id,
                method=method,
                params=params,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        update_routing_table_call.additional_properties = d
        return update_routing_table_call

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


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.update_routing_table_call_params_item_type_1 import UpdateRoutingTableCallParamsItemType1  # noqa: E402
