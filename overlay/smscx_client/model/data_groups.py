"""``DataGroups``: the generated response model."""

from smscx_api.models import DataGroups

__all__ = ["DataGroups"]
