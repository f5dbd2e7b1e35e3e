"""``TemplatesNewRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import TemplatesNewRequest

__all__ = ["TemplatesNewRequest"]
