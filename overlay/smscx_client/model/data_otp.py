"""``DataOtp``: the generated response model."""

from smscx_api.models import DataOtp

__all__ = ["DataOtp"]
