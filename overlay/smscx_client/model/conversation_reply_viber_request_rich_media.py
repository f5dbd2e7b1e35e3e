"""``ConversationReplyViberRequestRichMedia``: the generated response model."""

from smscx_api.models import ConversationReplyViberRequestRichMedia

__all__ = ["ConversationReplyViberRequestRichMedia"]
