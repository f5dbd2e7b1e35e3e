"""``GetChannelPricing200Response``: the generated response model."""

from smscx_api.models import GetChannelPricing200Response

__all__ = ["GetChannelPricing200Response"]
