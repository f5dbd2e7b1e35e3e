"""``DataNumbersLookup``: the generated response model."""

from smscx_api.models import DataNumbersLookup

__all__ = ["DataNumbersLookup"]
