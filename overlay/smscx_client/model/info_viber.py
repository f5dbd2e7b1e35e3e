"""``InfoViber``: the generated response model."""

from smscx_api.models import InfoViber

__all__ = ["InfoViber"]
