"""``SendSmsCampaignRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendSmsCampaignRequestEstimate(RequestModel):
    """The ``SendSmsCampaignRequestEstimate`` body of specs/smscx.yaml."""
