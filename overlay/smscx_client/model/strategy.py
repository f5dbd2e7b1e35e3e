"""``Strategy``: a request model, validated on construction."""

from smscx_api.legacy.request_models import Strategy

__all__ = ["Strategy"]
