"""``SendWhatsappMessageRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendWhatsappMessageRequest

__all__ = ["SendWhatsappMessageRequest"]
