"""``RenewRentRequest``: a request model, validated on construction."""

from .._models import RequestModel


class RenewRentRequest(RequestModel):
    """The ``RenewRentRequest`` body of specs/smscx.yaml."""
