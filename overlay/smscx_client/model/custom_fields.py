"""``CustomFields``: a request model, validated on construction."""

from .._models import RequestModel


class CustomFields(RequestModel):
    """The ``CustomFields`` body of specs/smscx.yaml."""
