"""``GroupDetailsResponse``: the generated response model."""

from smscx_api.models import GroupDetailsResponse

__all__ = ["GroupDetailsResponse"]
