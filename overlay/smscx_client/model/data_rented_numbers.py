"""``DataRentedNumbers``: the generated response model."""

from smscx_api.models import DataRentedNumbers

__all__ = ["DataRentedNumbers"]
