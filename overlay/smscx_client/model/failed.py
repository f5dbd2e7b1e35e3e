"""``Failed``: the generated response model."""

from smscx_api.models import Failed

__all__ = ["Failed"]
