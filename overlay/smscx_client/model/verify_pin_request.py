"""``VerifyPinRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import VerifyPinRequest

__all__ = ["VerifyPinRequest"]
