"""``NewOtpRequest``: a request model, validated on construction."""

from .._models import RequestModel


class NewOtpRequest(RequestModel):
    """The ``NewOtpRequest`` body of specs/smscx.yaml."""
