"""``DataGroupsDetails``: the generated response model."""

from smscx_api.models import DataGroupsDetails

__all__ = ["DataGroupsDetails"]
