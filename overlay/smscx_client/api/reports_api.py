"""``ReportsApi`` and ``AsyncReportsApi``: the SMS.CX reports operations (generated:
``smscx_api.legacy.reports``)."""

from smscx_api.legacy.reports import AsyncReportsApiOperations, ReportsApiOperations

from .._api import AsyncApi, SyncApi


class ReportsApi(SyncApi, ReportsApiOperations):
    """SMS.CX reports operations (sync)."""


class AsyncReportsApi(AsyncApi, AsyncReportsApiOperations):
    """SMS.CX reports operations (async): ``await api.method(...)``."""
