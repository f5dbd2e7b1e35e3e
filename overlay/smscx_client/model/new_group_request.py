"""``NewGroupRequest``: a request model, validated on construction."""

from .._models import RequestModel


class NewGroupRequest(RequestModel):
    """The ``NewGroupRequest`` body of specs/smscx.yaml."""
