"""``SendSmsMessageRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendSmsMessageRequest(RequestModel):
    """The ``SendSmsMessageRequest`` body of specs/smscx.yaml."""
