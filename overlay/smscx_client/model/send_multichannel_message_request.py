"""``SendMultichannelMessageRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendMultichannelMessageRequest

__all__ = ["SendMultichannelMessageRequest"]
