"""``OptoutsNewResponse``: the generated response model."""

from smscx_api.models import OptoutsNewResponse

__all__ = ["OptoutsNewResponse"]
