"""``ShortlinkUpdateRequest``: a request model, validated on construction."""

from .._models import RequestModel


class ShortlinkUpdateRequest(RequestModel):
    """The ``ShortlinkUpdateRequest`` body of specs/smscx.yaml."""
