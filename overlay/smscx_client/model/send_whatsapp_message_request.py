"""``SendWhatsappMessageRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendWhatsappMessageRequest(RequestModel):
    """The ``SendWhatsappMessageRequest`` body of specs/smscx.yaml."""
