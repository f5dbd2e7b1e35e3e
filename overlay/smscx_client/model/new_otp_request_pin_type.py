"""``NewOtpRequestPinType``: the generated response model."""

from smscx_api.models import NewOtpRequestPinType

__all__ = ["NewOtpRequestPinType"]
