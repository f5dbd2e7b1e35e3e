"""``DataConversations``: the generated response model."""

from smscx_api.models import DataConversations

__all__ = ["DataConversations"]
