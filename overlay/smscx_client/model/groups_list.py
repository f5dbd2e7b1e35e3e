"""``GroupsList``: the generated response model."""

from smscx_api.models import GroupsList

__all__ = ["GroupsList"]
