"""``DataConversationReply``: the generated response model."""

from smscx_api.models import DataConversationReply

__all__ = ["DataConversationReply"]
