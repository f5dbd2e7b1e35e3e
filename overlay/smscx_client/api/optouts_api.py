"""``OptoutsApi`` and ``AsyncOptoutsApi``: the SMS.CX optouts operations (generated:
``smscx_api.legacy.optouts``)."""

from smscx_api.legacy.optouts import AsyncOptoutsApiOperations, OptoutsApiOperations

from .._api import AsyncApi, SyncApi
from ..model.add_contacts_to_group_request import AddContactsToGroupRequest

__all__ = ["AddContactsToGroupRequest", "AsyncOptoutsApi", "OptoutsApi"]


class OptoutsApi(SyncApi, OptoutsApiOperations):
    """SMS.CX optouts operations (sync)."""


class AsyncOptoutsApi(AsyncApi, AsyncOptoutsApiOperations):
    """SMS.CX optouts operations (async): ``await api.method(...)``."""
