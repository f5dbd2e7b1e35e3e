"""``ConversationDetailsResponse``: the generated response model."""

from smscx_api.models import ConversationDetailsResponse

__all__ = ["ConversationDetailsResponse"]
