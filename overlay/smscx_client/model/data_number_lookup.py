"""``DataNumberLookup``: the generated response model."""

from smscx_api.models import DataNumberLookup

__all__ = ["DataNumberLookup"]
