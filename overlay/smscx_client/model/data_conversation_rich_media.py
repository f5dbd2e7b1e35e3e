"""``DataConversationRichMedia``: the generated response model."""

from smscx_api.models import DataConversationRichMedia

__all__ = ["DataConversationRichMedia"]
