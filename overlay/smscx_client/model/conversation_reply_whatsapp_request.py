"""``ConversationReplyWhatsappRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import ConversationReplyWhatsappRequest

__all__ = ["ConversationReplyWhatsappRequest"]
