"""``Group``: the generated response model."""

from smscx_api.models import Group

__all__ = ["Group"]
