"""``Multichannel``: the generated response model."""

from smscx_api.models import Multichannel

__all__ = ["Multichannel"]
