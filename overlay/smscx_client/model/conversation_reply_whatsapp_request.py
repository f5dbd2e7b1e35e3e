"""``ConversationReplyWhatsappRequest``: a request model, validated on construction."""

from .._models import RequestModel


class ConversationReplyWhatsappRequest(RequestModel):
    """The ``ConversationReplyWhatsappRequest`` body of specs/smscx.yaml."""
