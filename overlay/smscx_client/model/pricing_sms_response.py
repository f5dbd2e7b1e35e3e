"""``PricingSmsResponse``: the generated response model."""

from smscx_api.models import PricingSmsResponse

__all__ = ["PricingSmsResponse"]
