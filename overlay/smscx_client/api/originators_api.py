"""``OriginatorsApi`` and ``AsyncOriginatorsApi``: the SMS.CX originators operations (generated:
``smscx_api.legacy.originators``)."""

from smscx_api.legacy.originators import AsyncOriginatorsApiOperations, OriginatorsApiOperations

from .._api import AsyncApi, SyncApi
from ..model.originator_new_request import OriginatorNewRequest

__all__ = ["AsyncOriginatorsApi", "OriginatorNewRequest", "OriginatorsApi"]


class OriginatorsApi(SyncApi, OriginatorsApiOperations):
    """SMS.CX originators operations (sync)."""


class AsyncOriginatorsApi(AsyncApi, AsyncOriginatorsApiOperations):
    """SMS.CX originators operations (async): ``await api.method(...)``."""
