"""``TemplatesNewRequest``: a request model, validated on construction."""

from .._models import RequestModel


class TemplatesNewRequest(RequestModel):
    """The ``TemplatesNewRequest`` body of specs/smscx.yaml."""
