"""``Text``: the generated response model."""

from smscx_api.models import Text

__all__ = ["Text"]
