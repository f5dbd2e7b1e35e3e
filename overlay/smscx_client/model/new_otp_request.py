"""``NewOtpRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import NewOtpRequest

__all__ = ["NewOtpRequest"]
