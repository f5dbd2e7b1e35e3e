"""``VerifyPinResponse``: the generated response model."""

from smscx_api.models import VerifyPinResponse

__all__ = ["VerifyPinResponse"]
