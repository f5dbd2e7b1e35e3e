"""``Lookup``: the generated response model."""

from smscx_api.models import Lookup

__all__ = ["Lookup"]
