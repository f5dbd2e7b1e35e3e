"""``RentalCost``: the generated response model."""

from smscx_api.models import RentalCost

__all__ = ["RentalCost"]
