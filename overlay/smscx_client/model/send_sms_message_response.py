"""``SendSmsMessageResponse``: the generated response model."""

from smscx_api.models import SendSmsMessageResponse

__all__ = ["SendSmsMessageResponse"]
