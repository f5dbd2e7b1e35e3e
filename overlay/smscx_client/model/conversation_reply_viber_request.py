"""``ConversationReplyViberRequest``: a request model, validated on construction."""

from .._models import RequestModel


class ConversationReplyViberRequest(RequestModel):
    """The ``ConversationReplyViberRequest`` body of specs/smscx.yaml."""
