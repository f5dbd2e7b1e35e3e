"""``SendViberCampaignRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendViberCampaignRequestEstimate(RequestModel):
    """The ``SendViberCampaignRequestEstimate`` body of specs/smscx.yaml."""
