"""``SendMultichannelCampaignRequestEstimate``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendMultichannelCampaignRequestEstimate

__all__ = ["SendMultichannelCampaignRequestEstimate"]
