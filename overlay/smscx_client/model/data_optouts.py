"""``DataOptouts``: the generated response model."""

from smscx_api.models import DataOptouts

__all__ = ["DataOptouts"]
