"""``DataTemplate``: the generated response model."""

from smscx_api.models import DataTemplate

__all__ = ["DataTemplate"]
