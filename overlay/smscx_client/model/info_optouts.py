"""``InfoOptouts``: the generated response model."""

from smscx_api.models import InfoOptouts

__all__ = ["InfoOptouts"]
