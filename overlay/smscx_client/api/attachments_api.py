"""``AttachmentsApi`` and ``AsyncAttachmentsApi``: the SMS.CX attachments operations (generated:
``smscx_api.legacy.attachments``)."""

from smscx_api.legacy.attachments import AsyncAttachmentsApiOperations, AttachmentsApiOperations

from .._api import AsyncApi, SyncApi


class AttachmentsApi(SyncApi, AttachmentsApiOperations):
    """SMS.CX attachments operations (sync)."""


class AsyncAttachmentsApi(AsyncApi, AsyncAttachmentsApiOperations):
    """SMS.CX attachments operations (async): ``await api.method(...)``."""
