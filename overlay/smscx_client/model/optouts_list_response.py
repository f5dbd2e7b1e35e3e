"""``OptoutsListResponse``: the generated response model."""

from smscx_api.models import OptoutsListResponse

__all__ = ["OptoutsListResponse"]
