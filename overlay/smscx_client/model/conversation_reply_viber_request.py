"""``ConversationReplyViberRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import ConversationReplyViberRequest

__all__ = ["ConversationReplyViberRequest"]
