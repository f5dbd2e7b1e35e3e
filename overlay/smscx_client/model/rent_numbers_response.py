"""``RentNumbersResponse``: the generated response model."""

from smscx_api.models import RentNumbersResponse

__all__ = ["RentNumbersResponse"]
