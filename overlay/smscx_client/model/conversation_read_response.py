"""``ConversationReadResponse``: the generated response model."""

from smscx_api.models import ConversationReadResponse

__all__ = ["ConversationReadResponse"]
