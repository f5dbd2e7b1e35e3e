"""``DataApplicationsList``: the generated response model."""

from smscx_api.models import DataApplicationsList

__all__ = ["DataApplicationsList"]
