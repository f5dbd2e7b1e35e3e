"""``GetChannelPricingTrafficType``: the generated response model."""

from smscx_api.models import GetChannelPricingTrafficType

__all__ = ["GetChannelPricingTrafficType"]
