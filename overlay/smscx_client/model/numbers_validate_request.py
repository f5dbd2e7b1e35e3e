"""``NumbersValidateRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import NumbersValidateRequest

__all__ = ["NumbersValidateRequest"]
