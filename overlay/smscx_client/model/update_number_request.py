"""``UpdateNumberRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import UpdateNumberRequest

__all__ = ["UpdateNumberRequest"]
