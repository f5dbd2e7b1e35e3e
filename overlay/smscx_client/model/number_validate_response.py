"""``NumberValidateResponse``: the generated response model."""

from smscx_api.models import NumberValidateResponse

__all__ = ["NumberValidateResponse"]
