"""``RentNumberRequest``: a request model, validated on construction."""

from .._models import RequestModel


class RentNumberRequest(RequestModel):
    """The ``RentNumberRequest`` body of specs/smscx.yaml."""
