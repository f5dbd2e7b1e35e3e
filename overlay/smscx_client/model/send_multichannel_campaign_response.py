"""``SendMultichannelCampaignResponse``: the generated response model."""

from smscx_api.models import SendMultichannelCampaignResponse

__all__ = ["SendMultichannelCampaignResponse"]
