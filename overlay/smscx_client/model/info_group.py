"""``InfoGroup``: the generated response model."""

from smscx_api.models import InfoGroup

__all__ = ["InfoGroup"]
