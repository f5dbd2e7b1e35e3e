"""``NumbersLookupRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import NumbersLookupRequest

__all__ = ["NumbersLookupRequest"]
