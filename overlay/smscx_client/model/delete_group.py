"""``DeleteGroup``: the generated response model."""

from smscx_api.models import DeleteGroup

__all__ = ["DeleteGroup"]
