"""``AttachmentsApi`` and ``AsyncAttachmentsApi``: the SMS.CX attachments operations (generated:
``smscx_api.legacy.attachments``)."""

from smscx_api.legacy.attachments import AsyncAttachmentsApi, AttachmentsApi

__all__ = ["AsyncAttachmentsApi", "AttachmentsApi"]
