"""``CancelOtpResponse``: the generated response model."""

from smscx_api.models import CancelOtpResponse

__all__ = ["CancelOtpResponse"]
