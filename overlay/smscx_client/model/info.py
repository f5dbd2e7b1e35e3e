"""``Info``: the generated response model."""

from smscx_api.models import Info

__all__ = ["Info"]
