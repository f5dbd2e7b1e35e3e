"""``InfoOptout``: the generated response model."""

from smscx_api.models import InfoOptout

__all__ = ["InfoOptout"]
