"""``Delivered``: the generated response model."""

from smscx_api.models import Delivered

__all__ = ["Delivered"]
