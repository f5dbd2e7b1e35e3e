"""``InfoShortlinkNew``: the generated response model."""

from smscx_api.models import InfoShortlinkNew

__all__ = ["InfoShortlinkNew"]
