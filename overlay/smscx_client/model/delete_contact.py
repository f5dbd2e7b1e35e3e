"""``DeleteContact``: the generated response model."""

from smscx_api.models import DeleteContact

__all__ = ["DeleteContact"]
