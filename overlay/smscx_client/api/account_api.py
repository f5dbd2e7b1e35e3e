"""``AccountApi`` and ``AsyncAccountApi``: the SMS.CX account operations (generated:
``smscx_api.legacy.account``)."""

from smscx_api.legacy.account import AccountApiOperations, AsyncAccountApiOperations

from .._api import AsyncApi, SyncApi


class AccountApi(SyncApi, AccountApiOperations):
    """SMS.CX account operations (sync)."""


class AsyncAccountApi(AsyncApi, AsyncAccountApiOperations):
    """SMS.CX account operations (async): ``await api.method(...)``."""
