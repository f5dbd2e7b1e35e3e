"""``GetChannelPricingByCountryIsoTrafficType``: the generated response model."""

from smscx_api.models import GetChannelPricingByCountryIsoTrafficType

__all__ = ["GetChannelPricingByCountryIsoTrafficType"]
