"""``NumbersValidateRequest``: a request model, validated on construction."""

from .._models import RequestModel


class NumbersValidateRequest(RequestModel):
    """The ``NumbersValidateRequest`` body of specs/smscx.yaml."""
