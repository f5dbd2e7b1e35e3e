"""``Error``: the generated response model."""

from smscx_api.models import Error

__all__ = ["Error"]
