"""``DataMultichannel``: the generated response model."""

from smscx_api.models import DataMultichannel

__all__ = ["DataMultichannel"]
