"""``SendMultichannelCampaignRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendMultichannelCampaignRequest(RequestModel):
    """The ``SendMultichannelCampaignRequest`` body of specs/smscx.yaml."""
