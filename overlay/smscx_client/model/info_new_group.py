"""``InfoNewGroup``: the generated response model."""

from smscx_api.models import InfoNewGroup

__all__ = ["InfoNewGroup"]
