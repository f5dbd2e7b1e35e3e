"""``UpdateNumberResponse``: the generated response model."""

from smscx_api.models import UpdateNumberResponse

__all__ = ["UpdateNumberResponse"]
