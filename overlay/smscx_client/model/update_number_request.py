"""``UpdateNumberRequest``: a request model, validated on construction."""

from .._models import RequestModel


class UpdateNumberRequest(RequestModel):
    """The ``UpdateNumberRequest`` body of specs/smscx.yaml."""
