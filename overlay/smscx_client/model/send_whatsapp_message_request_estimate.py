"""``SendWhatsappMessageRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendWhatsappMessageRequestEstimate

__all__ = ["SendWhatsappMessageRequestEstimate"]
