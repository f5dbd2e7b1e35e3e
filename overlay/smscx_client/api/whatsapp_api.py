"""``WhatsappApi`` and ``AsyncWhatsappApi``: the SMS.CX whatsapp operations (generated:
``smscx_api.legacy.whatsapp``)."""

from smscx_api.legacy.whatsapp import AsyncWhatsappApi, WhatsappApi

from ..model.send_whatsapp_message_request import SendWhatsappMessageRequest
from ..model.send_whatsapp_message_request_estimate import SendWhatsappMessageRequestEstimate

__all__ = ["AsyncWhatsappApi", "SendWhatsappMessageRequest", "SendWhatsappMessageRequestEstimate", "WhatsappApi"]
