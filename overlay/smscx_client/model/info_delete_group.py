"""``InfoDeleteGroup``: the generated response model."""

from smscx_api.models import InfoDeleteGroup

__all__ = ["InfoDeleteGroup"]
