"""``OriginatorNewRequest``: a request model, validated on construction."""

from .._models import RequestModel


class OriginatorNewRequest(RequestModel):
    """The ``OriginatorNewRequest`` body of specs/smscx.yaml."""
