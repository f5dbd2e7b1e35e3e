"""``ShortlinksApi`` and ``AsyncShortlinksApi``: the SMS.CX shortlinks operations (generated:
``smscx_api.legacy.shortlinks``)."""

from smscx_api.legacy.shortlinks import AsyncShortlinksApiOperations, ShortlinksApiOperations

from .._api import AsyncApi, SyncApi
from ..model.shortlink_new_request import ShortlinkNewRequest
from ..model.shortlink_update_request import ShortlinkUpdateRequest

__all__ = ["AsyncShortlinksApi", "ShortlinkNewRequest", "ShortlinkUpdateRequest", "ShortlinksApi"]


class ShortlinksApi(SyncApi, ShortlinksApiOperations):
    """SMS.CX shortlinks operations (sync)."""


class AsyncShortlinksApi(AsyncApi, AsyncShortlinksApiOperations):
    """SMS.CX shortlinks operations (async): ``await api.method(...)``."""
