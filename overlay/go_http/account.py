"""``go_http.account.AccountApiClient``: the JSON-RPC account, conversations, channels and routing API.

Every method is one JSON-RPC call, ``POST {api_url}/api/`` with ``{"jsonrpc": "2.0", "id": 0, "method": ...,
"params": [...]}``. A fault raises :class:`~go_http.exceptions.JsonRpcException` with its code and message,
whether the server answers in the legacy shape (``error: {fault, faultCode, faultString}``) or the JSON-RPC 2.0
one (``error: {code, message, data}``); a success is read with or without ``"error": null`` (go-http needed it).
"""

from __future__ import annotations

from typing import Any

from . import _calls, _inputs
from ._base import AsyncBearerClient, BearerClient
from .exceptions import JsonRpcException


def _campaign(campaign_id: object) -> list[Any]:
    return [_inputs.text("campaign_id", campaign_id)]


def _result(outcome_and_response: tuple[Any, Any]) -> Any:
    outcome, response = outcome_and_response
    if outcome.fault is not None:
        raise JsonRpcException.from_fault(outcome.fault, response)
    return outcome.result


class AccountApiClient(BearerClient):
    """Client for Vumi Go's JSON-RPC account API: ``AccountApiClient(auth_token, api_url=None, session=None)``."""

    def _rpc(self, method: str, params: list[Any]) -> Any:
        return _result(self._run(_calls.rpc(method, params)))

    def campaigns(self) -> list[dict[str, Any]]:
        """The campaigns the account can use (the server always answers one: ``Your Campaign``, the account key)."""
        return self._rpc("campaigns", [])  # type: ignore[no-any-return]

    def conversations(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's conversations (``uuid``, ``type``, ``name``, ``description``, ``endpoints``...)."""
        return self._rpc("conversations", _campaign(campaign_id))  # type: ignore[no-any-return]

    def channels(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's channels (``uuid``, ``tag``, ``name``, ``description``, ``endpoints``)."""
        return self._rpc("channels", _campaign(campaign_id))  # type: ignore[no-any-return]

    def routers(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's routers."""
        return self._rpc("routers", _campaign(campaign_id))  # type: ignore[no-any-return]

    def routing_entries(self, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's routing entries: ``{"source": {"uuid": ...}, "target": {"uuid": ...}}``."""
        return self._rpc("routing_entries", _campaign(campaign_id))  # type: ignore[no-any-return]

    def routing_table(self, campaign_id: str) -> dict[str, Any]:
        """The complete routing table: ``channels``, ``conversations``, ``routers`` and ``routing_entries``."""
        return self._rpc("routing_table", _campaign(campaign_id))  # type: ignore[no-any-return]

    def update_routing_table(self, campaign_id: str, routing_table: dict[str, Any]) -> None:
        """Replace the campaign's routing table with ``routing_table`` (the complete table)."""
        table = _inputs.body("routing_table", routing_table)
        self._rpc("update_routing_table", [*_campaign(campaign_id), table])


class AsyncAccountApiClient(AsyncBearerClient):
    """The async twin of :class:`AccountApiClient`."""

    async def _rpc(self, method: str, params: list[Any]) -> Any:
        return _result(await self._run(_calls.rpc(method, params)))

    async def campaigns(self) -> list[dict[str, Any]]:
        return await self._rpc("campaigns", [])  # type: ignore[no-any-return]

    async def conversations(self, campaign_id: str) -> list[dict[str, Any]]:
        return await self._rpc("conversations", _campaign(campaign_id))  # type: ignore[no-any-return]

    async def channels(self, campaign_id: str) -> list[dict[str, Any]]:
        return await self._rpc("channels", _campaign(campaign_id))  # type: ignore[no-any-return]

    async def routers(self, campaign_id: str) -> list[dict[str, Any]]:
        return await self._rpc("routers", _campaign(campaign_id))  # type: ignore[no-any-return]

    async def routing_entries(self, campaign_id: str) -> list[dict[str, Any]]:
        return await self._rpc("routing_entries", _campaign(campaign_id))  # type: ignore[no-any-return]

    async def routing_table(self, campaign_id: str) -> dict[str, Any]:
        return await self._rpc("routing_table", _campaign(campaign_id))  # type: ignore[no-any-return]

    async def update_routing_table(self, campaign_id: str, routing_table: dict[str, Any]) -> None:
        table = _inputs.body("routing_table", routing_table)
        await self._rpc("update_routing_table", [*_campaign(campaign_id), table])


__all__ = ["AccountApiClient", "AsyncAccountApiClient"]
