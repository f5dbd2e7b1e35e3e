"""``RentNumberRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import RentNumberRequest

__all__ = ["RentNumberRequest"]
