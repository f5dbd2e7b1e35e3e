"""``GetChannelPricing200ResponseAdditionalProperty``: the generated response model."""

from smscx_api.models import GetChannelPricing200ResponseAdditionalProperty

__all__ = ["GetChannelPricing200ResponseAdditionalProperty"]
