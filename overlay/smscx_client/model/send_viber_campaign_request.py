"""``SendViberCampaignRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendViberCampaignRequest(RequestModel):
    """The ``SendViberCampaignRequest`` body of specs/smscx.yaml."""
