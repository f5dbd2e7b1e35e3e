"""``DataShortlinkDetail``: the generated response model."""

from smscx_api.models import DataShortlinkDetail

__all__ = ["DataShortlinkDetail"]
