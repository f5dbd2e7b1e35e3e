"""``ConversationReplyViberRespone``: the generated response model."""

from smscx_api.models import ConversationReplyViberRespone

__all__ = ["ConversationReplyViberRespone"]
