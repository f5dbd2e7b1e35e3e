"""``ConversationReplyWhatsappResponse``: the generated response model."""

from smscx_api.models import ConversationReplyWhatsappResponse

__all__ = ["ConversationReplyWhatsappResponse"]
