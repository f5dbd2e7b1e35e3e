"""``DataConversation``: the generated response model."""

from smscx_api.models import DataConversation

__all__ = ["DataConversation"]
