"""``RichMedia``: a request model, validated on construction."""

from .._models import RequestModel


class RichMedia(RequestModel):
    """The ``RichMedia`` body of specs/smscx.yaml."""
