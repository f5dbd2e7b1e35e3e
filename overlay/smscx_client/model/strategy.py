"""``Strategy``: a request model, validated on construction."""

from .._models import RequestModel


class Strategy(RequestModel):
    """The ``Strategy`` body of specs/smscx.yaml."""
