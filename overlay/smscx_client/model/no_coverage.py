"""``NoCoverage``: the generated response model."""

from smscx_api.models import NoCoverage

__all__ = ["NoCoverage"]
