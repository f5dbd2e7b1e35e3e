"""``SendSmsMessageRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendSmsMessageRequest

__all__ = ["SendSmsMessageRequest"]
