"""``TemplatesUpdateRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import TemplatesUpdateRequest

__all__ = ["TemplatesUpdateRequest"]
