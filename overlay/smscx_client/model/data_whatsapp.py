"""``DataWhatsapp``: the generated response model."""

from smscx_api.models import DataWhatsapp

__all__ = ["DataWhatsapp"]
