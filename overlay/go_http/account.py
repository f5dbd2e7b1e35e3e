"""``go_http.account.AccountApiClient``: the JSON-RPC account, conversations, channels and routing API.

The methods are generated (``vumigo_api.legacy.account``, from the spec's ``x-jsonrpc-methods``). Every method is
one JSON-RPC call, ``POST {api_url}/api/`` with ``{"jsonrpc": "2.0", "id": 0, "method": ..., "params": [...]}``
(checked against the method's schema). A fault raises :class:`~go_http.exceptions.JsonRpcException` with its code
and message, whether the server answers in the legacy shape (``error: {fault, faultCode, faultString}``) or the
JSON-RPC 2.0 one (``error: {code, message, data}``); a success is read with or without ``"error": null`` (go-http
needed it), its result checked against the spec.
"""

from __future__ import annotations

from vumigo_api.legacy.account import AccountApiClientOperations, AsyncAccountApiClientOperations

from ._base import AsyncBearerClient, BearerClient


class AccountApiClient(BearerClient, AccountApiClientOperations):
    """Client for Vumi Go's JSON-RPC account API: ``AccountApiClient(auth_token, api_url=None, session=None)``."""


class AsyncAccountApiClient(AsyncBearerClient, AsyncAccountApiClientOperations):
    """The async twin of :class:`AccountApiClient`."""


__all__ = ["AccountApiClient", "AsyncAccountApiClient"]
