"""``NewOtpResponse``: the generated response model."""

from smscx_api.models import NewOtpResponse

__all__ = ["NewOtpResponse"]
