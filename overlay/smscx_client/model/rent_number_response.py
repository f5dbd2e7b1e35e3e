"""``RentNumberResponse``: the generated response model."""

from smscx_api.models import RentNumberResponse

__all__ = ["RentNumberResponse"]
