"""``DataViber``: the generated response model."""

from smscx_api.models import DataViber

__all__ = ["DataViber"]
