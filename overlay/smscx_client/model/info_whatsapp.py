"""``InfoWhatsapp``: the generated response model."""

from smscx_api.models import InfoWhatsapp

__all__ = ["InfoWhatsapp"]
