"""``VerifyPinRequest``: a request model, validated on construction."""

from .._models import RequestModel


class VerifyPinRequest(RequestModel):
    """The ``VerifyPinRequest`` body of specs/smscx.yaml."""
