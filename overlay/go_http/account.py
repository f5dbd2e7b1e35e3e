"""``go_http.account.AccountApiClient``: the JSON-RPC account, conversations, channels and routing API.

Every method is one JSON-RPC call, ``POST {api_url}/api/`` with ``{"jsonrpc": "2.0", "id": 0, "method": ...,
"params": [...]}`` (checked against the method's schema in the spec). A fault raises
:class:`~go_http.exceptions.JsonRpcException` with its code and message, whether the server answers in the legacy
shape (``error: {fault, faultCode, faultString}``) or the JSON-RPC 2.0 one (``error: {code, message, data}``); a
success is read with or without ``"error": null`` (go-http needed it), its result checked against the spec.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx

from switchboard_core import Steps, arun, check, jsonrpc_request, parse_jsonrpc_response, run
from vumigo_api.legacy import schemas
from vumigo_api.legacy.account import account_rpc_call

from ._base import AsyncBearerClient, BearerClient
from .exceptions import JsonRpcException


def _rpc(method: str, *params: object) -> Steps[Any]:
    """One JSON-RPC call: its result, or its fault raised as :class:`JsonRpcException`."""
    result_schema = schemas.ACCOUNT_RPC_RESULTS[method]
    call = account_rpc_call(jsonrpc_request(method, params))

    def parse(response: httpx.Response) -> Any:
        outcome = parse_jsonrpc_response(call.parse(response))
        if outcome.fault is None and result_schema is not None:
            check("result", outcome.result, result_schema)
        return outcome, response

    outcome, response = yield replace(call, parse=parse)
    if outcome.fault is not None:
        raise JsonRpcException.from_fault(outcome.fault, response)
    return outcome.result


class AccountApiClient(BearerClient):
    """Client for Vumi Go's JSON-RPC account API: ``AccountApiClient(auth_token, api_url=None, session=None)``."""

    def campaigns(self) -> list[dict[str, Any]]:
        """The campaigns the account can use (the server always answers one: ``Your Campaign``, the account key)."""
        return run(_rpc("campaigns"), self._invoker)

    def conversations(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's conversations (``uuid``, ``type``, ``name``, ``description``, ``endpoints``...)."""
        return run(_rpc("conversations", campaign_id), self._invoker)

    def channels(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's channels (``uuid``, ``tag``, ``name``, ``description``, ``endpoints``)."""
        return run(_rpc("channels", campaign_id), self._invoker)

    def routers(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's routers."""
        return run(_rpc("routers", campaign_id), self._invoker)

    def routing_entries(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's routing entries: ``{"source": {"uuid": ...}, "target": {"uuid": ...}}``."""
        return run(_rpc("routing_entries", campaign_id), self._invoker)

    def routing_table(self, campaign_id: str) -> dict[str, Any]:
        """The complete routing table: ``channels``, ``conversations``, ``routers`` and ``routing_entries``."""
        return run(_rpc("routing_table", campaign_id), self._invoker)

    def update_routing_table(self, campaign_id: str, routing_table: dict[str, Any]) -> None:
        """Replace the campaign's routing table with ``routing_table`` (the complete table)."""
        run(_rpc("update_routing_table", campaign_id, routing_table), self._invoker)


class AsyncAccountApiClient(AsyncBearerClient):
    """The async twin of :class:`AccountApiClient`."""

    async def campaigns(self) -> list[dict[str, Any]]:
        return await arun(_rpc("campaigns"), self._invoker)

    async def conversations(self, campaign_id: str) -> list[dict[str, Any]]:
        return await arun(_rpc("conversations", campaign_id), self._invoker)

    async def channels(self, campaign_id: str) -> list[dict[str, Any]]:
        return await arun(_rpc("channels", campaign_id), self._invoker)

    async def routers(self, campaign_id: str) -> list[dict[str, Any]]:
        return await arun(_rpc("routers", campaign_id), self._invoker)

    async def routing_entries(self, campaign_id: str) -> list[dict[str, Any]]:
        return await arun(_rpc("routing_entries", campaign_id), self._invoker)

    async def routing_table(self, campaign_id: str) -> dict[str, Any]:
        return await arun(_rpc("routing_table", campaign_id), self._invoker)

    async def update_routing_table(self, campaign_id: str, routing_table: dict[str, Any]) -> None:
        await arun(_rpc("update_routing_table", campaign_id, routing_table), self._invoker)


__all__ = ["AccountApiClient", "AsyncAccountApiClient"]
