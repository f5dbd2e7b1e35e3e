"""``SendMultichannelMessageRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendMultichannelMessageRequestEstimate

__all__ = ["SendMultichannelMessageRequestEstimate"]
