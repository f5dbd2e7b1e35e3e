"""``WhatsappApi`` and ``AsyncWhatsappApi``: the SMS.CX whatsapp operations (generated:
``smscx_api.legacy.whatsapp``)."""

from smscx_api.legacy.whatsapp import AsyncWhatsappApiOperations, WhatsappApiOperations

from .._api import AsyncApi, SyncApi
from ..model.send_whatsapp_message_request import SendWhatsappMessageRequest
from ..model.send_whatsapp_message_request_estimate import SendWhatsappMessageRequestEstimate

__all__ = ["AsyncWhatsappApi", "SendWhatsappMessageRequest", "SendWhatsappMessageRequestEstimate", "WhatsappApi"]


class WhatsappApi(SyncApi, WhatsappApiOperations):
    """SMS.CX whatsapp operations (sync)."""


class AsyncWhatsappApi(AsyncApi, AsyncWhatsappApiOperations):
    """SMS.CX whatsapp operations (async): ``await api.method(...)``."""
