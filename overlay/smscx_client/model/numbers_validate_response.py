"""``NumbersValidateResponse``: the generated response model."""

from smscx_api.models import NumbersValidateResponse

__all__ = ["NumbersValidateResponse"]
