"""``SendViberCampaignRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendViberCampaignRequestEstimate

__all__ = ["SendViberCampaignRequestEstimate"]
