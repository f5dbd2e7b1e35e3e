"""``GroupResponse``: the generated response model."""

from smscx_api.models import GroupResponse

__all__ = ["GroupResponse"]
