"""``RentNumberRequestRentPeriod``: the generated response model."""

from smscx_api.models import RentNumberRequestRentPeriod

__all__ = ["RentNumberRequestRentPeriod"]
