"""``NumbersLookupRequest``: a request model, validated on construction."""

from .._models import RequestModel


class NumbersLookupRequest(RequestModel):
    """The ``NumbersLookupRequest`` body of specs/smscx.yaml."""
