"""``ViberWhatsappPricing``: the generated response model."""

from smscx_api.models import ViberWhatsappPricing

__all__ = ["ViberWhatsappPricing"]
