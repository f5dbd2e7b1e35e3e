"""``OriginatorNewRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import OriginatorNewRequest

__all__ = ["OriginatorNewRequest"]
