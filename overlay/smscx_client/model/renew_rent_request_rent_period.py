"""``RenewRentRequestRentPeriod``: the generated response model."""

from smscx_api.models import RenewRentRequestRentPeriod

__all__ = ["RenewRentRequestRentPeriod"]
