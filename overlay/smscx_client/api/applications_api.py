"""``ApplicationsApi`` and ``AsyncApplicationsApi``: the SMS.CX applications operations (generated:
``smscx_api.legacy.applications``)."""

from smscx_api.legacy.applications import ApplicationsApiOperations, AsyncApplicationsApiOperations

from .._api import AsyncApi, SyncApi


class ApplicationsApi(SyncApi, ApplicationsApiOperations):
    """SMS.CX applications operations (sync)."""


class AsyncApplicationsApi(AsyncApi, AsyncApplicationsApiOperations):
    """SMS.CX applications operations (async): ``await api.method(...)``."""
