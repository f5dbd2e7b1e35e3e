"""``SendSmsRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendSmsRequestEstimate

__all__ = ["SendSmsRequestEstimate"]
