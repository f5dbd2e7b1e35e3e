"""``OriginatorsListResponse``: the generated response model."""

from smscx_api.models import OriginatorsListResponse

__all__ = ["OriginatorsListResponse"]
