"""``InfoNumbersLookup``: the generated response model."""

from smscx_api.models import InfoNumbersLookup

__all__ = ["InfoNumbersLookup"]
