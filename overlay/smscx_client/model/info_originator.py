"""``InfoOriginator``: the generated response model."""

from smscx_api.models import InfoOriginator

__all__ = ["InfoOriginator"]
