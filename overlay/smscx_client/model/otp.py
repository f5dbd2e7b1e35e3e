"""``Otp``: the generated response model."""

from smscx_api.models import Otp

__all__ = ["Otp"]
