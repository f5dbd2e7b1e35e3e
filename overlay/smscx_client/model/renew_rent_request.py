"""``RenewRentRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import RenewRentRequest

__all__ = ["RenewRentRequest"]
