"""``InfoRentNumber``: the generated response model."""

from smscx_api.models import InfoRentNumber

__all__ = ["InfoRentNumber"]
