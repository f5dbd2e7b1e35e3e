"""``InfoConversationReply``: the generated response model."""

from smscx_api.models import InfoConversationReply

__all__ = ["InfoConversationReply"]
