"""``SendViberCampaignRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendViberCampaignRequest

__all__ = ["SendViberCampaignRequest"]
