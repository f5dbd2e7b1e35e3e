"""``InfoTemplate``: the generated response model."""

from smscx_api.models import InfoTemplate

__all__ = ["InfoTemplate"]
