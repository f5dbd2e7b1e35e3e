"""``CancelRentResponse``: the generated response model."""

from smscx_api.models import CancelRentResponse

__all__ = ["CancelRentResponse"]
