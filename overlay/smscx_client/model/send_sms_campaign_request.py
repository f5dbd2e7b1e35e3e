"""``SendSmsCampaignRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendSmsCampaignRequest(RequestModel):
    """The ``SendSmsCampaignRequest`` body of specs/smscx.yaml."""
