"""``InfoMultichannel``: the generated response model."""

from smscx_api.models import InfoMultichannel

__all__ = ["InfoMultichannel"]
