"""``ConversationReplySmsResponse``: the generated response model."""

from smscx_api.models import ConversationReplySmsResponse

__all__ = ["ConversationReplySmsResponse"]
