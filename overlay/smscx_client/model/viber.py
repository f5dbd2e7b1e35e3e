"""``Viber``: the generated response model."""

from smscx_api.models import Viber

__all__ = ["Viber"]
