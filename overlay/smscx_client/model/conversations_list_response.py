"""``ConversationsListResponse``: the generated response model."""

from smscx_api.models import ConversationsListResponse

__all__ = ["ConversationsListResponse"]
