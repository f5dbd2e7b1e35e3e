"""``CustomFieldsCustomFieldName``: the generated response model."""

from smscx_api.models import CustomFieldsCustomFieldName

__all__ = ["CustomFieldsCustomFieldName"]
