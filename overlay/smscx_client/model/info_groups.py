"""``InfoGroups``: the generated response model."""

from smscx_api.models import InfoGroups

__all__ = ["InfoGroups"]
