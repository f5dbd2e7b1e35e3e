"""``SendViberMessageRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendViberMessageRequestEstimate(RequestModel):
    """The ``SendViberMessageRequestEstimate`` body of specs/smscx.yaml."""
