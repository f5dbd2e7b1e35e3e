"""``DataShortlinkList``: the generated response model."""

from smscx_api.models import DataShortlinkList

__all__ = ["DataShortlinkList"]
