"""``Whatsapp``: the generated response model."""

from smscx_api.models import Whatsapp

__all__ = ["Whatsapp"]
