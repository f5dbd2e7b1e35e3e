"""``DataAttachment``: the generated response model."""

from smscx_api.models import DataAttachment

__all__ = ["DataAttachment"]
