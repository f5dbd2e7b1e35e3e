"""``OriginalNetwork``: the generated response model."""

from smscx_api.models import OriginalNetwork

__all__ = ["OriginalNetwork"]
