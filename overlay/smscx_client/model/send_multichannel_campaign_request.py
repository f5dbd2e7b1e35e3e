"""``SendMultichannelCampaignRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendMultichannelCampaignRequest

__all__ = ["SendMultichannelCampaignRequest"]
