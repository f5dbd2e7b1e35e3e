"""``SendViberMessageRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendViberMessageRequest(RequestModel):
    """The ``SendViberMessageRequest`` body of specs/smscx.yaml."""
