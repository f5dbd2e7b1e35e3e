"""``ConversationReplySmsRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import ConversationReplySmsRequest

__all__ = ["ConversationReplySmsRequest"]
