"""``Optouts``: the generated response model."""

from smscx_api.models import Optouts

__all__ = ["Optouts"]
