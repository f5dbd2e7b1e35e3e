"""``PricingViberWhatsappResponse``: the generated response model."""

from smscx_api.models import PricingViberWhatsappResponse

__all__ = ["PricingViberWhatsappResponse"]
