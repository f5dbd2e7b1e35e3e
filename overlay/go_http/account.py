"""``go_http.account.AccountApiClient``: the JSON-RPC account, conversations, channels and routing API.

The methods are generated (``vumigo_api.legacy.account``, from the spec's ``x-jsonrpc-methods``), one JSON-RPC call
each, checked against the method's schema. A fault raises :class:`~go_http.exceptions.JsonRpcException` in either
answer shape (go-http's legacy one or JSON-RPC 2.0), and a success is read with or without ``"error": null``.
"""

from __future__ import annotations

from vumigo_api.legacy.account import AccountApiClient, AsyncAccountApiClient

__all__ = ["AccountApiClient", "AsyncAccountApiClient"]
