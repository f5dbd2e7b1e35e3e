"""``SendSmsCampaignRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import SendSmsCampaignRequest

__all__ = ["SendSmsCampaignRequest"]
