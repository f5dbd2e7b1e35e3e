"""``GetChannelPricingChannel``: the generated response model."""

from smscx_api.models import GetChannelPricingChannel

__all__ = ["GetChannelPricingChannel"]
