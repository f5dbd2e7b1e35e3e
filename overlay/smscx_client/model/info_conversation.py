"""``InfoConversation``: the generated response model."""

from smscx_api.models import InfoConversation

__all__ = ["InfoConversation"]
