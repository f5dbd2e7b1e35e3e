"""``InfoOtp``: the generated response model."""

from smscx_api.models import InfoOtp

__all__ = ["InfoOtp"]
