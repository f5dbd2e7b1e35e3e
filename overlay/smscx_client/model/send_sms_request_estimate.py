"""``SendSmsRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendSmsRequestEstimate(RequestModel):
    """The ``SendSmsRequestEstimate`` body of specs/smscx.yaml."""
