"""``DataOriginatorsList``: the generated response model."""

from smscx_api.models import DataOriginatorsList

__all__ = ["DataOriginatorsList"]
