"""``SendMultichannelMessageRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendMultichannelMessageRequestEstimate(RequestModel):
    """The ``SendMultichannelMessageRequestEstimate`` body of specs/smscx.yaml."""
