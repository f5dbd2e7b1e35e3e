"""``ConversationReplySmsRequest``: a request model, validated on construction."""

from .._models import RequestModel


class ConversationReplySmsRequest(RequestModel):
    """The ``ConversationReplySmsRequest`` body of specs/smscx.yaml."""
