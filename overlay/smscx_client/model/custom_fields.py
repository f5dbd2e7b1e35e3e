"""``CustomFields``: a request model, validated on construction."""

from smscx_api.legacy.request_models import CustomFields

__all__ = ["CustomFields"]
