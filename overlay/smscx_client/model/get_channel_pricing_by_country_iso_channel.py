"""``GetChannelPricingByCountryIsoChannel``: the generated response model."""

from smscx_api.models import GetChannelPricingByCountryIsoChannel

__all__ = ["GetChannelPricingByCountryIsoChannel"]
