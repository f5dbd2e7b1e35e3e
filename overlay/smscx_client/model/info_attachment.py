"""``InfoAttachment``: the generated response model."""

from smscx_api.models import InfoAttachment

__all__ = ["InfoAttachment"]
