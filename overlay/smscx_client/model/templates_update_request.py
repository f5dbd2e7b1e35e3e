"""``TemplatesUpdateRequest``: a request model, validated on construction."""

from .._models import RequestModel


class TemplatesUpdateRequest(RequestModel):
    """The ``TemplatesUpdateRequest`` body of specs/smscx.yaml."""
