"""``ConversationReplyWhatsappRequestRichMedia``: the generated response model."""

from smscx_api.models import ConversationReplyWhatsappRequestRichMedia

__all__ = ["ConversationReplyWhatsappRequestRichMedia"]
