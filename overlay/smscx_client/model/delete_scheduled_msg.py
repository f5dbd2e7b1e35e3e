"""``DeleteScheduledMsg``: the generated response model."""

from smscx_api.models import DeleteScheduledMsg

__all__ = ["DeleteScheduledMsg"]
