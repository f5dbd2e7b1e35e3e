"""``InfoId``: the generated response model."""

from smscx_api.models import InfoId

__all__ = ["InfoId"]
