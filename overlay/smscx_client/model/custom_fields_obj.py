"""``CustomFieldsObj``: a request model, validated on construction."""

from .._models import RequestModel


class CustomFieldsObj(RequestModel):
    """The ``CustomFieldsObj`` body of specs/smscx.yaml."""
