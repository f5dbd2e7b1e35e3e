"""``ShortlinkNewRequest``: a request model, validated on construction."""

from .._models import RequestModel


class ShortlinkNewRequest(RequestModel):
    """The ``ShortlinkNewRequest`` body of specs/smscx.yaml."""
