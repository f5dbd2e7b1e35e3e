"""``TemplatesApi`` and ``AsyncTemplatesApi``: the SMS.CX templates operations (generated:
``smscx_api.legacy.templates``)."""

from smscx_api.legacy.templates import AsyncTemplatesApiOperations, TemplatesApiOperations

from .._api import AsyncApi, SyncApi
from ..model.templates_new_request import TemplatesNewRequest
from ..model.templates_update_request import TemplatesUpdateRequest

__all__ = ["AsyncTemplatesApi", "TemplatesApi", "TemplatesNewRequest", "TemplatesUpdateRequest"]


class TemplatesApi(SyncApi, TemplatesApiOperations):
    """SMS.CX templates operations (sync)."""


class AsyncTemplatesApi(AsyncApi, AsyncTemplatesApiOperations):
    """SMS.CX templates operations (async): ``await api.method(...)``."""
