"""``SendViberCampaignResponse``: the generated response model."""

from smscx_api.models import SendViberCampaignResponse

__all__ = ["SendViberCampaignResponse"]
