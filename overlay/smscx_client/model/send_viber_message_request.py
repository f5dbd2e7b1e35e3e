"""``SendViberMessageRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendViberMessageRequest

__all__ = ["SendViberMessageRequest"]
