"""``SendMultichannelMessageRequest``: a request model, validated on construction."""

from .._models import RequestModel


class SendMultichannelMessageRequest(RequestModel):
    """The ``SendMultichannelMessageRequest`` body of specs/smscx.yaml."""
