"""``ChannelsStatus``: the generated response model."""

from smscx_api.models import ChannelsStatus

__all__ = ["ChannelsStatus"]
