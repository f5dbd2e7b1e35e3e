"""``SendWhatsappMessageRequestEstimate``: a request model, validated on construction."""

from .._models import RequestModel


class SendWhatsappMessageRequestEstimate(RequestModel):
    """The ``SendWhatsappMessageRequestEstimate`` body of specs/smscx.yaml."""
