"""``InfoShortlinkDetail``: the generated response model."""

from smscx_api.models import InfoShortlinkDetail

__all__ = ["InfoShortlinkDetail"]
