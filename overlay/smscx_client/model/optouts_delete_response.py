"""``OptoutsDeleteResponse``: the generated response model."""

from smscx_api.models import OptoutsDeleteResponse

__all__ = ["OptoutsDeleteResponse"]
