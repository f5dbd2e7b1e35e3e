"""``SendSmsCampaignResponse``: the generated response model."""

from smscx_api.models import SendSmsCampaignResponse

__all__ = ["SendSmsCampaignResponse"]
