"""``GetRentStatusResponse``: the generated response model."""

from smscx_api.models import GetRentStatusResponse

__all__ = ["GetRentStatusResponse"]
