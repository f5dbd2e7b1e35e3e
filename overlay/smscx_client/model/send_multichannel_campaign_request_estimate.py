"""``SendMultichannelCampaignRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendMultichannelCampaignRequestEstimate(RequestModel):
    """The ``SendMultichannelCampaignRequestEstimate`` body of specs/smscx.yaml."""
