"""``SendSmsCampaignRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendSmsCampaignRequestEstimate

__all__ = ["SendSmsCampaignRequestEstimate"]
