"""``CustomFieldsObj``: a request model, validated on construction."""

from smscx_api.legacy.request_models import CustomFieldsObj

__all__ = ["CustomFieldsObj"]
