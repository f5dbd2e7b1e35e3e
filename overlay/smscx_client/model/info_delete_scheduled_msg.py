"""``InfoDeleteScheduledMsg``: the generated response model."""

from smscx_api.models import InfoDeleteScheduledMsg

__all__ = ["InfoDeleteScheduledMsg"]
