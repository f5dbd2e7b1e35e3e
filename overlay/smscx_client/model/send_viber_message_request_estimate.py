"""``SendViberMessageRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendViberMessageRequestEstimate

__all__ = ["SendViberMessageRequestEstimate"]
