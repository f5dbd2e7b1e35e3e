"""``RentedNumbersResponse``: the generated response model."""

from smscx_api.models import RentedNumbersResponse

__all__ = ["RentedNumbersResponse"]
